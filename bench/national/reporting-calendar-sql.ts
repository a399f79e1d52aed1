/**
 * The reporting calendar of question 6 written in SQL, as one chain of common table expressions
 * shared by the SQL floor (`floor-missing-reports.ts`) and PostGraphile's
 * `chidao_pg.expected_reports` (`postgraphile/schema.sql` takes its body from here), so that the
 * two cannot drift apart. The rules are chidao's: every body leading a task owes a report per
 * period of the task's reporting duty (from the document's issue to the task's completion) and
 * per period of each cadence of the document's reporting rule; a period is due on the day the
 * rule sets, else the 14th of its last month for a State document (decree 09/2019/NĐ-CP), else
 * its last day. It is answered by the owing body's earliest report by the day, on the task (or
 * on any task of the document) that names the period, or names none (or another cadence's) and
 * falls after the previous period's due day and by its own; corrected reports are left out.
 *
 * The chain reads a CTE `scope(id)` the caller writes first (the organisations asked about) and
 * ends with `judged`: each period owed between the two days (`org_id`, `directive_id`,
 * `task_id`, `cadence`, `period_key`, `due`) with its `status`, RECEIVED / RECEIVED_LATE /
 * MISSING / NOT_YET_DUE as chidao judges them.
 */

/** Where the chain takes its values and how it writes the date helpers. */
export interface ReportingCalendarDialect {
  /** The tenant, e.g. `$1`. */
  readonly tenant: string
  /** The first and last day of the window and the day judged on, as `date` expressions. */
  readonly from: string
  readonly to: string
  readonly asOf: string
  /** Start of the period of `months` months holding `day`. */
  readonly periodStart: (day: string, months: string) => string
  /** Due day of the period of the row `s` (of `shaped`) starting on `start`. */
  readonly dueOf: (start: string) => string
  /** The cadence of the period a report names (`2026`, `2026-H1`, `2026-Q3`, `2026-04`). */
  readonly keyCadence: (key: string) => string
}

/**
 * The CTEs `duty`, `shaped`, `owed`, `candidate`, `answered` and `judged`, to follow a `scope`.
 *
 * @example
 * ```ts
 * const sql = `with recursive scope(id) as (...), ${reportingCalendarCtes(dialect)} select ...`
 * ```
 */
export function reportingCalendarCtes(d: ReportingCalendarDialect): string {
  const { tenant, from, to, asOf, periodStart, dueOf } = d
  return `duty as (
  select t.lead_id as org_id, t.directive_id, t.id as task_id, t.reporting_cadence as cadence,
    d.issued_on as first_day, case when t.status = 'COMPLETED' then t.completed_on end as last_day,
    d.reporting_due_days as due_days, d.symbol_system
  from public.task t join public.directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
  where t.tenant_id = ${tenant} and t.reporting_cadence is not null and t.status <> 'CANCELLED'
    and t.lead_id in (select id from scope)
  union all
  select l.lead_id, d.id, null::uuid, c.cadence, d.issued_on, null::date, d.reporting_due_days,
    d.symbol_system
  from public.directive d
  cross join unnest(d.reporting_cadences) as c(cadence)
  join (select distinct lt.directive_id, lt.lead_id from public.task lt
        where lt.tenant_id = ${tenant} and lt.status <> 'CANCELLED'
          and lt.lead_id in (select id from scope)) l
    on l.directive_id = d.id
  where d.tenant_id = ${tenant} and d.reporting_cadences is not null
), shaped as (
  select u.*, m.n_months,
    coalesce((u.due_days -> u.cadence ->> 'month')::int,
      case when u.symbol_system = 'STATE' then m.n_months end) as due_month,
    coalesce((u.due_days -> u.cadence ->> 'day')::int,
      case when u.symbol_system = 'STATE' then 14 end) as due_day
  from duty u
  cross join lateral (select case u.cadence when 'MONTHLY' then 1 when 'QUARTERLY' then 3
    when 'HALF_YEARLY' then 6 else 12 end as n_months) m
), owed as (
  select row_number() over () as n, s.org_id, s.directive_id, s.task_id, s.cadence,
    ${dueOf('p.start')} as due,
    ${dueOf('(p.start - make_interval(months => s.n_months))')} as previous_due,
    to_char(p.start, 'YYYY') || case s.cadence
      when 'YEARLY' then ''
      when 'HALF_YEARLY' then '-H' || ((extract(month from p.start)::int - 1) / 6 + 1)
      when 'QUARTERLY' then '-Q' || ((extract(month from p.start)::int - 1) / 3 + 1)
      else to_char(p.start, '-MM') end as period_key
  from shaped s
  cross join lateral generate_series(
    greatest(${periodStart(from, 's.n_months')}, ${periodStart('s.first_day', 's.n_months')})::timestamp,
    least(${periodStart(to, 's.n_months')},
      coalesce(${periodStart('s.last_day', 's.n_months')}, ${periodStart(to, 's.n_months')}))::timestamp,
    make_interval(months => s.n_months)) as p(start)
), candidate as (
  -- The owing bodies' reports on the duties' documents, uncorrected, by the day.
  select pr.id, pr.task_id, pr.organization_id, pr.reported_on, pr.period, rt.directive_id
  from public.progress_report pr
  join public.task rt on rt.tenant_id = pr.tenant_id and rt.id = pr.task_id
  where pr.tenant_id = ${tenant} and pr.reported_on <= ${asOf}
    and (pr.organization_id, rt.directive_id) in (select org_id, directive_id from duty)
    and not exists (select 1 from public.progress_report c
      where c.tenant_id = pr.tenant_id and c.corrects_id = pr.id)
), answered as (
  -- The earliest report answering each period: one join, not a probe per period.
  select distinct on (e.n) e.n, c.reported_on
  from owed e
  join candidate c on c.organization_id = e.org_id and c.directive_id = e.directive_id
    and (e.task_id is null or c.task_id = e.task_id)
    and (c.period = e.period_key
      or ((c.period is null or ${d.keyCadence('c.period')} <> e.cadence)
        and c.reported_on > e.previous_due and c.reported_on <= e.due))
  where e.due between ${from} and ${to}
  order by e.n, c.reported_on, c.id
), judged as (
  select e.*,
    case when a.reported_on is not null then
        case when a.reported_on <= e.due then 'RECEIVED' else 'RECEIVED_LATE' end
      when ${asOf} > e.due then 'MISSING' else 'NOT_YET_DUE' end as status
  from owed e left join answered a on a.n = e.n
  where e.due between ${from} and ${to}
)`
}
