import type { RecurrenceCadence } from '../deadline/deadline.js'
import type { Label } from '../label.js'
import {
  daysInMonth,
  endOfMonth,
  type IsoDate,
  isIsoDate,
  isoDate,
  isoDateParts,
} from './iso-date.js'

const MONTHS: Readonly<Record<RecurrenceCadence, number>> = Object.freeze({
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
})

/**
 * The number of months in one period of a cadence.
 *
 * @example
 * ```ts
 * cadenceMonths('HALF_YEARLY') // 6
 * ```
 */
export function cadenceMonths(cadence: RecurrenceCadence): number {
  return MONTHS[cadence]
}

/**
 * The day within a period on which a report (or a recurring piece of work) is due, when the
 * document fixes one: `month` counts from the period's first month (1 = first; for a quarter,
 * 3 = its last month), `day` is the day of that month, clamped to the month's length
 * (31 in a 30-day month is its last day).
 *
 * - "trước ngày 15 tháng cuối quý" → `{ month: 3, day: 15 }` on a quarterly cadence;
 * - "trước 30/6 hằng năm" → `{ month: 6, day: 30 }` on a yearly cadence;
 * - the cut-off day of decree 09/2019/NĐ-CP (Art. 12: the 14th of the period's last month)
 *   → {@link stateCutOffDay}.
 *
 * `null` where a due day is accepted means the period's last day.
 *
 * @example
 * ```ts
 * const duePart: DueDay = { month: 6, day: 30 }
 * ```
 */
export interface DueDay {
  readonly month: number
  readonly day: number
}

/**
 * One period of a cadence (a month, a quarter, a half-year or a year of the calendar) with the
 * day its report is due.
 *
 * @example
 * ```ts
 * reportingPeriodOf('HALF_YEARLY', '2026-03-10')
 * // { cadence: 'HALF_YEARLY', key: '2026-H1', start: '2026-01-01', end: '2026-06-30', due: '2026-06-30' }
 * ```
 */
export interface ReportingPeriod {
  readonly cadence: RecurrenceCadence
  /** `2026` (year), `2026-H1` (half-year), `2026-Q3` (quarter) or `2026-04` (month). */
  readonly key: string
  /** The period's first day. */
  readonly start: IsoDate
  /** The period's last day. */
  readonly end: IsoDate
  /** The day the report (or the period's work) is due: the due day given, or `end`. */
  readonly due: IsoDate
}

/**
 * The cut-off day of periodic State reports under decree 09/2019/NĐ-CP (Art. 12): data are
 * closed on the 14th of the last month of the period (14/12 for the year, 14/6 for the first
 * half-year, the 14th of a quarter's third month, the 14th of the month).
 *
 * @example
 * ```ts
 * stateCutOffDay('YEARLY') // { month: 12, day: 14 }
 * ```
 */
export function stateCutOffDay(cadence: RecurrenceCadence): DueDay {
  return Object.freeze({ month: cadenceMonths(cadence), day: 14 })
}

/**
 * Tells whether a due day fits a cadence: its month lies within one period and its day is 1–31.
 *
 * @example
 * ```ts
 * isDueDayOf('QUARTERLY', { month: 3, day: 15 }) // true
 * isDueDayOf('QUARTERLY', { month: 4, day: 1 }) // false
 * ```
 */
export function isDueDayOf(cadence: RecurrenceCadence, dueDay: DueDay): boolean {
  const { month, day } = dueDay
  return (
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= cadenceMonths(cadence) &&
    day >= 1 &&
    day <= 31
  )
}

function keyOf(cadence: RecurrenceCadence, year: number, index: number): string {
  switch (cadence) {
    case 'YEARLY':
      return String(year)
    case 'HALF_YEARLY':
      return `${year}-H${index + 1}`
    case 'QUARTERLY':
      return `${year}-Q${index + 1}`
    case 'MONTHLY':
      return `${year}-${String(index + 1).padStart(2, '0')}`
  }
}

