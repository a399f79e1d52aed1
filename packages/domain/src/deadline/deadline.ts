import { endOfMonth, endOfQuarter, type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DueDay, isDueDayOf } from '../calendar/reporting-period.js'
import type { Labels } from '../label.js'
import { cleanText } from '../text/nfc.js'
import { vocabulary } from '../vocabulary.js'
import { formatDeadline } from './format-deadline.js'

const DEADLINE_KIND = vocabulary([
  ['DATE', { vi: 'Ngày cụ thể', en: 'Date' }],
  ['MONTH', { vi: 'Tháng', en: 'Month' }],
  ['QUARTER', { vi: 'Quý', en: 'Quarter' }],
  ['YEAR', { vi: 'Năm', en: 'Year' }],
  ['RECURRING', { vi: 'Định kỳ', en: 'Recurring' }],
  ['ONGOING', { vi: 'Thường xuyên', en: 'Ongoing' }],
  ['CONDITIONAL', { vi: 'Theo điều kiện', en: 'Conditional' }],
  ['UNPARSED', { vi: 'Chưa đọc được', en: 'Not understood' }],
])

const RECURRENCE_CADENCE = vocabulary([
  ['MONTHLY', { vi: 'Hằng tháng', en: 'Monthly' }],
  ['QUARTERLY', { vi: 'Hằng quý', en: 'Quarterly' }],
  ['HALF_YEARLY', { vi: 'Định kỳ 6 tháng', en: 'Half-yearly' }],
  ['YEARLY', { vi: 'Hằng năm', en: 'Yearly' }],
])

/**
 * The kinds of deadline (thời hạn) found in plans and programmes.
 *
 * @example
 * ```ts
 * DEADLINE_KINDS.includes('QUARTER') // true
 * ```
 */
export const DEADLINE_KINDS = DEADLINE_KIND.codes

/**
 * A kind of deadline: a day, a period (month, quarter, year), a recurrence, ongoing work, work
 * that waits on a condition ("sau khi có hướng dẫn của Trung ương"), or a text not understood.
 *
 * @example
 * ```ts
 * const kind: DeadlineKind = 'RECURRING'
 * ```
 */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]

/**
 * Labels for every {@link DeadlineKind}.
 *
 * @example
 * ```ts
 * DEADLINE_KIND_LABELS.ONGOING.vi // 'Thường xuyên'
 * ```
 */
export const DEADLINE_KIND_LABELS: Labels<DeadlineKind> = DEADLINE_KIND.labels

/**
 * How often a recurring deadline (or a reporting duty) comes round.
 *
 * @example
 * ```ts
 * RECURRENCE_CADENCES.length // 4
 * ```
 */
export const RECURRENCE_CADENCES = RECURRENCE_CADENCE.codes

/**
 * A cadence: hằng tháng, hằng quý, định kỳ 6 tháng, hằng năm.
 *
 * @example
 * ```ts
 * const cadence: RecurrenceCadence = 'HALF_YEARLY'
 * ```
 */
export type RecurrenceCadence = (typeof RECURRENCE_CADENCES)[number]

/**
 * Labels for every {@link RecurrenceCadence}.
 *
 * @example
 * ```ts
 * RECURRENCE_CADENCE_LABELS.HALF_YEARLY.vi // 'Định kỳ 6 tháng'
 * ```
 */
export const RECURRENCE_CADENCE_LABELS: Labels<RecurrenceCadence> = RECURRENCE_CADENCE.labels

/**
 * Tells whether a string is a {@link RecurrenceCadence}.
 *
 * @example
 * ```ts
 * isRecurrenceCadence('QUARTERLY') // true
 * ```
 */
export const isRecurrenceCadence: (value: unknown) => value is RecurrenceCadence =
  RECURRENCE_CADENCE.is

/**
 * A deadline on a given day: `chậm nhất ngày 14/5/2021`, `trước ngày 31/8`.
 *
 * @example
 * ```ts
 * dateDeadline('2021-05-14') // { kind: 'DATE', text: 'ngày 14/5/2021', due: '2021-05-14' }
 * ```
 */
