import { endOfMonth, endOfQuarter, type IsoDate, isoDate } from '../calendar/iso-date.js'
import { err, ok, type Result } from '../result.js'
import type { Deadline } from './deadline.js'
import type { DeadlineContext } from './deadline-context.js'
import { invalidDate, missingYear } from './deadline-errors.js'

/** A point or period read from text, before it becomes a deadline or a recurrence start. */
export type Period =
  | { readonly kind: 'DATE'; readonly due: IsoDate }
  | {
      readonly kind: 'MONTH'
      readonly year: number
      readonly month: number
      readonly firstMonth: number
    }
  | { readonly kind: 'QUARTER'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'YEAR'; readonly year: number }

/** A reader's answer: `null` when the text is not of its form. */
export type Step<T> = Result<T> | null

export const SEP = String.raw`\s*[/\-.–]\s*`
const YEAR_TAIL = String.raw`(?:${SEP}(\d{4})|,? năm (\d{4}))?`

const NUMERIC_DATE = new RegExp(
  String.raw`^(?:ngày )?(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}))?$`,
  'u',
)
const WORDED_DATE = new RegExp(String.raw`^(?:ngày )?(\d{1,2}),? tháng (\d{1,2})${YEAR_TAIL}$`, 'u')
const MONTH = new RegExp(String.raw`^tháng (\d{1,2})${YEAR_TAIL}$`, 'u')
const BARE_MONTH = /^(\d{1,2})\s*\/\s*(\d{4})$/u
const QUARTER = new RegExp(String.raw`^quý (\d{1,2}|iv|v|i{1,3})${YEAR_TAIL}$`, 'u')
const YEAR = /^(?:năm )?(\d{4})$/u
const PART_OF_YEAR = /^(\d{1,2}) tháng (đầu|cuối) năm(?:\s*\/?\s*(\d{4}))?$/u
const MONTH_RANGE = new RegExp(
  String.raw`^từ tháng (\d{1,2}) (?:đến|tới|-|–) tháng (\d{1,2})${YEAR_TAIL}$`,
  'u',
)
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 }

function yearOf(
  written: string | undefined,
  alternative: string | undefined,
  context: DeadlineContext,
  original: string,
): Result<number> {
  const text = written ?? alternative
  if (text !== undefined) {
    const year = Number(text)
    return year < 1000 ? err(invalidDate(original)) : ok(year)
  }
  const year = context.year
  if (year === undefined || year === null) return err(missingYear(original))
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return err(invalidDate(original))
  return ok(year)
}

/**
 * Reads a day, a month or run of months, a quarter or a year (`null`: none of them), its
 * missing year from `context`; an impossible one is `INVALID_DATE`, a day without a year and no
 * context year `MISSING_YEAR`.
 *
 * @example
 * ```ts
 * readPeriod('quý iii/2027', {}, 'Quý III/2027') // ok { kind: 'QUARTER', year: 2027, quarter: 3 }
 * ```
 */
