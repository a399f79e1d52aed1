import {
  asId,
  type OrganizationId,
  type ProgressReport,
  type ProgressReportId,
  type TaskId,
} from '@chidao/domain'
import type { Selectable } from 'kysely'
import type { ProgressReportTable } from '../schema.js'

/** The columns of `progress_report` a report is read from. */
export const PROGRESS_REPORT_COLUMNS = [
  'progress_report.id',
  'progress_report.task_id',
  'progress_report.reported_on',
  'progress_report.organization_id',
  'progress_report.percent',
  'progress_report.narrative',
  'progress_report.evidence',
  'progress_report.corrects_id',
  'progress_report.reason',
  'progress_report.period',
] as const

/** A row as read with {@link PROGRESS_REPORT_COLUMNS}. */
export type ProgressReportRow = Pick<
  Selectable<ProgressReportTable>,
  | 'id'
  | 'task_id'
  | 'reported_on'
  | 'organization_id'
  | 'percent'
  | 'narrative'
  | 'evidence'
  | 'corrects_id'
  | 'reason'
  | 'period'
>

/**
 * Turns a row into the domain's frozen {@link ProgressReport}. The percent is stored as
 * `numeric(5,2)` (read as an exact string) and handed out as a number. `correctsId` and
 * `reason` are there on a correcting report only, as the domain builds them.
 */
export function toProgressReport(row: ProgressReportRow): ProgressReport {
  return Object.freeze({
    id: asId<ProgressReportId>(row.id),
    taskId: asId<TaskId>(row.task_id),
    reportedOn: row.reported_on,
    organizationId: asId<OrganizationId>(row.organization_id),
    percent: row.percent === null ? null : Number(row.percent),
    narrative: row.narrative,
    evidence: Object.freeze([...((row.evidence ?? []) as string[])]),
    ...(row.period === null ? {} : { period: row.period }),
    ...(row.corrects_id
      ? { correctsId: asId<ProgressReportId>(row.corrects_id), reason: row.reason ?? '' }
      : {}),
  })
}