export interface DateDeadline {
  readonly kind: 'DATE'
  /** The text the deadline was read from (NFC, spaces folded). */
  readonly text: string
  /** The day itself: work finished on that day is on time. */
  readonly due: IsoDate
}

/**
 * A deadline at the end of a month, or of a run of months of one year: `tháng 12/2021`,
 * `6 tháng đầu năm 2025` (months 1–6), `9 tháng đầu năm`, `6 tháng cuối năm` (months 7–12).
 *
 * @example
 * ```ts
 * parseDeadline('6 tháng đầu năm', { year: 2025 }) // MONTH, firstMonth 1, month 6, due '2025-06-30'
 * ```
 */
export interface MonthDeadline {
  readonly kind: 'MONTH'
  readonly text: string
  /** The last day of `month`. */
  readonly due: IsoDate
  readonly year: number
  /** The last month of the period (1–12). */
  readonly month: number
  /** The first month of the period (1–12); equal to `month` for a single month. */
  readonly firstMonth: number
}

/**
 * A deadline at the end of a quarter: `hoàn thành trong quý 1/2022`, `Quý III/2027`.
 *
 * @example
 * ```ts
 * quarterDeadline(2022, 1).due // '2022-03-31'
 * ```
 */
export interface QuarterDeadline {
  readonly kind: 'QUARTER'
  readonly text: string
  /** The last day of the quarter. */
  readonly due: IsoDate
  readonly year: number
  /** 1–4. */
  readonly quarter: number
}

/**
 * A deadline at the end of a year: `năm 2025`.
 *
 * @example
 * ```ts
 * yearDeadline(2025).due // '2025-12-31'
 * ```
 */
export interface YearDeadline {
  readonly kind: 'YEAR'
  readonly text: string
  /** 31 December of `year`. */
  readonly due: IsoDate
  readonly year: number
}

/**
 * A deadline that comes round every period, with its rule: `hằng quý`, `định kỳ 6 tháng`,
 * `thực hiện hằng năm từ năm 2022`, `Trước 30/6 hằng năm`, `trước ngày 15 tháng cuối quý`,
 * `Năm 2026 và các năm tiếp theo`, `hằng quý đến hết năm 2030`. Each calendar period has its
 * own due date — the fixed day in the period (`dueDay`) or else its last day (see
 * {@link dueDatesBetween}); the deadline as a whole has none.
 *
 * @example
 * ```ts
 * recurringDeadline('QUARTERLY', '2024-04-01').text // 'hằng quý từ tháng 4/2024'
 * ```
 */
export interface RecurringDeadline {
  readonly kind: 'RECURRING'
  readonly text: string
  readonly due: null
  readonly cadence: RecurrenceCadence
  /** A day of the first period (its first day as parsed), or `null` when the text names none. */
  readonly start: IsoDate | null
  /** The fixed day in each period (`{ month: 6, day: 30 }` for "trước 30/6 hằng năm"), or
   * `null` for the period's last day. */
  readonly dueDay: DueDay | null
  /** A day of the last period (`2030-12-31` for "đến hết năm 2030"), or `null` for no end. */
  readonly end: IsoDate | null
}

/**
 * Work that waits on a condition: "Sau khi có hướng dẫn của Trung ương", "Khi Trung ương ban
 * hành quy định", "Theo tiến độ của Trung ương". No due date until someone sets one; never
 * overdue.
 *
 * @example
 * ```ts
 * parseDeadline('Sau khi Đề án được phê duyệt') // ok, kind 'CONDITIONAL', due null
 * ```
 */
export interface ConditionalDeadline {
  readonly kind: 'CONDITIONAL'
  readonly text: string
  readonly due: null
}

/**
 * Why a deadline text could not be read: words not understood, or a day written without a year
 * where no year of the document was known.
 *
 * @example
 * ```ts
 * const reason: UnparsedReason = 'MISSING_YEAR'
 * ```
 */
export type UnparsedReason = 'NOT_UNDERSTOOD' | 'MISSING_YEAR'

/**
 * A deadline whose text was not understood: the text is kept as written, there is no due date
 * (never overdue), and {@link deadlineWarnings} names what was not read, so the person who
 * entered it can correct it.
 *
 * @example
 * ```ts
 * parseDeadline('khi điều kiện cho phép, ưu tiên sớm') // ok, kind 'UNPARSED'
 * ```
 */
