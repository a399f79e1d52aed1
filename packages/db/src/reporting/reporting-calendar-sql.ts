import type { IsoDate } from '@chidao/domain'
import { type RawBuilder, sql } from 'kysely'
import { organizationSubtreeSql } from '../task/organization-subtree-sql.js'
import { asOfSql } from '../task/timeliness-sql.js'

/** The scope and day of a calendar computed in SQL. */
export interface ReportingCalendarScope {
  readonly tenantId: string
  readonly from: IsoDate
  readonly to: IsoDate
  readonly asOf: IsoDate
  readonly organizationId?: string | null
  readonly directiveId?: string | null
}

/**
 * The cadence of the period a report names (migration 0009's `progress_report.period`: `2026`,
 * `2026-H1`, `2026-Q3`, `2026-04`), `NULL` when it names none. A report naming a period of
 * another cadence than the duty's answers, for that duty, the period whose window holds its day.
 */
const NAMED_CADENCE = sql`(case when pr.period is null then null
  when pr.period like '%-H%' then 'HALF_YEARLY' when pr.period like '%-Q%' then 'QUARTERLY'
  when pr.period like '%-%' then 'MONTHLY' else 'YEARLY' end)`

// Start of the period of `months` months containing a day.
function periodStart(day: RawBuilder<unknown>, months: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`make_date(extract(year from ${day})::int,
    ((extract(month from ${day})::int - 1) / ${months}) * ${months} + 1, 1)`
}

// Due day of the period starting on `start`: the month counted from the first and the day
// clamped to its length, or the period's last day when no due day is set.
function dueOf(start: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`(case when u.due_month is null
    then (${start} + make_interval(months => u.months) - interval '1 day')::date
    else date_trunc('month', ${start} + make_interval(months => u.due_month - 1))::date
      + least(u.due_day, extract(day from date_trunc('month', ${start}
          + make_interval(months => u.due_month)) - interval '1 day')::int) - 1
  end)`
}

/**
 * The expected reports of a tenant's calendar as one SQL query (a `WITH` chain): the duties
 * (tasks' reporting duties and, per lead and cadence, directives' reporting rules) with their
 * due day (the rule's for the cadence, else the 14th of the last month for a State document,
 * else the period's end), their periods generated with `generate_series` over the range, and
 * for each the earliest report answering it by `asOf` (matched by one hash join of the periods
 * with the owing bodies' reports on the duties' documents, not a probe per period) — the period it names (of the duty's
 * cadence), else the window from the previous period's due day (excluded) to its own — among the owing organisation's
 * reports on the task (or on any task of the directive), corrected reports left out. Its status
 * is judged as the domain's `judgeReportingPeriods` does; the two are tested against each
 * other. Row-level security keeps out what the caller may not see.
 *
 * @example
 * ```ts
 * sql`with judged as (${expectedReportsSql(scope)}) select * from judged where status = 'MISSING'`
 * ```
 */
