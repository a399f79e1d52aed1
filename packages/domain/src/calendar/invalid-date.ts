// Not re-exported from the package: the code and the messages are the contract, not this helper.
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'

/**
 * The `INVALID_DATE` error of a date field that is not a real date in `YYYY-MM-DD` form, naming
 * the field and the value given.
 *
 * @example
 * ```ts
 * invalidDate({ en: 'Issue date', vi: 'Ngày ban hành' }, ['issuedOn'], '2020-02-30').message
 * // 'Issue date "2020-02-30" is not a real date in YYYY-MM-DD form'
 * ```
 */
export function invalidDate(
  name: { readonly en: string; readonly vi: string },
  path: ErrorPath,
  value: unknown,
): DomainError {
  return domainError(
    'INVALID_DATE',
    {
      en: `${name.en} "${value}" is not a real date in YYYY-MM-DD form`,
      vi: `${name.vi} "${value}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
    },
    path,
    value,
  )
}
