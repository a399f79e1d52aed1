import type { LeadScorecardFacts, ScorecardFact } from '@chidao/app'
import { asId, type IsoDate, type OrganizationId, type TaskStatus } from '@chidao/domain'
import { type RawBuilder, sql } from 'kysely'
import {
  ORGANIZATION_COLUMNS,
  type OrganizationRow,
  toOrganization,
} from '../organization/organization-row.js'
import { asOfSql, extendedAfterSql, replacedDueSql, timelinessSql } from './timeliness-sql.js'

/**
 * The due day of a row of `task` in force on `asOf`: before an extension that takes effect
 * later, the one it replaced (the domain's `dueInForce`).
 */
export function dueInForceSql(asOf: IsoDate): RawBuilder<string | null> {
  const day = asOfSql(asOf)
  return sql`case when ${extendedAfterSql(day)} then ${replacedDueSql(day)} else task.deadline_due end`
}

/**
 * The latest figure by `asOf` of a row of `task`, for open tasks only: the roll-up counts a
 * completed task 100 and leaves a cancelled one out whatever they reported. One index-only
 * probe each (migrations 0006, 0007); the scalar subquery runs only when the CASE reaches it.
 * A superseded report never counts, whatever its correction is dated: the NOT EXISTS probes
 * the partial index of corrections, nearly empty.
 */
export function openTaskPercentSql(asOf: IsoDate): RawBuilder<number | null> {
  return sql`case when task.status in ('COMPLETED', 'CANCELLED') then null else (
    select r.percent::float8 from progress_report r
    where r.tenant_id = task.tenant_id and r.task_id = task.id
      and r.percent is not null and r.reported_on <= ${asOf}
      and not exists (select 1 from progress_report c
        where c.tenant_id = r.tenant_id and c.corrects_id = r.id)
    order by r.reported_on desc, r.created_at desc
    limit 1
  ) end`
}

/**
 * A recurring task's facts as `scorecardFacts` gives them, as JSON: its place in the tree,
 * status, completion day, latest figure, deadline (the rule) and the days (and named periods)
 * of its reports by `asOf`.
 */
function recurringFactSql(asOf: IsoDate): RawBuilder<unknown> {
  return sql`json_build_object('id', task.id, 'parentId', task.parent_id,
    'leadId', task.lead_id, 'status', task.status, 'due', task.deadline_due::text,
    'completedOn', task.completed_on::text, 'percent', ${openTaskPercentSql(asOf)},
    'deadline', task.deadline,
    'reports', (select coalesce(json_agg(json_build_object('reportedOn', r.reported_on::text,
        'period', r.period) order by r.reported_on), '[]'::json)
      from progress_report r
      where r.tenant_id = task.tenant_id and r.task_id = task.id
        and r.reported_on <= ${asOf}))`
}

/** A row of {@link scorecardByLeadSql}: a lead's counts, tasks and organisation. */
export interface ScorecardByLeadRow {
  leadId: string
  onTime: number
  late: number
  inProgress: number
  overdue: number
  cancelled: number
  total: number
  dueTotal: number
  dueOnTime: number
  dueLate: number
  /** The recurring tasks not cancelled, for the domain to judge. */
  recurring: ScorecardFact[]
  /** `[id, parentId, status, percent]` per task, by id. */
  tasks: [string, string | null, string, number | null][]
  /** The lead organisation's columns; `null` when it cannot be seen. */
  lead: OrganizationRow | null
}

/**
 * The tasks a `WHERE` condition keeps, counted per lead in one statement and one pass over
 * them: by timeliness ({@link timelinessSql}) and due by `asOf` or not (the due day in
 * force), the tasks as the roll-up needs them, the recurring tasks not cancelled as facts for
 * the domain to judge by their periods (SQL can judge them too, but a probe per period costs
 * more than the domain's reading of a few reports), and the lead organisation's row — by lead
 * id. With the domain's `leadTallyOf`, what `tallyByLead` counts from `scorecardFacts`.
 *
 * @example
 * ```ts
 * scorecardByLeadSql(tenantId, taskWhereSql(tenantId, filter, asOf), asOf)
 * ```
 */
