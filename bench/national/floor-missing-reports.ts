/**
 * The SQL floor of question 6 (missing reports of an organisation's subtree for a half-year):
 * the reporting calendar computed ONCE in one statement, as the table owner with an explicit
 * tenant (no row-level security, no GraphQL, no JSON), returning both the list of reports
 * missing on the day and the totals per organisation — rows of kind `missing` and `total`.
 * The calendar is the one `chidao_pg.expected_reports` runs for PostGraphile
 * (`reporting-calendar-sql.ts`), with its date helpers written inline; the benchmark checks the
 * floor, PostGraphile and chidao's calendar give the same answer before timing.
 *
 * Parameters: `$1` tenant, `$2` organisation, `$3` from, `$4` to, `$5` as of.
 */

import { type ReportingCalendarDialect, reportingCalendarCtes } from './reporting-calendar-sql.js'

/** Start of the period of `months` months holding `day`. */
const periodStart = (day: string, months: string) =>
  `make_date(extract(year from ${day})::int, ((extract(month from ${day})::int - 1) / ${months}) * ${months} + 1, 1)`

/** Due day of the period starting on `start` (the row's due month and day, else its end). */
const dueOf = (start: string) => `(case when s.due_month is null
    then (${start} + make_interval(months => s.n_months) - interval '1 day')::date
    else date_trunc('month', ${start} + make_interval(months => s.due_month - 1))::date
      + least(s.due_day, extract(day from date_trunc('month', ${start}
          + make_interval(months => s.due_month)) - interval '1 day')::int) - 1 end)`

/** The floor's calendar: the parameters, and the date helpers inline (no function calls). */
const FLOOR_CALENDAR: ReportingCalendarDialect = {
  tenant: '$1',
  from: '$3::date',
  to: '$4::date',
  asOf: '$5::date',
  periodStart,
  dueOf,
  keyCadence: (key) => `(case when ${key} like '%-H%' then 'HALF_YEARLY'
             when ${key} like '%-Q%' then 'QUARTERLY' when ${key} like '%-%' then 'MONTHLY'
             else 'YEARLY' end)`,
}

export const MISSING_REPORTS_FLOOR_SQL = `
with recursive scope(id) as (
  select $2::uuid
  union all
  select o.id from organization o join scope on o.tenant_id = $1 and o.parent_id = scope.id
), ${reportingCalendarCtes(FLOOR_CALENDAR)}
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