export interface UnparsedDeadline {
  readonly kind: 'UNPARSED'
  readonly text: string
  readonly due: null
  /** The words left over that were not understood (lower case, as read). */
  readonly unread: string
  readonly reason: UnparsedReason
}

/**
 * Ongoing work (thường xuyên): no due date, never overdue, judged by its reports.
 *
 * @example
 * ```ts
 * parseDeadline('Thường xuyên') // { ok: true, value: { kind: 'ONGOING', text: 'Thường xuyên', due: null } }
 * ```
 */
export interface OngoingDeadline {
  readonly kind: 'ONGOING'
  readonly text: string
  readonly due: null
}

/**
 * A deadline as written in a plan, read into a structured value that keeps its original text.
 * `due` is the day by which the work must be done (for a period, its last day) or `null`
 * when there is no single due day (recurring, ongoing, conditional or unparsed).
 *
 * @example
 * ```ts
 * const r = parseDeadline('Quý III/2027')
 * r.ok && r.value // { kind: 'QUARTER', text: 'Quý III/2027', due: '2027-09-30', year: 2027, quarter: 3 }
 * ```
 */
export type Deadline =
  | DateDeadline
  | MonthDeadline
  | QuarterDeadline
  | YearDeadline
  | RecurringDeadline
  | OngoingDeadline
  | ConditionalDeadline
  | UnparsedDeadline

function withText<D extends Deadline>(shape: D, text?: string): D {
  const final: D = { ...shape, text: text === undefined ? formatDeadline(shape) : cleanText(text) }
  return Object.freeze(final)
}

function bad(what: string): never {
  throw new RangeError(`Invalid deadline part: ${what}`)
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) bad(`year ${year}`)
}

/**
 * Builds a day deadline. Throws a `RangeError` on an invalid date: factories are for values
 * already known to be valid; use {@link parseDeadline} for text.
 *
 * @example
 * ```ts
 * dateDeadline('2021-05-14') // { kind: 'DATE', text: 'ngày 14/5/2021', due: '2021-05-14' }
 * ```
 */
export function dateDeadline(due: IsoDate, text?: string): DateDeadline {
  if (!isIsoDate(due)) bad(`date ${due}`)
  return withText({ kind: 'DATE', text: '', due }, text)
}

/**
 * Builds a month deadline, or a run of months of one year when `firstMonth` is given.
 * Throws a `RangeError` on invalid parts.
 *
 * @example
 * ```ts
 * monthDeadline(2021, 12).due // '2021-12-31'
 * monthDeadline(2025, 6, 1).text // '6 tháng đầu năm 2025'
 * ```
 */
export function monthDeadline(
  year: number,
  month: number,
  firstMonth: number = month,
  text?: string,
): MonthDeadline {
  checkYear(year)
  if (!Number.isInteger(month) || month < 1 || month > 12) bad(`month ${month}`)
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > month) {
    bad(`first month ${firstMonth}`)
  }
  const due = endOfMonth(year, month)
  return withText({ kind: 'MONTH', text: '', due, year, month, firstMonth }, text)
}

/**
 * Builds a quarter deadline. Throws a `RangeError` on invalid parts.
 *
 * @example
 * ```ts
 * quarterDeadline(2027, 3) // { kind: 'QUARTER', text: 'quý III/2027', due: '2027-09-30', … }
 * ```
 */
export function quarterDeadline(year: number, quarter: number, text?: string): QuarterDeadline {
  checkYear(year)
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) bad(`quarter ${quarter}`)
  const due = endOfQuarter(year, quarter)
  return withText({ kind: 'QUARTER', text: '', due, year, quarter }, text)
}

/**
 * Builds a year deadline. Throws a `RangeError` on an invalid year.
 *
 * @example
 * ```ts
 * yearDeadline(2025).due // '2025-12-31'
 * ```
 */
export function yearDeadline(year: number, text?: string): YearDeadline {
  checkYear(year)
  return withText({ kind: 'YEAR', text: '', due: `${year}-12-31`, year }, text)
}

