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
-- periods. The body is the SQL floor's own test (`floor-overdue.ts`), put in place by
-- `postgraphile-schema.ts` before this file runs. Not exposed.
create function chidao_pg.task_overdue(t public.task, as_of date) returns boolean
language sql stable as $$
  select {{TASK_OVERDUE}}
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
-- judges them. The calendar is the SQL floor's own (`reporting-calendar-sql.ts`), put in place
-- by `postgraphile-schema.ts` with the helpers below. Helpers first (not exposed).
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
  ), {{REPORTING_CALENDAR}}
  select e.org_id, e.directive_id, e.task_id, e.cadence, e.period_key, e.due, e.status
  from judged e
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
