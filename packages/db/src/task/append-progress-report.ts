import type { ChangeContext } from '@chidao/app'
import {
  appendProgressReport,
  type DomainError,
  domainError,
  err,
  ok,
  type ProgressReport,
  progressReportNotFound,
  type Result,
  reportAlreadyCorrected,
  type TenantId,
} from '@chidao/domain'
import type { Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'
import type { ChidaoSchema } from '../schema.js'
import { progressReportColumns } from './progress-report-columns.js'
import { PROGRESS_REPORT_COLUMNS, toProgressReport } from './progress-report-row.js'
import { IDEMPOTENCY_COLUMNS, type OwnedKey } from './report-idempotency-key.js'
import { referenceNotFound, taskNotFound } from './task-errors.js'

/**
 * Appends a validated report (or correction) in the caller's transaction, at its clearance:
 *
 * 1. the task must be visible — a hidden task is `TASK_NOT_FOUND` before anything else is read;
 * 2. a report already stored under the same task, owner and key is the answer (a retry);
 * 3. the domain checks the report against the organisation's reports on the task (and, for a
 *    correction, the corrected report and any correction of it);
 * 4. the row is inserted — of two racing calls with one key, the unique index lets one in and
 *    the other reads the winner's report — with its audit event.
 */
export async function appendProgressReportIn(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
  report: ProgressReport,
  context: ChangeContext,
  key: OwnedKey | null,
): Promise<Result<ProgressReport, DomainError>> {
  const visible = await trx
    .selectFrom('task')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', report.taskId)
    .executeTakeFirst()
  if (!visible) return err(taskNotFound(['taskId']))
  const byKey = (owned: OwnedKey) =>
    trx
      .selectFrom('progress_report')
      .select(PROGRESS_REPORT_COLUMNS)
      .where('progress_report.tenant_id', '=', tenantId)
      .where('progress_report.task_id', '=', report.taskId)
      .where('progress_report.idempotency_key_owner', '=', owned.owner)
      .where('progress_report.idempotency_key', '=', owned.key)
      .executeTakeFirst()
  // A replay answers before any rule is checked again: the first call already passed them.
  if (key !== null) {
    const replayed = await byKey(key)
    if (replayed) return ok(toProgressReport(replayed))
  }
  const related = await relatedReports(trx, tenantId, report)
  const ordered = appendProgressReport(related, report)
  if (!ordered.ok) return ordered
  const insert = trx
    .insertInto('progress_report')
    .values({ tenant_id: tenantId, id: report.id, ...progressReportColumns(report, key) })
  const inserted = await (key === null
    ? insert
    : insert.onConflict((oc) =>
        oc.columns(IDEMPOTENCY_COLUMNS).where('idempotency_key', 'is not', null).doNothing(),
      )
  )
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    const winner = key === null ? undefined : await byKey(key)
    if (!winner) throw new Error('progress report idempotency key vanished')
    return ok(toProgressReport(winner))
  }
  const corrected = related.find((r) => r.id === report.correctsId) ?? null
  await writeAuditEvent(trx, tenantId, context, {
    action: corrected ? 'task.progress-report-correction' : 'task.progress-report',
    entityType: 'ProgressReport',
    entityId: report.id,
    before: corrected,
    after: { ...report, idempotencyKey: key?.key ?? null },
  })
  return ok(report)
}

/**
 * The reports the domain needs to check a new one against, oldest first: the organisation's
 * on the task, and for a correction the corrected report and any report correcting it.
 */
async function relatedReports(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
  report: ProgressReport,
): Promise<ProgressReport[]> {
  const correctsId = report.correctsId ?? null
  const rows = await trx
    .selectFrom('progress_report')
    .select(PROGRESS_REPORT_COLUMNS)
    .where('progress_report.tenant_id', '=', tenantId)
    .where('progress_report.task_id', '=', report.taskId)
    .where((eb) =>
      correctsId === null
        ? eb('progress_report.organization_id', '=', report.organizationId)
        : eb.or([
            eb('progress_report.organization_id', '=', report.organizationId),
            eb('progress_report.id', '=', correctsId),
            eb('progress_report.corrects_id', '=', correctsId),
          ]),
    )
    .orderBy('progress_report.reported_on')
    .orderBy('progress_report.created_at')
    .orderBy('progress_report.id')
    .execute()
  return rows.map(toProgressReport)
}

/**
 * The refusal a database error of an append stands for, or `null` for an unexpected one: a
 * taken id (`DUPLICATE_REPORT`), a report corrected meanwhile by a racing correction
 * (`REPORT_ALREADY_CORRECTED`), a task, organisation or corrected report gone.
 */
export function appendRefusal(error: unknown, report: ProgressReport): DomainError | null {
  const constraint = constraintName(error) ?? ''
  if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) {
    if (constraint === 'progress_report_correction_idx') return reportAlreadyCorrected()
    return domainError(
      'DUPLICATE_REPORT',
      { en: 'The report is already recorded', vi: 'Báo cáo đã được ghi nhận' },
      ['id'],
      report.id,
    )
  }
  if (sqlState(error) === SQLSTATE.FOREIGN_KEY_VIOLATION) {
    if (constraint === 'progress_report_corrects_fkey') return progressReportNotFound()
    return constraint.includes('task_id')
      ? taskNotFound(['taskId'])
      : referenceNotFound({
          code: 'ORGANIZATION_NOT_FOUND',
          path: ['organizationId'],
          id: report.organizationId,
          en: 'organisation',
          vi: 'tổ chức',
        })
  }
  return null
}
