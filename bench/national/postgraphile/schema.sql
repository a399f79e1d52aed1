-- Bench only: what a team serving chidao's tables with PostGraphile would add for the six
-- questions, in a schema of its own (`chidao_pg`) beside chidao's `public`. PostGraphile
-- exposes each function as a field. Every function is `language sql`, `stable` (`immutable` for
-- the date helpers of question 6), and runs as the
-- caller (no security definer), so the same row-level security fences it: the tenant, the
-- clearance and the role come from the transaction's settings, set by PostGraphile's
-- `pgSettings` exactly as chidao sets them.
create schema chidao_pg;
grant usage on schema chidao_pg to chidao_app;

-- An organisation and every organisation below it (not exposed: a helper).
create function chidao_pg.subtree(root uuid) returns setof uuid
language sql stable as $$
  with recursive sub(id) as (
    select root
    union all
    select o.id from public.organization o join sub on o.parent_id = sub.id
    where o.tenant_id = current_setting('chidao.tenant_id', true)
  )
  select id from sub
$$;
comment on function chidao_pg.subtree(uuid) is E'@behavior -*';

-- Whether a task is overdue on a day, as chidao judges it (packages/db timeliness-sql.ts): open
-- (not cancelled, not completed by then) and past its due day; a recurring task ("Hằng năm")
-- when its latest period due by then has no report — one naming that period, or naming none and
-- dated after the previous period's due day and by this one's. chidao's own SQL helpers of
-- migration 0012 (`public.chidao_latest_due_period`, `public.chidao_period_due`) compute the
-- periods. Not exposed.
create function chidao_pg.task_overdue(t public.task, as_of date) returns boolean
language sql stable as $$
  select t.status <> 'CANCELLED' and not (t.status = 'COMPLETED' and t.completed_on <= as_of)
    and case when t.deadline_kind = 'RECURRING' then coalesce((
      select as_of > public.chidao_period_due(l.p, l.m, t.deadline_due_month, t.deadline_due_day)
        and not exists (select 1 from public.progress_report pr
          where pr.tenant_id = t.tenant_id and pr.task_id = t.id and pr.reported_on <= as_of
            and case when pr.period ~ (case l.m when 1 then '^[0-9]{4}-[0-9]{2}$'
                when 3 then '^[0-9]{4}-Q[1-4]$' when 6 then '^[0-9]{4}-H[12]$' else '^[0-9]{4}$' end)
              then pr.period = (l.p * l.m / 12)::text || case l.m when 12 then ''
                when 6 then '-H' || ((l.p * l.m % 12) / 6 + 1)
                when 3 then '-Q' || ((l.p * l.m % 12) / 3 + 1)
                else '-' || lpad(((l.p * l.m % 12) + 1)::text, 2, '0') end
              else pr.reported_on > public.chidao_period_due(l.p - 1, l.m, t.deadline_due_month,
                  t.deadline_due_day)
                and pr.reported_on <= public.chidao_period_due(l.p, l.m, t.deadline_due_month,
                  t.deadline_due_day) end)
      from (select m.m, public.chidao_latest_due_period(m.m, t.deadline_due_month,
          t.deadline_due_day, t.deadline_start, t.deadline_end, as_of) as p
        from (select case t.deadline_cadence when 'MONTHLY' then 1 when 'QUARTERLY' then 3
          when 'HALF_YEARLY' then 6 else 12 end as m) m) l
      where l.p is not null), false)
    else t.deadline_due < as_of end
$$;
comment on function chidao_pg.task_overdue(public.task, date) is E'@behavior -*';

-- 1. Urge list: overdue tasks led by an organisation or its subtree as of a day, by due date.
create function chidao_pg.urge_list(organization_id uuid, as_of date) returns setof public.task
language sql stable as $$
  select t.* from public.task t
  where t.tenant_id = current_setting('chidao.tenant_id', true)
    and t.lead_id in (select chidao_pg.subtree(organization_id))
    and chidao_pg.task_overdue(t, as_of)
  order by t.deadline_due, t.id
$$;

