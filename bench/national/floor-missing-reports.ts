/**
 * The SQL floor of question 6 (missing reports of an organisation's subtree for a half-year):
 * the reporting calendar computed ONCE in one statement, as the table owner with an explicit
 * tenant (no row-level security, no GraphQL, no JSON), returning both the list of reports
 * missing on the day and the totals per organisation — rows of kind `missing` and `total`.
 * The rules are those of `postgraphile/schema.sql` (`chidao_pg.expected_reports`) and of
 * chidao's calendar; the benchmark checks the three give the same answer before timing.
 *
 * Parameters: `$1` tenant, `$2` organisation, `$3` from, `$4` to, `$5` as of.
 */

/** Start of the period of `months` months holding `day`. */
const periodStart = (day: string, months: string) =>
  `make_date(extract(year from ${day})::int, ((extract(month from ${day})::int - 1) / ${months}) * ${months} + 1, 1)`

/** Due day of the period starting on `start` (the row's due month and day, else its end). */
const dueOf = (start: string) => `(case when s.due_month is null
    then (${start} + make_interval(months => s.n_months) - interval '1 day')::date
    else date_trunc('month', ${start} + make_interval(months => s.due_month - 1))::date
      + least(s.due_day, extract(day from date_trunc('month', ${start}
          + make_interval(months => s.due_month)) - interval '1 day')::int) - 1 end)`

export const MISSING_REPORTS_FLOOR_SQL = `
with recursive scope(id) as (
  select $2::uuid
  union all
  select o.id from organization o join scope on o.tenant_id = $1 and o.parent_id = scope.id
), duty as (
  select t.lead_id as org_id, t.directive_id, t.id as task_id, t.reporting_cadence as cadence,
    d.issued_on as first_day, case when t.status = 'COMPLETED' then t.completed_on end as last_day,
    d.reporting_due_days as due_days, d.symbol_system
  from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
  where t.tenant_id = $1 and t.reporting_cadence is not null and t.status <> 'CANCELLED'
    and t.lead_id in (select id from scope)
  union all
  select l.lead_id, d.id, null::uuid, c.cadence, d.issued_on, null::date, d.reporting_due_days,
    d.symbol_system
  from directive d
  cross join unnest(d.reporting_cadences) as c(cadence)
  join (select distinct lt.directive_id, lt.lead_id from task lt
        where lt.tenant_id = $1 and lt.status <> 'CANCELLED' and lt.lead_id in (select id from scope)) l
    on l.directive_id = d.id
  where d.tenant_id = $1 and d.reporting_cadences is not null
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
    greatest(${periodStart('$3::date', 's.n_months')}, ${periodStart('s.first_day', 's.n_months')})::timestamp,
    least(${periodStart('$4::date', 's.n_months')},
      coalesce(${periodStart('s.last_day', 's.n_months')}, ${periodStart('$4::date', 's.n_months')}))::timestamp,
    make_interval(months => s.n_months)) as p(start)
), candidate as (
  select pr.id, pr.task_id, pr.organization_id, pr.reported_on, pr.period, rt.directive_id
  from progress_report pr join task rt on rt.tenant_id = pr.tenant_id and rt.id = pr.task_id
  where pr.tenant_id = $1 and pr.reported_on <= $5::date
    and (pr.organization_id, rt.directive_id) in (select org_id, directive_id from duty)
    and not exists (select 1 from progress_report c
      where c.tenant_id = pr.tenant_id and c.corrects_id = pr.id)
), answered as (
  select distinct on (e.n) e.n, c.reported_on
  from owed e
  join candidate c on c.organization_id = e.org_id and c.directive_id = e.directive_id
    and (e.task_id is null or c.task_id = e.task_id)
    and (c.period = e.period_key
      or ((c.period is null or (case when c.period like '%-H%' then 'HALF_YEARLY'
             when c.period like '%-Q%' then 'QUARTERLY' when c.period like '%-%' then 'MONTHLY'
             else 'YEARLY' end) <> e.cadence)
        and c.reported_on > e.previous_due and c.reported_on <= e.due))
  where e.due between $3::date and $4::date
  order by e.n, c.reported_on, c.id
), judged as (
  select e.*,
    case when a.reported_on is not null then
        case when a.reported_on <= e.due then 'RECEIVED' else 'RECEIVED_LATE' end
      when $5::date > e.due then 'MISSING' else 'NOT_YET_DUE' end as status
  from owed e left join answered a on a.n = e.n
  where e.due between $3::date and $4::date
)
select 'missing' as kind, o.code, o.name, d.symbol_text, t.reference, j.cadence, j.period_key,
  j.due::text as due, null::bigint as received, null::bigint as received_late,
  null::bigint as missing, null::bigint as not_yet_due
from judged j
join organization o on o.tenant_id = $1 and o.id = j.org_id
join directive d on d.tenant_id = $1 and d.id = j.directive_id
left join task t on t.tenant_id = $1 and t.id = j.task_id
where j.status = 'MISSING'
union all
select 'total', o.code, o.name, null, null, null, null, null,
  count(*) filter (where j.status = 'RECEIVED'),
  count(*) filter (where j.status = 'RECEIVED_LATE'),
  count(*) filter (where j.status = 'MISSING'),
  count(*) filter (where j.status = 'NOT_YET_DUE')
from judged j join organization o on o.tenant_id = $1 and o.id = j.org_id
group by o.code, o.name`