export function scorecardByLeadSql(
  tenantId: string,
  where: RawBuilder<boolean>,
  asOf: IsoDate,
): RawBuilder<ScorecardByLeadRow> {
  const day = asOfSql(asOf)
  const recurring = sql`(task.deadline_kind = 'RECURRING' and not ${extendedAfterSql(day)}
    and task.status <> 'CANCELLED')`
  const lead = sql.join(
    ORGANIZATION_COLUMNS.map((column) => sql`${sql.lit(column)}, o.${sql.ref(column)}`),
  )
  return sql<ScorecardByLeadRow>`
    -- Materialized: each task's timeliness is judged once, not once per count that reads it
    -- (inlined, the recurring tasks' probes ran a dozen times each, and the cost estimate that
    -- followed switched JIT on: seconds instead of a tenth of one).
    with facts as materialized (
      select task.id, task.parent_id, task.lead_id, task.status,
        -- A recurring task not cancelled is judged by its periods, from its reports: by the
        -- domain, given its deadline and reports as scorecardFacts gives them. Every other
        -- task is counted here.
        case when ${recurring} then null else ${timelinessSql(asOf)} end as timeliness,
        ${dueInForceSql(asOf)} as due, ${openTaskPercentSql(asOf)} as percent,
        case when ${recurring} then ${recurringFactSql(asOf)} end as recurring
      from task where ${where}
    ), lines as (
      select lead_id,
        count(*) filter (where timeliness = 'COMPLETED_ON_TIME')::int as "onTime",
        count(*) filter (where timeliness = 'COMPLETED_LATE')::int as late,
        count(*) filter (where timeliness = 'IN_PROGRESS')::int as "inProgress",
        count(*) filter (where timeliness = 'OVERDUE')::int as overdue,
        count(*) filter (where status = 'CANCELLED')::int as cancelled,
        count(*) filter (where timeliness is not null)::int as total,
        count(*) filter (where timeliness is not null and due <= ${day})::int as "dueTotal",
        count(*) filter (where timeliness = 'COMPLETED_ON_TIME' and due <= ${day})::int
          as "dueOnTime",
        count(*) filter (where timeliness = 'COMPLETED_LATE' and due <= ${day})::int as "dueLate",
        json_agg(json_build_array(id, parent_id, status, percent) order by id) as tasks,
        coalesce(json_agg(recurring order by id) filter (where recurring is not null),
          '[]'::json)
          as recurring
      from facts group by lead_id
    )
    select lines.lead_id as "leadId", lines."onTime", lines.late, lines."inProgress",
      lines.overdue, lines.cancelled, lines.total, lines."dueTotal", lines."dueOnTime",
      lines."dueLate", lines.tasks, lines.recurring,
      case when o.id is null then null else json_build_object(${lead}) end as lead
    from lines
    left join organization o on o.tenant_id = ${tenantId} and o.id = lines.lead_id
    order by lines.lead_id`
}

/** A row of {@link scorecardByLeadSql} as the port gives it. */
export function leadScorecardFacts(row: ScorecardByLeadRow, asOf: IsoDate): LeadScorecardFacts {
  return Object.freeze({
    leadId: asId<OrganizationId>(row.leadId),
    lead: row.lead ? toOrganization(row.lead) : null,
    tally: Object.freeze({
      counts: Object.freeze({
        COMPLETED_ON_TIME: row.onTime,
        COMPLETED_LATE: row.late,
        IN_PROGRESS: row.inProgress,
        OVERDUE: row.overdue,
        cancelled: row.cancelled,
        total: row.total,
        asOf,
      }),
      dueByDate: Object.freeze({
        total: row.dueTotal,
        completedOnTime: row.dueOnTime,
        completedLate: row.dueLate,
      }),
    }),
    recurring: Object.freeze(row.recurring),
    tasks: Object.freeze(
      row.tasks.map(([id, parentId, status, percent]) =>
        Object.freeze({ id, parentId, status: status as TaskStatus, percent }),
      ),
    ),
  })
}