-- The latest reported figure of a task, 100 once completed (chidao's `Task.progress`).
create function public.task_progress(t public.task) returns numeric
language sql stable as $$
  select case when t.status = 'COMPLETED' then 100 else (
    select r.percent from public.progress_report r
    where r.tenant_id = t.tenant_id and r.task_id = t.id and r.percent is not null
    order by r.reported_on desc, r.created_at desc limit 1) end
$$;

-- 2. Scorecard: one line per lead organisation of the subtree and one line for the whole
-- (organization_id null), counts by timeliness, on-time rate over both denominators and the
-- average progress (latest reported figure of each open task, 100 for completed tasks).
create type chidao_pg.scorecard_line as (
  organization_id uuid,
  code text,
  name text,
  total bigint,
  overdue bigint,
  in_progress bigint,
  completed_on_time bigint,
  completed_late bigint,
  cancelled bigint,
  due_by_date bigint,
  on_time_rate_all_assigned numeric,
  on_time_rate_due_by_date numeric,
  progress numeric
);
create function chidao_pg.scorecard(organization_id uuid, as_of date)
returns setof chidao_pg.scorecard_line
language sql stable as $$
  with facts as (
    select t.lead_id, t.status, t.deadline_due, t.completed_on,
      chidao_pg.task_overdue(t, as_of) as overdue_now,
      (select r.percent from public.progress_report r
        where r.tenant_id = t.tenant_id and r.task_id = t.id and r.percent is not null
        order by r.reported_on desc limit 1) as latest
    from public.task t
    where t.tenant_id = current_setting('chidao.tenant_id', true)
      and t.lead_id in (select chidao_pg.subtree(organization_id))
  ), lines as (
    select f.lead_id,
      count(*) filter (where status <> 'CANCELLED') as total,
      count(*) filter (where overdue_now) as overdue,
      count(*) filter (where status not in ('CANCELLED', 'COMPLETED') and not overdue_now)
        as in_progress,
      count(*) filter (where status = 'COMPLETED' and completed_on <= as_of
        and (deadline_due is null or completed_on <= deadline_due)) as completed_on_time,
      count(*) filter (where status = 'COMPLETED' and completed_on <= as_of
        and completed_on > deadline_due) as completed_late,
      count(*) filter (where status = 'CANCELLED') as cancelled,
      count(*) filter (where status <> 'CANCELLED' and deadline_due <= as_of) as due_by_date,
      avg(case when status = 'COMPLETED' then 100 else latest end)
        filter (where status <> 'CANCELLED') as progress
    from facts f
    group by grouping sets ((f.lead_id), ())
  )
  select l.lead_id, o.code, o.name, l.total, l.overdue, l.in_progress, l.completed_on_time,
    l.completed_late, l.cancelled, l.due_by_date,
    round(100.0 * l.completed_on_time / nullif(l.total, 0), 1),
    round(100.0 * l.completed_on_time / nullif(l.due_by_date, 0), 1),
    round(l.progress, 1)
  from lines l left join public.organization o
    on o.tenant_id = current_setting('chidao.tenant_id', true) and o.id = l.lead_id
  order by l.lead_id is not null, o.code
$$;

-- 3. Chain: a directive by its symbol, what it implements or continues up to the root, and
-- every document implementing or continuing it (computed columns of `directive`).
create function chidao_pg.directive_by_symbol(symbol text) returns public.directive
language sql stable as $$
  select d.* from public.directive d
  where d.tenant_id = current_setting('chidao.tenant_id', true) and d.symbol_text = symbol
  order by d.issued_on limit 1
$$;
create function public.directive_implementation_chain(d public.directive)
returns setof public.directive
language sql stable as $$
  -- One path, as chidao walks it: at each step IMPLEMENTS before CONTINUES, then the earlier
  -- relation, then the smaller id; at most 100 steps.
  with recursive chain(id, depth) as (
    select next.target_id, 1 from (
      select r.target_id from public.directive_relation r
      where r.tenant_id = d.tenant_id and r.source_id = d.id and r.type in ('IMPLEMENTS', 'CONTINUES')
      order by (r.type = 'CONTINUES'), r.effective_on, r.target_id limit 1
    ) next
    union all
    select next.target_id, chain.depth + 1 from chain join lateral (
      select r.target_id from public.directive_relation r
      where r.tenant_id = d.tenant_id and r.source_id = chain.id and r.type in ('IMPLEMENTS', 'CONTINUES')
      order by (r.type = 'CONTINUES'), r.effective_on, r.target_id limit 1
    ) next on true
    where chain.depth < 100
  )
  select x.* from chain join public.directive x on x.tenant_id = d.tenant_id and x.id = chain.id
  order by chain.depth
$$;
create function public.directive_implemented_by(d public.directive)
returns setof public.directive
language sql stable as $$
  with recursive down(id, depth) as (
    select r.source_id, 1 from public.directive_relation r
    where r.tenant_id = d.tenant_id and r.target_id = d.id and r.type in ('IMPLEMENTS', 'CONTINUES')
    union
    select r.source_id, down.depth + 1 from public.directive_relation r join down
      on r.tenant_id = d.tenant_id and r.target_id = down.id and r.type in ('IMPLEMENTS', 'CONTINUES')
  )
  select x.* from public.directive x join (select id, min(depth) as depth from down group by id) u
    on x.tenant_id = d.tenant_id and x.id = u.id
  order by u.depth, x.id
$$;

-- 4. Node fan-out: tasks by id (PostGraphile has `node(nodeId:)` for one, no list form).
create function chidao_pg.tasks_by_ids(ids uuid[]) returns setof public.task
language sql stable as $$
  select t.* from public.task t
  where t.tenant_id = current_setting('chidao.tenant_id', true) and t.id = any(ids)
$$;

-- 6. Missing reports: the reporting calendar written in SQL. Every body leading a task owes a
-- report per period of the task's reporting duty (from the document's issue to the task's
-- completion), and per period of each cadence of the document's reporting rule; a period is
-- due on the day the rule sets, else the 14th of its last month for a State document (decree
-- 09/2019/NĐ-CP), else its last day. It is answered by the owing body's earliest report, by
-- `as_of`, on the task (or on any task of the document) that names the period, or names none
-- (or another cadence's) and falls after the previous period's due day and by its own;
-- corrected reports left out; matched by one join of the periods with those reports, as
-- chidao's calendar does. RECEIVED / RECEIVED_LATE / MISSING / NOT_YET_DUE as chidao
-- judges them. Helpers first (not exposed).
create function chidao_pg.period_start(day date, n_months int) returns date
language sql immutable as $$
  select make_date(extract(year from day)::int,
    ((extract(month from day)::int - 1) / n_months) * n_months + 1, 1)
$$;
comment on function chidao_pg.period_start(date, int) is E'@behavior -*';

create function chidao_pg.period_due(start date, n_months int, due_month int, due_day int)
returns date
language sql immutable as $$
  select case when due_month is null
    then (start + make_interval(months => n_months) - interval '1 day')::date
    else date_trunc('month', start + make_interval(months => due_month - 1))::date
      + least(due_day, extract(day from date_trunc('month', start
          + make_interval(months => due_month)) - interval '1 day')::int) - 1
  end
$$;
comment on function chidao_pg.period_due(date, int, int, int) is E'@behavior -*';

-- The cadence of the period a report names (`2026`, `2026-H1`, `2026-Q3`, `2026-04`).
create function chidao_pg.key_cadence(key text) returns text
language sql immutable as $$
  select case when key is null then null when key like '%-H%' then 'HALF_YEARLY'
    when key like '%-Q%' then 'QUARTERLY' when key like '%-%' then 'MONTHLY' else 'YEARLY' end
$$;
comment on function chidao_pg.key_cadence(text) is E'@behavior -*';

create type chidao_pg.expected_report as (
  organization_id uuid,
  directive_id uuid,
  task_id uuid,
  cadence text,
  period_key text,
  due date,
  status text
);
comment on type chidao_pg.expected_report is E'@behavior -*';

create function chidao_pg.expected_reports(organization_id uuid, from_day date, to_day date,
  as_of date)
returns setof chidao_pg.expected_report
language sql stable as $$
  with scope as (
    select chidao_pg.subtree(organization_id) as id
  ), duty as (
    select t.lead_id as org_id, t.directive_id, t.id as task_id, t.reporting_cadence as cadence,
      d.issued_on as first_day, case when t.status = 'COMPLETED' then t.completed_on end as last_day,
      d.reporting_due_days as due_days, d.symbol_system
    from public.task t
    join public.directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
    where t.tenant_id = current_setting('chidao.tenant_id', true)
      and t.reporting_cadence is not null and t.status <> 'CANCELLED'
      and t.lead_id in (select id from scope)
    union all
    select l.lead_id, d.id, null::uuid, c.cadence, d.issued_on, null::date, d.reporting_due_days,
      d.symbol_system
    from public.directive d
    cross join unnest(d.reporting_cadences) as c(cadence)
    join (select distinct lt.directive_id, lt.lead_id from public.task lt
          where lt.tenant_id = current_setting('chidao.tenant_id', true)
            and lt.status <> 'CANCELLED' and lt.lead_id in (select id from scope)) l
      on l.directive_id = d.id
    where d.tenant_id = current_setting('chidao.tenant_id', true)
      and d.reporting_cadences is not null
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
      chidao_pg.period_due(p.start::date, s.n_months, s.due_month, s.due_day) as due,
      chidao_pg.period_due((p.start - make_interval(months => s.n_months))::date, s.n_months,
        s.due_month, s.due_day) as previous_due,
      to_char(p.start, 'YYYY') || case s.cadence
        when 'YEARLY' then ''
        when 'HALF_YEARLY' then '-H' || ((extract(month from p.start)::int - 1) / 6 + 1)
        when 'QUARTERLY' then '-Q' || ((extract(month from p.start)::int - 1) / 3 + 1)
        else to_char(p.start, '-MM') end as period_key
    from shaped s
    cross join lateral generate_series(
      greatest(chidao_pg.period_start(from_day, s.n_months),
        chidao_pg.period_start(s.first_day, s.n_months))::timestamp,
      least(chidao_pg.period_start(to_day, s.n_months),
        coalesce(chidao_pg.period_start(s.last_day, s.n_months),
          chidao_pg.period_start(to_day, s.n_months)))::timestamp,
      make_interval(months => s.n_months)) as p(start)
  ), candidate as (
    -- The owing bodies' reports on the duties' documents, uncorrected, by the day.
    select pr.id, pr.task_id, pr.organization_id, pr.reported_on, pr.period, rt.directive_id
    from public.progress_report pr
    join public.task rt on rt.tenant_id = pr.tenant_id and rt.id = pr.task_id
    where pr.tenant_id = current_setting('chidao.tenant_id', true) and pr.reported_on <= as_of
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
        or ((c.period is null or chidao_pg.key_cadence(c.period) <> e.cadence)
          and c.reported_on > e.previous_due and c.reported_on <= e.due))
    where e.due between from_day and to_day
    order by e.n, c.reported_on, c.id
  )
  select e.org_id, e.directive_id, e.task_id, e.cadence, e.period_key, e.due,
    case when a.reported_on is not null then
        case when a.reported_on <= e.due then 'RECEIVED' else 'RECEIVED_LATE' end
      when as_of > e.due then 'MISSING' else 'NOT_YET_DUE' end
  from owed e
  left join answered a on a.n = e.n
  where e.due between from_day and to_day
