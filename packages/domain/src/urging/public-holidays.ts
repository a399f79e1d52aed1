import { isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import type { PublicHoliday } from './rest-days.js'
import { VIETNAM_PUBLIC_HOLIDAYS } from './vietnam-public-holidays.js'

/**
 * The shipped public holidays of a year ({@link VIETNAM_PUBLIC_HOLIDAYS}); empty for a year
 * the list does not cover.
 *
 * @example
 * ```ts
 * defaultPublicHolidays(2026).length // 13
 * ```
 */
export function defaultPublicHolidays(year: number): readonly PublicHoliday[] {
  return VIETNAM_PUBLIC_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`))
}

/**
 * Checks a tenant's list of public holidays for one year: each a date of that year, listed
 * once, with a name in Vietnamese and in English (up to 200 characters, NFC). Every error has
 * the code `INVALID_PUBLIC_HOLIDAYS` and the path of the offending entry. Returns the list
 * sorted by date, names trimmed and in NFC.
 *
 * @example
 * ```ts
 * validatePublicHolidays(2026, [{ date: '2026-02-17', name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year' } }]).ok // true
 * ```
 */
export function validatePublicHolidays(
  year: number,
  holidays: readonly PublicHoliday[],
): Result<readonly PublicHoliday[], DomainError> {
  if (!Number.isInteger(year) || year < 1900 || year > 2999)
    return bad('The year must be from 1900 to 2999', 'Năm phải từ 1900 đến 2999', ['year'], year)
  if (!Array.isArray(holidays))
    return bad('The holidays must be a list', 'Ngày nghỉ lễ phải là danh sách', ['holidays'])
  const seen = new Set<string>()
  const checked: PublicHoliday[] = []
  for (const [i, h] of holidays.entries()) {
    const path = ['holidays', i]
    if (typeof h?.date !== 'string' || !isIsoDate(h.date) || !h.date.startsWith(`${year}-`))
      return bad(
        `Not a date of ${year} (YYYY-MM-DD)`,
        `Không phải một ngày của năm ${year} (YYYY-MM-DD)`,
        [...path, 'date'],
        h?.date,
      )
    if (seen.has(h.date))
      return bad('A day is listed twice', 'Ngày bị lặp', [...path, 'date'], h.date)
    seen.add(h.date)
    const vi = nameOf(h.name?.vi)
    const en = nameOf(h.name?.en)
    if (vi === null || en === null)
      return bad(
        'Each holiday needs a name in Vietnamese and in English, up to 200 characters',
        'Mỗi ngày nghỉ cần tên tiếng Việt và tiếng Anh, tối đa 200 ký tự',
        [...path, 'name', vi === null ? 'vi' : 'en'],
      )
    checked.push(Object.freeze({ date: h.date, name: Object.freeze({ vi, en }) }))
  }
  return ok(Object.freeze(checked.sort((a, b) => (a.date < b.date ? -1 : 1))))
}

function nameOf(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const name = value.normalize('NFC').trim()
  return name.length >= 1 && name.length <= 200 ? name : null
}

function bad(
  en: string,
  vi: string,
  path: ErrorPath,
  value?: unknown,
): Result<readonly PublicHoliday[], DomainError> {
  return err(domainError('INVALID_PUBLIC_HOLIDAYS', { en, vi }, path, value))
}
