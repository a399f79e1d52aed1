import { endOfMonth, type IsoDate, isIsoDate, isoDateParts } from '../calendar/iso-date.js'
import { cadenceMonths } from '../calendar/reporting-period.js'
import type { Deadline } from './deadline.js'

/**
 * The due dates that fall between `from` and `to` (both included).
 *
 * A recurring deadline runs over calendar periods (months; quarters ending 31/3, 30/6, 30/9,
 * 31/12; half-years ending 30/6 and 31/12; years): each period due is its last day, starting
 * with the period that contains `start` (when the deadline has one). A deadline with a single
 * due date yields it when it lies in the range; an ongoing deadline yields none. Invalid or
 * reversed ranges yield none.
 *
 * @example
 * ```ts
 * const d = parseDeadline('hằng quý từ quý II/2024')
 * d.ok && recurringDueDates(d.value, '2024-01-01', '2024-12-31')
 * // ['2024-06-30', '2024-09-30', '2024-12-31']
 * ```
 */
export function recurringDueDates(
  deadline: Deadline,
  from: IsoDate,
  to: IsoDate,
): readonly IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return Object.freeze([])
  if (deadline.kind !== 'RECURRING') {
    const due = deadline.due
    return Object.freeze(due !== null && due >= from && due <= to ? [due] : [])
  }
  const step = cadenceMonths(deadline.cadence)
  const lower = deadline.start !== null && deadline.start > from ? deadline.start : from
  const { year, month } = isoDateParts(lower)
  let index = year * 12 + (Math.ceil(month / step) * step - 1)
  const dates: IsoDate[] = []
  for (;;) {
    const y = Math.floor(index / 12)
    if (y > 9999) break
    const due = endOfMonth(y, (index % 12) + 1)
    if (due > to) break
    dates.push(due)
    index += step
  }
  return Object.freeze(dates)
}