$$;
comment on function chidao_pg.expected_reports(uuid, date, date, date) is E'@behavior -*';

-- The list "đơn vị chưa báo cáo": the expected reports missing on `as_of`, with the names.
create type chidao_pg.missing_report as (
  organization_id uuid,
  organization_code text,
  organization_name text,
  directive_symbol text,
  task_reference text,
  cadence text,
  period_key text,
  due date,
  status text
);
create function chidao_pg.missing_reports(organization_id uuid, from_day date, to_day date,
  as_of date)
returns setof chidao_pg.missing_report
language sql stable
-- As chidao's calendar: without it PostgreSQL JIT-compiles the calendar (its estimate of the
-- periods per duty is far too high), which costs seconds per call.
set jit = off as $$
  select e.organization_id, o.code, o.name, d.symbol_text, t.reference, e.cadence,
    e.period_key, e.due, e.status
  from chidao_pg.expected_reports(organization_id, from_day, to_day, as_of) e
  join public.organization o
    on o.tenant_id = current_setting('chidao.tenant_id', true) and o.id = e.organization_id
  join public.directive d
    on d.tenant_id = current_setting('chidao.tenant_id', true) and d.id = e.directive_id
  left join public.task t
    on t.tenant_id = current_setting('chidao.tenant_id', true) and t.id = e.task_id
  where e.status = 'MISSING'
  order by e.due, o.code, d.symbol_text, t.reference nulls first, e.cadence
$$;

-- The totals per organisation owing a report in the scope, whatever the status.
create type chidao_pg.reporting_total as (
  organization_id uuid,
  organization_code text,
  organization_name text,
  received bigint,
  received_late bigint,
  missing bigint,
  not_yet_due bigint
);
create function chidao_pg.reporting_totals(organization_id uuid, from_day date, to_day date,
  as_of date)
returns setof chidao_pg.reporting_total
language sql stable
set jit = off as $$
  select e.organization_id, o.code, o.name,
    count(*) filter (where e.status = 'RECEIVED'),
    count(*) filter (where e.status = 'RECEIVED_LATE'),
    count(*) filter (where e.status = 'MISSING'),
    count(*) filter (where e.status = 'NOT_YET_DUE')
  from chidao_pg.expected_reports(organization_id, from_day, to_day, as_of) e
  join public.organization o
    on o.tenant_id = current_setting('chidao.tenant_id', true) and o.id = e.organization_id
  group by e.organization_id, o.code, o.name
  order by o.code
$$;

grant execute on all functions in schema chidao_pg to chidao_app;