/** The period of a cadence numbered `index` within `year` (from 0), with its due day. */
function periodAt(
  cadence: RecurrenceCadence,
  year: number,
  index: number,
  dueDay: DueDay | null,
): ReportingPeriod {
  const months = cadenceMonths(cadence)
  const firstMonth = index * months + 1
  const lastMonth = firstMonth + months - 1
  const end = endOfMonth(year, lastMonth)
  let due = end
  if (dueDay !== null) {
    const month = firstMonth + dueDay.month - 1
    due = isoDate(year, month, Math.min(dueDay.day, daysInMonth(year, month)))!
  }
  return Object.freeze({
    cadence,
    key: keyOf(cadence, year, index),
    start: isoDate(year, firstMonth, 1)!,
    end,
    due,
  })
}

function checkDueDay(cadence: RecurrenceCadence, dueDay: DueDay | null): void {
  if (dueDay !== null && !isDueDayOf(cadence, dueDay)) {
    throw new RangeError(`Invalid due day ${dueDay.day}/${dueDay.month} for ${cadence}`)
  }
}

/**
 * The period of a cadence that contains a day. Throws a `RangeError` on an invalid date or a
 * due day that does not fit the cadence (see {@link isDueDayOf}): callers validate first.
 *
 * @example
 * ```ts
 * reportingPeriodOf('QUARTERLY', '2026-08-01', { month: 3, day: 15 }).due // '2026-09-15'
 * ```
 */
export function reportingPeriodOf(
  cadence: RecurrenceCadence,
  day: IsoDate,
  dueDay: DueDay | null = null,
): ReportingPeriod {
  if (!isIsoDate(day)) throw new RangeError(`Invalid date ${day}`)
  checkDueDay(cadence, dueDay)
  const { year, month } = isoDateParts(day)
  return periodAt(cadence, year, Math.floor((month - 1) / cadenceMonths(cadence)), dueDay)
}

/**
 * The period after (`step` 1) or before (`step` -1) a period, with the same due day.
 *
 * @example
 * ```ts
 * nextReportingPeriod(reportingPeriodOf('HALF_YEARLY', '2026-12-01')).key // '2027-H1'
 * ```
 */
export function nextReportingPeriod(
  period: ReportingPeriod,
  dueDay: DueDay | null = null,
  step: 1 | -1 = 1,
): ReportingPeriod {
  const months = cadenceMonths(period.cadence)
  const { year, month } = isoDateParts(period.start)
  const index = year * (12 / months) + (month - 1) / months + step
  const perYear = 12 / months
  return periodAt(period.cadence, Math.floor(index / perYear), index % perYear, dueDay)
}

/**
 * Options of {@link reportingPeriodsDue}.
 *
 * @example
 * ```ts
 * const options: ReportingPeriodOptions = { dueDay: { month: 6, day: 30 }, first: '2026-01-01' }
 * ```
 */
export interface ReportingPeriodOptions {
  /** The due day within each period; the period's last day when absent or `null`. */
  readonly dueDay?: DueDay | null
  /** A day of the first period the duty covers (the period containing it is the first). */
  readonly first?: IsoDate | null
  /** A day of the last period the duty covers (the period containing it is the last). */
  readonly last?: IsoDate | null
}

/**
 * The periods of a cadence whose due day falls between `from` and `to` (both included),
 * ascending, limited to the periods from `first` to `last` when given. An invalid or reversed
 * range gives none. Throws a `RangeError` on a due day that does not fit the cadence.
 *
 * @example
 * ```ts
 * reportingPeriodsDue('HALF_YEARLY', '2026-01-01', '2026-12-31', { dueDay: stateCutOffDay('HALF_YEARLY') })
 *   .map((p) => p.due) // ['2026-06-14', '2026-12-14']
 * ```
 */