export function expectedReportsSql(scope: ReportingCalendarScope): RawBuilder<unknown> {
  const t = scope.tenantId
  const asOf = asOfSql(scope.asOf)
  const from = asOfSql(scope.from)
  const to = asOfSql(scope.to)
  const inScope = (column: RawBuilder<unknown>) =>
    scope.organizationId != null
      ? sql`${column} in ${organizationSubtreeSql(t, scope.organizationId)}`
      : sql`true`
  const ofDirective = (column: RawBuilder<unknown>) =>
    scope.directiveId != null ? sql`${column} = ${scope.directiveId}` : sql`true`
  const months = sql`(case c.cadence when 'MONTHLY' then 1 when 'QUARTERLY' then 3
    when 'HALF_YEARLY' then 6 else 12 end)`
  const dueMonth = sql`coalesce((d.reporting_due_days -> c.cadence ->> 'month')::int,
    case when d.symbol_system = 'STATE' then ${months} end)`
  const dueDay = sql`coalesce((d.reporting_due_days -> c.cadence ->> 'day')::int,
    case when d.symbol_system = 'STATE' then 14 end)`
  const start = sql`p.start`
  const previous = sql`(p.start - make_interval(months => u.months))::date`
  return sql`
    with duty as (
      select t.lead_id as organization_id, t.directive_id, t.id as task_id, c.cadence,
        t.reporting_recipient_id as recipient_id, d.issued_on as first_day,
        case when t.status = 'COMPLETED' then t.completed_on end as last_day,
        ${months} as months, ${dueMonth} as due_month, ${dueDay} as due_day
      from task t
      cross join lateral (select t.reporting_cadence as cadence) c
      join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
      where t.tenant_id = ${t} and t.reporting_cadence is not null and t.status <> 'CANCELLED'
        and ${inScope(sql`t.lead_id`)} and ${ofDirective(sql`t.directive_id`)}
      union all
      select l.lead_id, d.id, null::uuid, c.cadence,
        coalesce(d.reporting_recipient_id, d.issuer_id), d.issued_on, null::date,
        ${months}, ${dueMonth}, ${dueDay}
      from directive d
      cross join lateral unnest(d.reporting_cadences) as c(cadence)
      join (select distinct lt.directive_id, lt.lead_id from task lt
            where lt.tenant_id = ${t} and lt.status <> 'CANCELLED'
              and ${inScope(sql`lt.lead_id`)} and ${ofDirective(sql`lt.directive_id`)}) l
        on l.directive_id = d.id
      where d.tenant_id = ${t} and d.reporting_cadences is not null
        and ${ofDirective(sql`d.id`)}
    ),
    expected as (
      select row_number() over () as n,
        u.organization_id, u.directive_id, u.task_id, u.cadence, u.recipient_id,
        p.start::date as start,
        (p.start + make_interval(months => u.months) - interval '1 day')::date as "end",
        ${dueOf(start)} as due,
        ${dueOf(previous)} as previous_due,
        to_char(p.start, 'YYYY') || case u.cadence
          when 'YEARLY' then ''
          when 'HALF_YEARLY' then '-H' || ((extract(month from p.start)::int - 1) / 6 + 1)
          when 'QUARTERLY' then '-Q' || ((extract(month from p.start)::int - 1) / 3 + 1)
          else to_char(p.start, '-MM') end as key
      from duty u
      cross join lateral generate_series(
        greatest(${periodStart(from, sql`u.months`)},
          ${periodStart(sql`u.first_day`, sql`u.months`)})::timestamp,
        least(${periodStart(to, sql`u.months`)},
          coalesce(${periodStart(sql`u.last_day`, sql`u.months`)},
            ${periodStart(to, sql`u.months`)}))::timestamp,
        make_interval(months => u.months)) as p(start)
    ),
    candidate as (
      select pr.id, pr.task_id, pr.organization_id, pr.reported_on, pr.period, rt.directive_id,
        ${NAMED_CADENCE} as named_cadence
      from progress_report pr
      join task rt on rt.tenant_id = pr.tenant_id and rt.id = pr.task_id
      where pr.tenant_id = ${t} and pr.reported_on <= ${asOf}
        and (pr.organization_id, rt.directive_id) in
          (select organization_id, directive_id from duty)
        and not exists (select 1 from progress_report c
          where c.tenant_id = pr.tenant_id and c.corrects_id = pr.id)
    ),
    answered as (
      select distinct on (e.n) e.n, c.id, c.task_id, c.organization_id, c.reported_on, c.period
      from expected e
      join candidate c on c.organization_id = e.organization_id
        and c.directive_id = e.directive_id
        and (e.task_id is null or c.task_id = e.task_id)
        and (c.period = e.key
          or ((c.period is null or c.named_cadence <> e.cadence)
            and c.reported_on > e.previous_due and c.reported_on <= e.due))
      where e.due between ${from} and ${to}
      order by e.n, c.reported_on, c.id
    )
    select e.*,
      r.id as report_id, r.task_id as report_task_id, r.organization_id as report_organization_id,
      r.reported_on as report_reported_on, r.period as report_period,
      case when r.id is not null then
          case when r.reported_on <= e.due then 'RECEIVED' else 'RECEIVED_LATE' end
        when ${asOf} > e.due then 'MISSING' else 'NOT_YET_DUE' end as status
    from expected e
    left join answered r on r.n = e.n
    where e.due between ${from} and ${to}`
}
