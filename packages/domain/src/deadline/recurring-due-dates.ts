import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type ReportingPeriod, reportingPeriodsDue } from '../calendar/reporting-period.js'
import type { Deadline, RecurringDeadline } from './deadline.js'

/**
 * The periods of a recurring deadline whose due day falls between `from` and `to` (both
 * included), ascending: calendar periods of its cadence (quarters ending 31/3, 30/6, 30/9,
 * 31/12; half-years ending 30/6 and 31/12; …), each due on the rule's fixed day or else on its
 * last day, from the period containing `start` to the one containing `end` (when given).
 * Built on {@link reportingPeriodsDue}, the core shared with the reporting calendar.
 *
 * @example
 * ```ts
 * const d = parseDeadline('Trước 30/6 hằng năm từ năm 2025')
 * d.ok && d.value.kind === 'RECURRING' && deadlinePeriodsDue(d.value, '2025-01-01', '2026-12-31').map((p) => p.key)
 * // ['2025', '2026']
 * ```
 */
export function deadlinePeriodsDue(
  deadline: RecurringDeadline,
  from: IsoDate,
  to: IsoDate,
): readonly ReportingPeriod[] {
  return reportingPeriodsDue(deadline.cadence, from, to, {
    dueDay: deadline.dueDay ?? null,
    first: deadline.start,
    last: deadline.end ?? null,
  })
}

/**
 * The due dates of a deadline that fall between `from` and `to` (both included), ISO,
 * ascending.
 *
 * A recurring deadline yields the due day of each of its periods in the range (see
 * {@link deadlinePeriodsDue}: the fixed day of its rule, or the period's last day; from the
 * period containing `start`, up to the one containing `end`). A deadline with a single due date
 * yields it when it lies in the range; ongoing, conditional and unparsed deadlines yield none.
 * Invalid or reversed ranges yield none.
 *
 * @example
 * ```ts
 * const d = parseDeadline('hằng quý từ quý II/2024')
 * d.ok && dueDatesBetween(d.value, '2024-01-01', '2024-12-31')
 * // ['2024-06-30', '2024-09-30', '2024-12-31']
 * ```
 */
export function dueDatesBetween(
  deadline: Deadline,
  from: IsoDate,
  to: IsoDate,
): readonly IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return Object.freeze([])
  if (deadline.kind !== 'RECURRING') {
    const due = deadline.due
    return Object.freeze(due !== null && due >= from && due <= to ? [due] : [])
  }
  return Object.freeze(deadlinePeriodsDue(deadline, from, to).map((period) => period.due))
}

/**
 * The due dates of a deadline between `from` and `to`.
 *
 * @deprecated The same function as {@link dueDatesBetween}, under its older name.
 *
 * @example
 * ```ts
 * recurringDueDates(recurringDeadline('YEARLY', '2022-01-01'), '2020-01-01', '2024-06-30')
 * // ['2022-12-31', '2023-12-31']
 * ```
 */
export const recurringDueDates: (
  deadline: Deadline,
  from: IsoDate,
  to: IsoDate,
) => readonly IsoDate[] = dueDatesBetween