/**
 * The parts of a recurring rule beyond its cadence and start (see {@link recurringDeadline}).
 *
 * @example
 * ```ts
 * const rule: RecurringRule = { dueDay: { month: 6, day: 30 }, end: '2030-12-31' }
 * ```
 */
export interface RecurringRule {
  readonly dueDay?: DueDay | null
  readonly end?: IsoDate | null
}

/**
 * Builds a recurring deadline. Throws a `RangeError` on an invalid start or end date, an end
 * before the start, or a due day that does not fit the cadence.
 *
 * @example
 * ```ts
 * recurringDeadline('YEARLY', '2022-01-01').text // 'hằng năm từ năm 2022'
 * recurringDeadline('YEARLY', '2026-01-01', undefined, { dueDay: { month: 6, day: 30 } }).text
 * // 'hằng năm trước ngày 30/6 từ năm 2026'
 * ```
 */
export function recurringDeadline(
  cadence: RecurrenceCadence,
  start: IsoDate | null = null,
  text?: string,
  rule: RecurringRule = {},
): RecurringDeadline {
  if (!isRecurrenceCadence(cadence)) bad(`cadence ${String(cadence)}`)
  if (start !== null && !isIsoDate(start)) bad(`start ${start}`)
  const dueDay = rule.dueDay ?? null
  const end = rule.end ?? null
  if (dueDay !== null && !isDueDayOf(cadence, dueDay)) bad(`due day ${JSON.stringify(dueDay)}`)
  if (end !== null && (!isIsoDate(end) || (start !== null && end < start))) bad(`end ${end}`)
  const frozenDueDay =
    dueDay === null ? null : Object.freeze({ month: dueDay.month, day: dueDay.day })
  return withText(
    { kind: 'RECURRING', text: '', due: null, cadence, start, dueDay: frozenDueDay, end },
    text,
  )
}

/**
 * Builds a conditional deadline ("sau khi có hướng dẫn của Trung ương").
 *
 * @example
 * ```ts
 * conditionalDeadline('Sau khi có hướng dẫn của Trung ương').kind // 'CONDITIONAL'
 * ```
 */
export function conditionalDeadline(text: string): ConditionalDeadline {
  return withText({ kind: 'CONDITIONAL', text: '', due: null }, text)
}

/**
 * Builds an ongoing deadline (thường xuyên).
 *
 * @example
 * ```ts
 * ongoingDeadline() // { kind: 'ONGOING', text: 'thường xuyên', due: null }
 * ```
 */
export function ongoingDeadline(text?: string): OngoingDeadline {
  return withText({ kind: 'ONGOING', text: '', due: null }, text)
}

/**
 * Tells whether two deadlines mean the same thing, ignoring the text they were written in.
 *
 * @example
 * ```ts
 * sameDeadline(parseDeadline('quý 1/2022').value, parseDeadline('Quý I/2022').value) // true
 * ```
 */
export function sameDeadline(a: Deadline, b: Deadline): boolean {
  if (a.kind === 'CONDITIONAL' || a.kind === 'UNPARSED')
    return a.kind === b.kind && a.text === b.text
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('text')
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key] ?? null
    const y = (b as unknown as Record<string, unknown>)[key] ?? null
    if (key === 'dueDay' && x !== null && y !== null) {
      const [p, q] = [x as DueDay, y as DueDay]
      if (p.month !== q.month || p.day !== q.day) return false
    } else if (x !== y) {
      return false
    }
  }
  return true
}

/**
 * A deadline as stored before recurring rules had a due day and an end (older rows, older
 * bundles): the missing parts read as `null`. Other deadlines are returned as they are.
 *
 * @example
 * ```ts
 * withRecurringRule({ kind: 'RECURRING', text: 'hằng năm', due: null, cadence: 'YEARLY', start: null } as Deadline).end // null
 * ```
 */
export function withRecurringRule(deadline: Deadline): Deadline {
  if (deadline.kind !== 'RECURRING') return deadline
  if (deadline.dueDay !== undefined && deadline.end !== undefined) return deadline
  return Object.freeze({ ...deadline, dueDay: deadline.dueDay ?? null, end: deadline.end ?? null })
}
