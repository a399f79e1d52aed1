import type { ProgressReportTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'
import type { OwnedKey } from './report-idempotency-key.js'

/** A progress report (or correction), its task and organisation resolved to ids. */
export interface ProgressReportFields {
  readonly taskId: string
  readonly reportedOn: string
  readonly organizationId: string
  readonly percent: number | null
  readonly narrative: string
  readonly evidence: readonly string[]
  /** The report a correction corrects, and why it was wrong; absent on a plain report. */
  readonly correctsId?: string | null
  readonly reason?: string | null
  /** The period the report answers, when it names one. */
  readonly period?: string | null
}

/** Every column of a report but its tenant and id. */
export type ProgressReportColumns = WrittenColumns<ProgressReportTable, 'tenant_id' | 'id'>

/**
 * The column values of a report stored under `key` (none: `null`), written by the repository,
 * the bundle importer and the bulk loader alike.
 *
 * @example
 * ```ts
 * await trx.insertInto('progress_report').values({ tenant_id, id, ...progressReportColumns(report, key) })
 * ```
 */
export function progressReportColumns(
  report: ProgressReportFields,
  key: OwnedKey | null,
): ProgressReportColumns {
  return {
    task_id: report.taskId,
    reported_on: report.reportedOn,
    organization_id: report.organizationId,
    percent: report.percent,
    narrative: report.narrative,
    evidence: JSON.stringify(report.evidence),
    idempotency_key: key?.key ?? null,
    idempotency_key_owner: key?.owner ?? null,
    corrects_id: report.correctsId ?? null,
    reason: report.reason ?? null,
    period: report.period ?? null,
  }
}
