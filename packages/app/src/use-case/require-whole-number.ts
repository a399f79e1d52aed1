import { domainError } from '@chidao/domain'
import { abort } from './use-case-error.js'

/** An input field that holds a whole number, named in both languages for its error. */
export interface WholeNumberField {
  /** The field in the input, e.g. `['year']`. */
  readonly path: readonly (string | number)[]
  /** What the field is, to start a sentence: `The year` / `Năm`. */
  readonly en: string
  readonly vi: string
  readonly min: number
  readonly max: number
}

/**
 * Ends the running use case with `VALIDATION` at the field's path unless `value` is a whole
 * number from `min` to `max`: "The year must be from 1900 to 2999".
 *
 * @example
 * ```ts
 * requireWholeNumber(input.limit, { path: ['limit'], en: 'The limit', vi: 'Giới hạn', min: 1, max: 1000 })
 * ```
 */
export function requireWholeNumber(value: number, field: WholeNumberField): void {
  const { min, max } = field
  if (Number.isInteger(value) && value >= min && value <= max) return
  abort(
    domainError(
      'VALIDATION',
      {
        en: `${field.en} must be from ${min} to ${max}`,
        vi: `${field.vi} phải từ ${min} đến ${max}`,
      },
      field.path,
      value,
    ),
  )
}
