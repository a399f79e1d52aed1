/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`). Dates in directive practice are civil
 * dates with no time of day or zone, so they are kept as strings: they compare correctly as
 * strings, survive JSON unchanged and never shift with the reader's time zone.
 */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Tells whether `year` is a leap year in the Gregorian calendar.
 *
 * @example
 * ```ts
 * isLeapYear(2024) // true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * daysInMonth(2023, 2) // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * Builds an ISO date from its parts, or `null` when the parts name no real day
 * (31/4, 29/2 of a common year, month 13) or the year is outside 1000–9999.
 *
 * @example
 * ```ts
 * isoDate(2020, 11, 20) // '2020-11-20'
 * isoDate(2021, 2, 29) // null
 * ```
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Tells whether a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @example
 * ```ts
 * isIsoDate('2020-11-20') // true
 * isIsoDate('2020-02-30') // false
 * ```
 */
export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value)
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value
}

/**
 * Splits a valid ISO date into numbers. Throws on an invalid date: callers validate first.
 *
 * @example
 * ```ts
 * isoDateParts('2020-11-20') // { year: 2020, month: 11, day: 20 }
 * ```
 */
export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date)
  if (!m) throw new TypeError(`Not an ISO date: ${date}`)
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

/**
 * The last day of a month, as an ISO date.
 *
 * @example
 * ```ts
 * endOfMonth(2024, 2) // '2024-02-29'
 * ```
 */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month))!
}

/**
 * The last day of a quarter (1–4), as an ISO date.
 *
 * @example
 * ```ts
 * endOfQuarter(2022, 1) // '2022-03-31'
 * ```
 */
export function endOfQuarter(year: number, quarter: number): IsoDate {
  return endOfMonth(year, quarter * 3)
}

/**
 * Adds whole months to a date, clamping the day to the end of the target month
 * (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * ```ts
 * addMonths('2022-01-31', 1) // '2022-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)))!
}

/**
 * Adds whole days to a date (a negative number goes back), across months and years.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1) // '2024-02-29'
 * addDays('2025-12-31', 1) // '2026-01-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = isoDateParts(date)
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())!
}

/**
 * Compares two ISO dates: negative, zero or positive, for sorting.
 *
 * @example
 * ```ts
 * ['2021-01-02', '2020-12-31'].sort(compareIsoDate) // ['2020-12-31', '2021-01-02']
 * ```
 */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
