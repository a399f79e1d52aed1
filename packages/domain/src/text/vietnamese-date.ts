import { type IsoDate, isoDate, isoDateParts } from '../calendar/iso-date.js'
import { domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * The date expressions of Vietnamese documents, without the leading `ngày`: `20/11/2020`,
 * `16-4-2010`, `1.6.2021` (same separator twice) and `20 tháng 9 năm 2024`. Matched
 * case-insensitively on NFC text; ASCII spellings (`thang`, `nam`) are accepted too.
 */
const DATE_BODY =
  '(?:(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})|(\\d{1,2})\\s+th[áa]ng\\s+(\\d{1,2})\\s*,?\\s+n[ăa]m\\s+(\\d{4}))'
const DATE_PATTERN = `(?<![\\p{L}\\p{N}/.\\-])(?:ng[àa]y\\s+)?${DATE_BODY}(?![\\p{N}]|[/.\\-]\\p{N})`

/** A date found in text: where it is (UTF-16 offsets into the NFC text) and what it says. */
export interface VietnameseDateMatch {
  readonly start: number
  readonly end: number
  readonly day: number
  readonly month: number
  readonly year: number
  /** The ISO date, or `null` when the parts name no real day (31/4, 29/2/2021). */
  readonly date: IsoDate | null
}

function toMatch(m: RegExpExecArray): VietnameseDateMatch {
  const numeric = m[1] !== undefined
  const day = Number(numeric ? m[1] : m[5])
  const month = Number(numeric ? m[3] : m[6])
  const year = Number(numeric ? m[4] : m[7])
  return Object.freeze({
    start: m.index,
    end: m.index + m[0].length,
    day,
    month,
    year,
    date: isoDate(year, month, day),
  })
}

/**
 * Matches a date expression (with or without a leading `ngày`) starting exactly at `index` of
 * an NFC string, or returns `null`. Used by parsers that read a date after something else
 * (a document symbol, a deadline word).
 *
 * @example
 * ```ts
 * matchVietnameseDateAt('Chỉ thị 42-CT/TW ngày 16/4/2010', 17) // { start: 17, end: 31, day: 16, month: 4, year: 2010, date: '2010-04-16' }
 * ```
 */
export function matchVietnameseDateAt(text: string, index: number): VietnameseDateMatch | null {
  const sticky = new RegExp(DATE_PATTERN, 'iuy')
  sticky.lastIndex = index
  const m = sticky.exec(text)
  return m ? toMatch(m) : null
}

/**
 * Finds every date expression in text, in order, with offsets into the NFC-normalised text.
 * Impossible dates are reported with `date: null` rather than skipped, so callers can flag them.
 *
 * @example
 * ```ts
 * findVietnameseDates('Ngày 20/11/2020, Ban Bí thư…')[0]?.date // '2020-11-20'
 * ```
 */
export function findVietnameseDates(text: string): readonly VietnameseDateMatch[] {
  if (typeof text !== 'string') return []
  const global = new RegExp(DATE_PATTERN, 'giu')
  return Object.freeze([...text.normalize('NFC').matchAll(global)].map(toMatch))
}

/** A signing line (địa danh, ngày tháng năm ban hành): `Hà Nội, ngày 20 tháng 11 năm 2020`. */
export interface SigningLine {
  /** The place name as written, e.g. `Hà Nội`. */
  readonly place: string
  readonly date: IsoDate
}

function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

function unrecognized(text: string) {
  return domainError(
    'UNRECOGNIZED_DATE',
    {
      en: `Not a date: "${shown(text)}" (expected e.g. "ngày 20/11/2020" or "ngày 20 tháng 11 năm 2020")`,
      vi: `Không đọc được ngày: "${shown(text)}" (cần dạng "ngày 20/11/2020" hoặc "ngày 20 tháng 11 năm 2020")`,
    },
    [],
    text,
  )
}

function impossible(text: string, m: VietnameseDateMatch) {
  return domainError(
    'INVALID_DATE',
    {
      en: `No such day: ${m.day}/${m.month}/${m.year} in "${shown(text)}"`,
      vi: `Ngày không tồn tại: ${m.day}/${m.month}/${m.year} trong "${shown(text)}"`,
    },
    [],
    text,
  )
}

function parseWhole(text: string, allowPlace: boolean): Result<{ place: string; date: IsoDate }> {
  if (typeof text !== 'string') return err(unrecognized(String(text)))
  const s = text.normalize('NFC').trim().replace(/[.;]$/u, '')
  let place = ''
  let from = 0
  const comma = allowPlace ? /^([^,\d]*\p{L}[^,\d]*),\s*(?=ng[àa]y\s)/iu.exec(s) : null
  if (comma) {
    place = comma[1]!.replace(/\s+/gu, ' ').trim()
    from = comma[0].length
  }
  const m = matchVietnameseDateAt(s, from)
  if (!m || m.end !== s.length) return err(unrecognized(text))
  if (m.date === null) return err(impossible(text, m))
  return ok({ place, date: m.date })
}

/**
 * Parses a Vietnamese date in any form found in documents — `ngày 20/11/2020`, `16/4/2010`,
 * `16-4-2010`, `ngày 24-11-2023`, `ngày 20 tháng 9 năm 2024`, or a whole signing line
 * `Hà Nội, ngày 20 tháng 11 năm 2020` — into an ISO date. Case-insensitive, NFC or NFD.
 * Impossible days (31/4, 29/2/2021) give an `INVALID_DATE` error; anything that is not a date
 * gives `UNRECOGNIZED_DATE`. Two-digit years are refused as ambiguous. Never throws.
 *
 * @example
 * ```ts
 * parseVietnameseDate('ngày 16/4/2010') // { ok: true, value: '2010-04-16' }
 * parseVietnameseDate('Hà Nội, ngày 20 tháng 11 năm 2020') // { ok: true, value: '2020-11-20' }
 * parseVietnameseDate('31/4/2021').ok // false (INVALID_DATE)
 * ```
 */
export function parseVietnameseDate(text: string): Result<IsoDate> {
  const r = parseWhole(text, true)
  return r.ok ? ok(r.value.date) : r
}

/**
 * Parses a signing line (`Hà Nội, ngày 20 tháng 11 năm 2020`) into its place and date.
 * A date without a place is accepted with `place: ''`.
 *
 * @example
 * ```ts
 * parseSigningLine('Quảng Ngãi, ngày 05 tháng 02 năm 2021')
 * // { ok: true, value: { place: 'Quảng Ngãi', date: '2021-02-05' } }
 * ```
 */
export function parseSigningLine(text: string): Result<SigningLine> {
  const r = parseWhole(text, true)
  return r.ok ? ok(Object.freeze(r.value)) : r
}

/** How {@link formatVietnameseDate} writes a date. */
export type VietnameseDateStyle = 'short' | 'long'

/**
 * Writes an ISO date the Vietnamese way: `short` as in citations (`ngày 20/11/2020`, no
 * leading zeros), `long` as on a signing line (`ngày 20 tháng 11 năm 2020`), where decree
 * 30/2020/NĐ-CP asks for a leading zero on days below 10 and on months 1 and 2
 * (`ngày 05 tháng 02 năm 2021`). Throws a `TypeError` if `date` is not a valid ISO date, which
 * is a bug in the caller.
 *
 * @example
 * ```ts
 * formatVietnameseDate('2020-11-20') // 'ngày 20/11/2020'
 * formatVietnameseDate('2020-11-20', 'long') // 'ngày 20 tháng 11 năm 2020'
 * formatVietnameseDate('2021-02-05', 'long') // 'ngày 05 tháng 02 năm 2021'
 * ```
 */
export function formatVietnameseDate(date: IsoDate, style: VietnameseDateStyle = 'short'): string {
  const { year, month, day } = isoDateParts(date)
  if (isoDate(year, month, day) !== date) throw new TypeError(`Not an ISO date: ${date}`)
  if (style === 'short') return `ngày ${day}/${month}/${year}`
  const dd = day < 10 ? `0${day}` : String(day)
  const mm = month <= 2 ? `0${month}` : String(month)
  return `ngày ${dd} tháng ${mm} năm ${year}`
}
