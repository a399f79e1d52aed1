-- Bench only: what a team serving chidao's tables with PostGraphile would add for the five
-- questions, in a schema of its own (`chidao_pg`) beside chidao's `public`. PostGraphile
-- exposes each function as a field. Every function is `language sql stable` and runs as the
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

-- 1. Urge list: overdue tasks led by an organisation or its subtree as of a day, by due date.
create function chidao_pg.urge_list(organization_id uuid, as_of date) returns setof public.task
language sql stable as $$
  select t.* from public.task t
  where t.tenant_id = current_setting('chidao.tenant_id', true)
    and t.lead_id in (select chidao_pg.subtree(organization_id))
    and t.status <> 'CANCELLED'
    and not (t.status = 'COMPLETED' and t.completed_on <= as_of)
    and t.deadline_due < as_of
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
      (select r.percent from public.progress_report r
        where r.tenant_id = t.tenant_id and r.task_id = t.id and r.percent is not null
        order by r.reported_on desc limit 1) as latest
    from public.task t
    where t.tenant_id = current_setting('chidao.tenant_id', true)
      and t.lead_id in (select chidao_pg.subtree(organization_id))
  ), lines as (
    select f.lead_id,
      count(*) filter (where status <> 'CANCELLED') as total,
      count(*) filter (where status not in ('CANCELLED', 'COMPLETED') and deadline_due < as_of
        or status = 'COMPLETED' and completed_on > as_of and deadline_due < as_of) as overdue,
      count(*) filter (where status not in ('CANCELLED', 'COMPLETED')
        and (deadline_due is null or deadline_due >= as_of)) as in_progress,
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

grant execute on all functions in schema chidao_pg to chidao_app;
