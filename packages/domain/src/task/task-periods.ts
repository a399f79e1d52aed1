import type { IsoDate } from '../calendar/iso-date.js'
import {
  judgeReportingPeriods,
  type PeriodJudgement,
  type PeriodReport,
} from '../calendar/report-status.js'
import {
  nextReportingPeriod,
  type ReportingPeriod,
  reportingPeriodOf,
} from '../calendar/reporting-period.js'
import type { RecurringDeadline } from '../deadline/deadline.js'
import { deadlinePeriodsDue } from '../deadline/recurring-due-dates.js'

/**
 * The latest period of a recurring deadline that has come due by `asOf` (its due day on or
 * before `asOf`), within the deadline's first and last periods; `null` when none has yet.
 * A recurring task is judged by this period (see {@link timeliness}).
 *
 * @example
 * ```ts
 * latestDuePeriod(recurringDeadline('YEARLY', '2023-01-01'), '2026-03-01')?.key // '2025'
 * ```
 */
export function latestDuePeriod(
  deadline: RecurringDeadline,
  asOf: IsoDate,
): ReportingPeriod | null {
  const dueDay = deadline.dueDay ?? null
  let period = reportingPeriodOf(deadline.cadence, asOf, dueDay)
  if (period.due > asOf) {
    if (period.start <= '0001-12-31') return null
    period = nextReportingPeriod(period, dueDay, -1)
  }
  const end = deadline.end ?? null
  if (end !== null) {
    const last = reportingPeriodOf(deadline.cadence, end, dueDay)
    if (period.start > last.start) period = last
  }
  if (deadline.start !== null) {
    const first = reportingPeriodOf(deadline.cadence, deadline.start, dueDay)
    if (period.start < first.start) return null
  }
  return period
}

/**
 * Each period of a recurring task whose due day falls between `from` and `to`, judged as of
 * `asOf` from the task's progress reports: `RECEIVED` (on time), `RECEIVED_LATE`, `MISSING`
 * (due and no report) or `NOT_YET_DUE`, with the report that satisfied it. A report answers
 * the period it names (`period`, when progress reports carry one) or else the period whose
 * window contains its day (see {@link judgeReportingPeriods}).
 *
 * @example
 * ```ts
 * const d = parseDeadline('Năm 2023 và các năm tiếp theo')
 * d.ok && d.value.kind === 'RECURRING' &&
 *   judgeTaskPeriods(d.value, [], '2023-01-01', '2025-12-31', '2026-01-10').map((j) => j.status)
 * // ['MISSING', 'MISSING', 'MISSING']
 * ```
 */
export function judgeTaskPeriods<R extends PeriodReport>(
  deadline: RecurringDeadline,
  reports: readonly R[],
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): readonly PeriodJudgement<R>[] {
  return judgeReportingPeriods(
    deadlinePeriodsDue(deadline, from, to),
    reports,
    asOf,
    deadline.dueDay ?? null,
  )
}
