import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'
import type { IsoDate } from './iso-date.js'
import {
  type DueDay,
  type ReportingPeriod,
  reportingPeriodAnswered,
  reportingPeriodOfKey,
} from './reporting-period.js'

const REPORT_STATUS = vocabulary([
  ['RECEIVED', { vi: 'Đã báo cáo đúng hạn', en: 'Received on time' }],
  ['RECEIVED_LATE', { vi: 'Báo cáo chậm', en: 'Received late' }],
  ['MISSING', { vi: 'Chưa báo cáo (quá hạn)', en: 'Missing (overdue)' }],
  ['NOT_YET_DUE', { vi: 'Chưa đến hạn báo cáo', en: 'Not yet due' }],
])

/**
 * How an expected report stands on a day, in the order offices list them.
 *
 * @example
 * ```ts
 * REPORT_STATUSES // ['RECEIVED', 'RECEIVED_LATE', 'MISSING', 'NOT_YET_DUE']
 * ```
 */
export const REPORT_STATUSES = REPORT_STATUS.codes

/**
 * Received by its due day, received after it, not received and overdue ("đơn vị chưa báo cáo"),
 * or not received and not yet due.
 *
 * @example
 * ```ts
 * const status: ReportStatus = 'MISSING'
 * ```
 */
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/**
 * Labels for every {@link ReportStatus}.
 *
 * @example
 * ```ts
 * REPORT_STATUS_LABELS.MISSING.vi // 'Chưa báo cáo (quá hạn)'
 * ```
 */
export const REPORT_STATUS_LABELS: Labels<ReportStatus> = REPORT_STATUS.labels

/**
 * Tells whether a value is a {@link ReportStatus}.
 *
 * @example
 * ```ts
 * isReportStatus('RECEIVED_LATE') // true
 * ```
 */
export const isReportStatus = REPORT_STATUS.is

/**
 * What {@link judgeReportingPeriods} needs of a report: its day and, when the person who filed
 * it named one, the period it answers (a period key such as `2026-H1`).
 *
 * @example
 * ```ts
 * const r: PeriodReport = { reportedOn: '2026-07-05', period: '2026-H1' }
 * ```
 */
export interface PeriodReport {
  readonly reportedOn: IsoDate
  readonly period?: string | null
}

/**
 * One period judged: its status and the report that satisfied it (`null` when none did).
 *
 * @example
 * ```ts
 * const j: PeriodJudgement<PeriodReport> = { period, status: 'RECEIVED', report: null }
 * ```
 */
export interface PeriodJudgement<R extends PeriodReport> {
  readonly period: ReportingPeriod
  readonly status: ReportStatus
  readonly report: R | null
}

/**
 * Judges each period of a reporting duty (or of recurring work) as of a day, from the reports
 * filed for it:
 *
 * - a report answers the period it names (`period`, when it is a period of the duty's cadence),
 *   or else the period whose window contains
 *   its day (from the day after the previous period's due day to its own due day: see
 *   {@link reportingPeriodAnswered}); so a report filed after a due day without naming a
 *   period answers the next period, and a late report is one that names its period;
 * - reports dated after `asOf` are not yet known and count for nothing;
 * - a period is `RECEIVED` when its earliest report is dated on or before its due day,
 *   `RECEIVED_LATE` when after; with no report it is `MISSING` once its due day has passed
 *   (`asOf` after it) and `NOT_YET_DUE` until then.
 *
 * The same rule is computed in SQL by the database package; the two are tested against each
 * other. Periods must share one cadence and due day (`dueDay`, as they were built with).
 *
 * @example
 * ```ts
 * const periods = reportingPeriodsDue('YEARLY', '2023-01-01', '2025-12-31')
 * judgeReportingPeriods(periods, [], '2026-01-10').map((j) => j.status)
 * // ['MISSING', 'MISSING', 'MISSING']
 * ```
 */
export function judgeReportingPeriods<R extends PeriodReport>(
  periods: readonly ReportingPeriod[],
  reports: readonly R[],
  asOf: IsoDate,
  dueDay: DueDay | null = null,
): readonly PeriodJudgement<R>[] {
  const earliest = new Map<string, R>()
  for (const report of reports) {
    if (report.reportedOn > asOf) continue
    const key = answeredKey(periods, report, dueDay)
    if (key === null) continue
    const known = earliest.get(key)
    if (known === undefined || report.reportedOn < known.reportedOn) earliest.set(key, report)
  }
  return Object.freeze(
    periods.map((period) => {
      const report = earliest.get(period.key) ?? null
      const status: ReportStatus =
        report !== null
          ? report.reportedOn <= period.due
            ? 'RECEIVED'
            : 'RECEIVED_LATE'
          : asOf > period.due
            ? 'MISSING'
            : 'NOT_YET_DUE'
      return Object.freeze({ period, status, report })
    }),
  )
}

function answeredKey(
  periods: readonly ReportingPeriod[],
  report: PeriodReport,
  dueDay: DueDay | null,
): string | null {
  const first = periods[0]
  if (first === undefined) return null
  if (report.period != null && reportingPeriodOfKey(report.period)?.cadence === first.cadence) {
    return report.period
  }
  return reportingPeriodAnswered(first.cadence, report.reportedOn, dueDay).key
}
