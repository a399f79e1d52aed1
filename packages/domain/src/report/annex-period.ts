import type { IsoDate } from '../calendar/iso-date.js'
import { judgeReportingPeriods, type ReportStatus } from '../calendar/report-status.js'
import { reportingPeriodLabel } from '../calendar/reporting-period.js'
import type { Deadline } from '../deadline/deadline.js'
import type { Label } from '../label.js'
import type { ProgressReport } from '../task/progress-report.js'
import { latestDuePeriod } from '../task/task-periods.js'

/**
 * The period a recurring task is judged by in a report: its latest period due by the report's
 * date, and how it stands (see `latestDuePeriod`).
 *
 * @example
 * ```ts
 * // { key: '2025', label: { vi: 'Năm 2025', en: '2025' }, due: '2025-06-30', status: 'MISSING' }
 * ```
 */
export interface ReportAnnexPeriod {
  readonly key: string
  readonly label: Label
  readonly due: IsoDate
  readonly status: ReportStatus
}

/**
 * The latest due period of a task with a recurring deadline, judged as of `asOf` from its
 * reports; `null` for any other deadline, or before its first period comes due.
 *
 * @example
 * ```ts
 * annexPeriodOf(deadline, reports, '2026-11-29')?.status // 'MISSING'
 * ```
 */
export function annexPeriodOf(
  deadline: Deadline | null | undefined,
  reports: readonly ProgressReport[],
  asOf: IsoDate,
): ReportAnnexPeriod | null {
  if (deadline == null || deadline.kind !== 'RECURRING') return null
  const period = latestDuePeriod(deadline, asOf)
  if (period === null) return null
  const [judged] = judgeReportingPeriods([period], reports, asOf, deadline.dueDay ?? null)
  return Object.freeze({
    key: period.key,
    label: reportingPeriodLabel(period),
    due: period.due,
    status: judged?.status ?? 'NOT_YET_DUE',
  })
}
