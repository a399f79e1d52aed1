import type {
  ReportingCalendarReader,
  ReportingCalendarRequest,
  ReportingCalendarResult,
} from '@chidao/app'
import {
  asId,
  type CalendarReport,
  type DirectiveId,
  type ExpectedReport,
  type OrganizationId,
  type ProgressReportId,
  type RecurrenceCadence,
  type ReportingTotals,
  type ReportStatus,
  reportingPeriodOfKey,
  type Secrecy,
  type TaskId,
} from '@chidao/domain'
import { sql } from 'kysely'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import { expectedReportsSql } from './reporting-calendar-sql.js'

interface ExpectedRow {
  organization_id: string
  directive_id: string
  task_id: string | null
  cadence: string
  recipient_id: string
  start: string
  end: string
  due: string
  key: string
  status: string
  report_id: string | null
  report_task_id: string | null
  report_organization_id: string | null
  report_reported_on: string | null
  report_period: string | null
}

interface TotalsRow {
  organization_id: string
  received: number | string
  received_late: number | string
  missing: number | string
  not_yet_due: number | string
}

function toExpected(row: ExpectedRow): ExpectedReport<CalendarReport> {
  const report: CalendarReport | null =
    row.report_id === null
      ? null
      : Object.freeze({
          id: asId<ProgressReportId>(row.report_id),
          taskId: asId<TaskId>(row.report_task_id!),
          organizationId: asId<OrganizationId>(row.report_organization_id!),
          reportedOn: row.report_reported_on!,
          period: row.report_period,
        })
  const cadence = row.cadence as RecurrenceCadence
  // The key names the period; its bounds and due day come from the row.
  const named = reportingPeriodOfKey(row.key)
  return Object.freeze({
    organizationId: asId<OrganizationId>(row.organization_id),
    directiveId: asId<DirectiveId>(row.directive_id),
    taskId: row.task_id === null ? null : asId<TaskId>(row.task_id),
    cadence,
    period: Object.freeze({
      cadence: named?.cadence ?? cadence,
      key: row.key,
      start: row.start,
      end: row.end,
      due: row.due,
    }),
    due: row.due,
    recipientId: asId<OrganizationId>(row.recipient_id),
    status: row.status as ReportStatus,
    report,
  })
}

/**
 * The reporting calendar in SQL ({@link expectedReportsSql}): three statements in one read
 * transaction whatever the size of the scope — JIT compilation turned off for the
 * transaction, the expected reports listed (narrowed by status and "missing on a day"), and
 * the totals per organisation over the whole scope.
 *
 * @example
 * ```ts
 * const reader = new KyselyReportingCalendarReader(db, tenantId, 'MAT')
 * await reader.reportingCalendar({ from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' })
 * ```
 */
export class KyselyReportingCalendarReader implements ReportingCalendarReader {
  readonly #tenantId: string
  readonly #tx: TenantRunner

  constructor(db: TenantExecutor, tenantId: string, clearance: Secrecy = 'PUBLIC') {
    this.#tenantId = tenantId
    this.#tx = tenantRunner(db, tenantId, clearance)
  }

  async reportingCalendar(request: ReportingCalendarRequest): Promise<ReportingCalendarResult> {
    const judged = expectedReportsSql({ ...request, tenantId: this.#tenantId })
    const statuses = request.status?.length ? [...request.status] : null
    const missingOn = request.missingAsOf ?? null
    return this.#tx(async (trx) => {
      // No JIT compilation for the rest of the transaction: the planner's estimate of the
      // periods generated per duty is far above what they are, and at a national size it
      // prices the calendar high enough to JIT-compile it with optimisation, which costs
      // seconds per statement — tens of times what the statement takes to run.
      await sql`select set_config('jit', 'off', true)`.execute(trx)
      const listed = await sql<ExpectedRow>`
        with judged as (${judged})
        select * from judged
        where (${statuses}::text[] is null or status = any(${statuses}::text[]))
          and (${missingOn}::date is null or (${missingOn}::date > due
            and (report_reported_on is null or report_reported_on > ${missingOn}::date)))
        order by due, organization_id, directive_id, task_id nulls first,
          array_position(array['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'], cadence)`.execute(
        trx,
      )
      const totals = await sql<TotalsRow>`
        with judged as (${judged})
        select organization_id,
          count(*) filter (where status = 'RECEIVED') as received,
          count(*) filter (where status = 'RECEIVED_LATE') as received_late,
          count(*) filter (where status = 'MISSING') as missing,
          count(*) filter (where status = 'NOT_YET_DUE') as not_yet_due
        from judged group by organization_id order by organization_id`.execute(trx)
      return Object.freeze({
        expectedReports: Object.freeze(listed.rows.map(toExpected)),
        totals: Object.freeze(
          totals.rows.map(
            (row): ReportingTotals =>
              Object.freeze({
                organizationId: asId<OrganizationId>(row.organization_id),
                received: Number(row.received),
                receivedLate: Number(row.received_late),
                missing: Number(row.missing),
                notYetDue: Number(row.not_yet_due),
              }),
          ),
        ),
      })
    })
  }
}
