import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { nfc } from '../text/nfc.js'

const CODE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}._-]{0,63}$/u

/**
 * An organisation code as it is stored and compared: NFC, trimmed, upper case (Vietnamese
 * letters included). It does not check the code: see {@link parseOrganizationCode}.
 *
 * @example
 * ```ts
 * organizationCodeKey(' đu-xã ') // 'ĐU-XÃ'
 * ```
 */
export function organizationCodeKey(text: string): string {
  return nfc(text).trim().toLocaleUpperCase('vi')
}

/**
 * Normalises and checks an organisation code: NFC, trimmed, upper case; letters (Vietnamese
 * included), digits, `.`, `_` and `-`; at most 64 characters, starting with a letter or digit.
 *
 * @example
 * ```ts
 * parseOrganizationCode(' btv-tu ') // { ok: true, value: 'BTV-TU' }
 * parseOrganizationCode('a b').ok // false (INVALID_ORGANIZATION_CODE)
 * ```
 */
export function parseOrganizationCode(
  text: string,
  path: ErrorPath = ['code'],
): Result<string, DomainError> {
  const code = organizationCodeKey(text)
  if (CODE.test(code)) return ok(code)
  return err(
    domainError(
      'INVALID_ORGANIZATION_CODE',
      {
        en: `Invalid organisation code "${text}": use 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
        vi: `Mã tổ chức "${text}" không hợp lệ: dùng 1–64 chữ cái, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số`,
      },
      path,
      text,
    ),
  )
}