export function readPeriod(s: string, context: DeadlineContext, original: string): Step<Period> {
  let m = NUMERIC_DATE.exec(s) ?? WORDED_DATE.exec(s)
  if (m) {
    const year = yearOf(m[3], m[4], context, original)
    if (!year.ok) return year
    const due = isoDate(year.value, Number(m[2]), Number(m[1]))
    return due === null ? err(invalidDate(original)) : ok({ kind: 'DATE', due })
  }
  m = MONTH.exec(s)
  const bare = m ? null : BARE_MONTH.exec(s)
  if (m || bare) {
    const month = Number((m ?? bare)![1])
    const year = yearOf(m ? m[2] : bare![2], m?.[3], context, original)
    if (!year.ok) return year
    if (month < 1 || month > 12) return err(invalidDate(original))
    return ok({ kind: 'MONTH', year: year.value, month, firstMonth: month })
  }
  m = QUARTER.exec(s)
  if (m) {
    const written = m[1]!
    const quarter = ROMAN[written] ?? Number(written)
    const year = yearOf(m[2], m[3], context, original)
    if (!year.ok) return year
    if (quarter < 1 || quarter > 4) return err(invalidDate(original))
    return ok({ kind: 'QUARTER', year: year.value, quarter })
  }
  m = PART_OF_YEAR.exec(s)
  if (m) {
    const months = Number(m[1])
    const year = yearOf(m[3], undefined, context, original)
    if (!year.ok) return year
    if (months < 1 || months > 12) return err(invalidDate(original))
    return m[2] === 'đầu'
      ? ok({ kind: 'MONTH', year: year.value, month: months, firstMonth: 1 })
      : ok({ kind: 'MONTH', year: year.value, month: 12, firstMonth: 13 - months })
  }
  m = MONTH_RANGE.exec(s)
  if (m) {
    const firstMonth = Number(m[1])
    const month = Number(m[2])
    const year = yearOf(m[3], m[4], context, original)
    if (!year.ok) return year
    if (firstMonth < 1 || month > 12 || firstMonth > month) return err(invalidDate(original))
    return ok({ kind: 'MONTH', year: year.value, month, firstMonth })
  }
  if (s === 'năm' || s === 'năm nay') {
    const year = yearOf(undefined, undefined, context, original)
    return year.ok ? ok({ kind: 'YEAR', year: year.value }) : year
  }
  m = YEAR.exec(s)
  if (m) {
    const year = yearOf(m[1], undefined, context, original)
    return year.ok ? ok({ kind: 'YEAR', year: year.value }) : year
  }
  return null
}

/**
 * The deadline a period read is: due on the day, or on the last day of the period.
 *
 * @example
 * ```ts
 * periodDeadline({ kind: 'YEAR', year: 2025 }, 'năm 2025') // ok, due '2025-12-31'
 * ```
 */
export function periodDeadline(period: Period, text: string): Result<Deadline> {
  switch (period.kind) {
    case 'DATE':
      return ok(Object.freeze({ kind: 'DATE', text, due: period.due }))
    case 'MONTH': {
      const { year, month, firstMonth } = period
      const due = endOfMonth(year, month)
      return ok(Object.freeze({ kind: 'MONTH', text, due, year, month, firstMonth }))
    }
    case 'QUARTER': {
      const { year, quarter } = period
      return ok(
        Object.freeze({ kind: 'QUARTER', text, due: endOfQuarter(year, quarter), year, quarter }),
      )
    }
    case 'YEAR':
      return ok(
        Object.freeze({ kind: 'YEAR', text, due: `${period.year}-12-31`, year: period.year }),
      )
  }
}

/**
 * The first day of a period read (a recurrence's first period starts there).
 *
 * @example
 * ```ts
 * firstDay({ kind: 'QUARTER', year: 2026, quarter: 2 }) // '2026-04-01'
 * ```
 */
export function firstDay(period: Period): IsoDate {
  switch (period.kind) {
    case 'DATE':
      return period.due
    case 'MONTH':
      return isoDate(period.year, period.firstMonth, 1)!
    case 'QUARTER':
      return isoDate(period.year, period.quarter * 3 - 2, 1)!
    case 'YEAR':
      return isoDate(period.year, 1, 1)!
  }
}

/**
 * The last day of a period read (a recurrence's last period ends there).
 *
 * @example
 * ```ts
 * lastDay({ kind: 'YEAR', year: 2030 }) // '2030-12-31'
 * ```
 */
export function lastDay(period: Period): IsoDate {
  switch (period.kind) {
    case 'DATE':
      return period.due
    case 'MONTH':
      return endOfMonth(period.year, period.month)
    case 'QUARTER':
      return endOfQuarter(period.year, period.quarter)
    case 'YEAR':
      return `${period.year}-12-31`
  }
}
