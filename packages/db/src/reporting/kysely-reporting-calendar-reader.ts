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
import { PLANNED_AT_EACH_RUN } from '../postgres/prepared-statements.js'
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

/**
 * A row of the calendar's one statement: an expected report listed (`ord` its place, from 1),
 * or no report at all (every column null) when none is listed; the first row alone carries the
 * totals, as JSON: `[organisation id, received, received late, missing, not yet due]` each.
 */
interface CalendarRow extends Omit<ExpectedRow, 'organization_id'> {
  organization_id: string | null
  ord: string | number | null
  totals: readonly [string, number, number, number, number][] | null
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
 * The reporting calendar in SQL ({@link expectedReportsSql}): two statements in one read
 * transaction whatever the size of the scope — JIT compilation turned off for the
 * transaction, then the calendar computed once, giving the expected reports listed (narrowed
 * by status and "missing on a day") and, on the first row, the totals per organisation over
 * the whole scope.
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
      // Planned at each run: the generic plan of this statement runs three times slower.
      const { rows } = await sql<CalendarRow>`${sql.raw(PLANNED_AT_EACH_RUN)}
        with judged as materialized (${judged}),
        listed as (
          select judged.*, row_number() over (order by due, organization_id, directive_id,
            task_id nulls first,
            array_position(array['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'], cadence)) as ord
          from judged
          where (${statuses}::text[] is null or status = any(${statuses}::text[]))
            and (${missingOn}::date is null or (${missingOn}::date > due
              and (report_reported_on is null or report_reported_on > ${missingOn}::date)))
        ),
        totals as (
          select coalesce(json_agg(json_build_array(organization_id, received, received_late,
            missing, not_yet_due) order by organization_id), '[]'::json) as totals
          from (select organization_id,
              count(*) filter (where status = 'RECEIVED') as received,
              count(*) filter (where status = 'RECEIVED_LATE') as received_late,
              count(*) filter (where status = 'MISSING') as missing,
              count(*) filter (where status = 'NOT_YET_DUE') as not_yet_due
            from judged group by organization_id) per_organization
        )
        select listed.*, case when listed.ord is null or listed.ord = 1 then totals.totals end
          as totals
        from totals left join listed on true
        order by listed.ord`.execute(trx)
      const listed = rows.filter((row): row is CalendarRow & ExpectedRow => row.ord !== null)
      const totals = rows[0]?.totals ?? []
      return Object.freeze({
        expectedReports: Object.freeze(listed.map(toExpected)),
        totals: Object.freeze(
          totals.map(
            ([organizationId, received, receivedLate, missing, notYetDue]): ReportingTotals =>
              Object.freeze({
                organizationId: asId<OrganizationId>(organizationId),
                received: Number(received),
                receivedLate: Number(receivedLate),
                missing: Number(missing),
                notYetDue: Number(notYetDue),
              }),
          ),
        ),
      })
    })
  }
}