export function reportingPeriodsDue(
  cadence: RecurrenceCadence,
  from: IsoDate,
  to: IsoDate,
  options: ReportingPeriodOptions = {},
): readonly ReportingPeriod[] {
  const dueDay = options.dueDay ?? null
  checkDueDay(cadence, dueDay)
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return Object.freeze([])
  const firstStart =
    options.first != null ? reportingPeriodOf(cadence, options.first, dueDay).start : null
  const lastStart =
    options.last != null ? reportingPeriodOf(cadence, options.last, dueDay).start : null
  let period = nextReportingPeriod(reportingPeriodOf(cadence, from, dueDay), dueDay, -1)
  const periods: ReportingPeriod[] = []
  while (period.due <= to) {
    if (lastStart !== null && period.start > lastStart) break
    if (period.due >= from && (firstStart === null || period.start >= firstStart)) {
      periods.push(period)
    }
    if (period.start.startsWith('9999')) break
    period = nextReportingPeriod(period, dueDay)
  }
  return Object.freeze(periods)
}

/**
 * The period a report dated `day` answers when it names none: the one whose window — the day
 * after the previous period's due day up to its own due day — contains it. Windows follow each
 * other without gap or overlap, so every day belongs to exactly one period (with the cut-off
 * day of decree 09/2019/NĐ-CP, the year 2026 runs from 15/12/2025 to 14/12/2026).
 *
 * @example
 * ```ts
 * reportingPeriodAnswered('YEARLY', '2025-12-20', stateCutOffDay('YEARLY')).key // '2026'
 * ```
 */
export function reportingPeriodAnswered(
  cadence: RecurrenceCadence,
  day: IsoDate,
  dueDay: DueDay | null = null,
): ReportingPeriod {
  const period = reportingPeriodOf(cadence, day, dueDay)
  return day > period.due ? nextReportingPeriod(period, dueDay) : period
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * How an office names a period: "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 4/2026",
 * "Năm 2026"; in English "first half of 2026", "Q3 2026", "April 2026", "2026".
 *
 * @example
 * ```ts
 * reportingPeriodLabel(reportingPeriodOf('HALF_YEARLY', '2026-09-01')).vi // '6 tháng cuối năm 2026'
 * ```
 */
export function reportingPeriodLabel(period: ReportingPeriod): Label {
  const { year, month } = isoDateParts(period.start)
  switch (period.cadence) {
    case 'YEARLY':
      return { vi: `Năm ${year}`, en: String(year) }
    case 'HALF_YEARLY':
      return month === 1
        ? { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` }
        : { vi: `6 tháng cuối năm ${year}`, en: `second half of ${year}` }
    case 'QUARTERLY': {
      const quarter = (month - 1) / 3
      return { vi: `Quý ${ROMAN_QUARTERS[quarter]}/${year}`, en: `Q${quarter + 1} ${year}` }
    }
    case 'MONTHLY':
      return { vi: `Tháng ${month}/${year}`, en: `${MONTH_NAMES[month - 1]} ${year}` }
  }
}

const KEY = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/

/**
 * Reads a period key (`2026`, `2026-H1`, `2026-Q3`, `2026-04`) back into its period, or
 * `null` when the text is not one.
 *
 * @example
 * ```ts
 * reportingPeriodOfKey('2026-Q3')?.end // '2026-09-30'
 * ```
 */
export function reportingPeriodOfKey(
  key: string,
  dueDay: DueDay | null = null,
): ReportingPeriod | null {
  const m = KEY.exec(key)
  if (m === null) return null
  const year = Number(m[1])
  const part = m[2]
  if (part === undefined) return periodAt('YEARLY', year, 0, checked('YEARLY', dueDay))
  if (part.startsWith('H')) {
    return periodAt('HALF_YEARLY', year, Number(part[1]) - 1, checked('HALF_YEARLY', dueDay))
  }
  if (part.startsWith('Q')) {
    return periodAt('QUARTERLY', year, Number(part[1]) - 1, checked('QUARTERLY', dueDay))
  }
  return periodAt('MONTHLY', year, Number(part) - 1, checked('MONTHLY', dueDay))
}

function checked(cadence: RecurrenceCadence, dueDay: DueDay | null): DueDay | null {
  checkDueDay(cadence, dueDay)
  return dueDay
}
