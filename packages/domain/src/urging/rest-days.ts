import { addDays, type IsoDate, isoDateParts } from '../calendar/iso-date.js'
import type { Label } from '../label.js'

/**
 * A public holiday (ngày nghỉ lễ, Tết) or a day given in its place (nghỉ bù): its day and name.
 *
 * @example
 * ```ts
 * const h: PublicHoliday = { date: '2026-02-17', name: { vi: 'Tết Nguyên đán (mùng 1)', en: 'Lunar New Year (day 1)' } }
 * ```
 */
export interface PublicHoliday {
  readonly date: IsoDate
  readonly name: Label
}

/**
 * Tells whether a day is a Saturday or a Sunday, the rest days of the week of State and Party
 * offices (the five-day week of Quyết định 188/1999/QĐ-TTg).
 *
 * @example
 * ```ts
 * isWeekend('2026-12-05') // true (Saturday)
 * isWeekend('2026-12-07') // false (Monday)
 * ```
 */
export function isWeekend(day: IsoDate): boolean {
  const { year, month, day: d } = isoDateParts(day)
  const weekday = new Date(Date.UTC(year, month - 1, d)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * Tells whether offices are closed on a day: a weekend, or one of the given holidays.
 *
 * @example
 * ```ts
 * const holidays = new Set(['2026-09-02'])
 * isRestDay('2026-09-02', holidays) // true (Wednesday, Quốc khánh)
 * isRestDay('2026-09-03', holidays) // false
 * ```
 */
export function isRestDay(day: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return isWeekend(day) || holidays.has(day)
}

/**
 * The first working day on or after a day (a day that is no rest day).
 *
 * @example
 * ```ts
 * workingDayOnOrAfter('2026-12-05', new Set()) // '2026-12-07' (Saturday → Monday)
 * ```
 */
export function workingDayOnOrAfter(day: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  return stepToWorkingDay(day, 1, holidays)
}

/**
 * The last working day on or before a day.
 *
 * @example
 * ```ts
 * workingDayOnOrBefore('2026-12-06', new Set()) // '2026-12-04' (Sunday → Friday)
 * ```
 */
export function workingDayOnOrBefore(day: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  return stepToWorkingDay(day, -1, holidays)
}

// At most a year of rest days in a row is looked through; a holiday list that closes a whole
// year is a mistake in the data, and the day is then kept as it is.
function stepToWorkingDay(day: IsoDate, step: 1 | -1, holidays: ReadonlySet<IsoDate>): IsoDate {
  let current = day
  for (let i = 0; i < 366; i++) {
    if (!isRestDay(current, holidays)) return current
    current = addDays(current, step)
  }
  return day
}
