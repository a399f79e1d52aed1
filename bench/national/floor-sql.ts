/**
 * The SQL floor's statements for each question, with the same rows the GraphQL documents ask
 * for, over any way of running a statement: the floor runs them through its pool as the owner
 * with an explicit tenant (`floorQueries`, in the bench process), the bare HTTP floor
 * (http-floor-server.ts) on one pooled client inside a transaction fenced as chidao fences its
 * own (`floorSql`), so the two cannot drift apart.
 */
import { randomBytes } from 'node:crypto'
import { MISSING_REPORTS_FLOOR_SQL } from './floor-missing-reports.js'
import { floorOverdueSql } from './floor-overdue.js'
import { AS_OF } from './generate.js'
import { type Fixture, HALF_YEAR } from './questions.js'

/** Runs one statement: `pg`'s `query(text, params)` of a pool or a client. */
// biome-ignore lint/suspicious/noExplicitAny: rows as `pg` returns them
export type SqlRun = (text: string, params: unknown[]) => Promise<{ rows: any[] }>

/** A progress report to write (question 5): the task, the body reporting, figure and text. */
export interface FloorReport {
  taskId: string
  organizationCode: string
  percent: number
  narrative: string
  idempotencyKey: string
  idempotencyKeyOwner: string
}

/**
 * The floor's statements, each question a function of its parameters. `calendarRun` is for
 * question 6's calendar, to run without JIT (as chidao's calendar and PostGraphile's run).
 */
export function floorSql(run: SqlRun, calendarRun: SqlRun = run) {
  const urge = async (t: string, organizationId: string, asOf: string) => {
    const where = `t.tenant_id = $1 and t.lead_id in (select id from sub)
      and ${floorOverdueSql('t', '$3::date')}`
    const sub = `with recursive sub(id) as (select $2::uuid union all
      select o.id from organization o join sub on o.tenant_id = $1 and o.parent_id = sub.id)`
    const page = await run(
      `${sub} select t.id, t.reference, t.title, t.deadline_due, d.symbol_text, l.name as lead
       from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
       join organization l on l.tenant_id = t.tenant_id and l.id = t.lead_id
       where ${where} order by t.deadline_due, t.id limit 51`,
      [t, organizationId, asOf],
    )
    const total = await run(`${sub} select count(*) from task t where ${where}`, [
      t,
      organizationId,
      asOf,
    ])
    const ids = page.rows.slice(0, 50).map((r) => r.id as string)
    const [coordinators, reports] = await Promise.all([
      run(
        `select c.task_id, o.name from task_coordinator c
         join organization o on o.tenant_id = c.tenant_id and o.id = c.organization_id
         where c.tenant_id = $1 and c.task_id = any($2::uuid[]) order by c.task_id, c.position`,
        [t, ids],
      ),
      run(
        `select task_id, reported_on, percent, narrative from progress_report
         where tenant_id = $1 and task_id = any($2::uuid[]) order by task_id, reported_on, created_at`,
        [t, ids],
      ),
    ])
    return { total: Number(total.rows[0].count), ids, page, coordinators, reports }
  }
  const scorecard = (t: string, organizationId: string, asOf: string) =>
    run(
      `with recursive sub(id) as (select $2::uuid union all
         select o.id from organization o join sub on o.tenant_id = $1 and o.parent_id = sub.id),
       facts as (
         select t.lead_id, t.status, t.deadline_due, t.completed_on,
           ${floorOverdueSql('t', '$3::date')} as overdue_now,
           (select r.percent from progress_report r where r.tenant_id = t.tenant_id
              and r.task_id = t.id and r.percent is not null
            order by r.reported_on desc limit 1) as latest
         from task t where t.tenant_id = $1 and t.lead_id in (select id from sub))
       select o.code, o.name,
         count(*) filter (where status <> 'CANCELLED') as total,
         count(*) filter (where status = 'CANCELLED') as cancelled,
         count(*) filter (where status = 'COMPLETED' and completed_on <= $3::date
           and (deadline_due is null or completed_on <= deadline_due)) as on_time,
         count(*) filter (where status = 'COMPLETED' and completed_on <= $3::date
           and completed_on > deadline_due) as late,
         count(*) filter (where overdue_now) as overdue,
         count(*) filter (where status not in ('CANCELLED') and deadline_due <= $3::date) as due,
         avg(case when status = 'COMPLETED' then 100 else latest end) as progress
       from facts join organization o on o.tenant_id = $1 and o.id = facts.lead_id
       group by o.code, o.name order by o.code`,
      [t, organizationId, asOf],
    )
  const chain = (t: string, symbol: string) =>
    run(
      `with recursive root as (select id from directive where tenant_id = $1 and symbol_text = $2),
       up(id, depth) as (select id, 0 from root union all
         select r.target_id, up.depth + 1 from directive_relation r join up
           on r.tenant_id = $1 and r.source_id = up.id and r.type in ('IMPLEMENTS', 'CONTINUES')),
       down(id, depth) as (select id, 0 from root union all
         select r.source_id, down.depth + 1 from directive_relation r join down
           on r.tenant_id = $1 and r.target_id = down.id and r.type in ('IMPLEMENTS', 'CONTINUES')),
       docs as (select id, depth from up union select id, -depth from down)
       select d.symbol_text, d.title, docs.depth,
         (select count(*) from task t where t.tenant_id = $1 and t.directive_id = d.id) as tasks
       from docs join directive d on d.tenant_id = $1 and d.id = docs.id order by docs.depth`,
      [t, symbol],
    )
  const nodes = async (t: string, taskIds: readonly string[]) => {
    const tasks = await run(
      `select t.id, t.reference, t.title, t.status, l.code, l.name, d.symbol_text
       from task t join organization l on l.tenant_id = t.tenant_id and l.id = t.lead_id
       join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
       where t.tenant_id = $1 and t.id = any($2::uuid[])`,
      [t, taskIds],
    )
    const [coordinators, reports] = await Promise.all([
      run(
        `select c.task_id, o.code, o.name from task_coordinator c
         join organization o on o.tenant_id = c.tenant_id and o.id = c.organization_id
         where c.tenant_id = $1 and c.task_id = any($2::uuid[]) order by c.task_id, c.position`,
        [t, taskIds],
      ),
      run(
        `select r.task_id, r.reported_on, r.percent, o.code, o.name from progress_report r
         join organization o on o.tenant_id = r.tenant_id and o.id = r.organization_id
         where r.tenant_id = $1 and r.task_id = any($2::uuid[]) order by r.task_id, r.reported_on`,
        [t, taskIds],
      ),
    ])
    return { tasks, coordinators, reports }
  }
  const write = (t: string, reportedOn: string, r: FloorReport) =>
    run(
      `insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent,
         narrative, idempotency_key, idempotency_key_owner)
       select $1, $2, $3::date, o.id, $6, $7, $4, $8
       from organization o where o.tenant_id = $1 and o.code = $5
       returning id, percent`,
      [
        t,
        r.taskId,
        reportedOn,
        r.idempotencyKey,
        r.organizationCode,
        r.percent,
        r.narrative,
        r.idempotencyKeyOwner,
      ],
    )
  const missingReports = (
    t: string,
    organizationId: string,
    from: string,
    to: string,
    asOf: string,
  ) => calendarRun(MISSING_REPORTS_FLOOR_SQL, [t, organizationId, from, to, asOf])
  return { urge, scorecard, chain, nodes, write, missingReports } as const
}

/**
 * The SQL floor in the bench process: each question with a fixture's parameters, on `pool`
 * (as the owner: no row-level security) and, for question 6, on `calendarPool` (no JIT).
 */
export function floorQueries(pool: { query: SqlRun }, calendarPool: { query: SqlRun }, f: Fixture) {
  const sql = floorSql(
    (text, params) => pool.query(text, params),
    (text, params) => calendarPool.query(text, params),
  )
  const t = f.tenantId
  const urge = () => sql.urge(t, f.organizationId, AS_OF)
  const scorecard = () => sql.scorecard(t, f.organizationId, AS_OF)
  const write = (i: number) =>
    sql.write(t, AS_OF, {
      taskId: f.openTaskIds[i % f.openTaskIds.length]!,
      organizationCode: 'UBND-TINH',
      percent: 50,
      narrative: 'Báo cáo đo hiệu năng (floor)',
      idempotencyKey: `floor-${process.pid}-${i}-${randomBytes(4).toString('hex')}`,
      idempotencyKeyOwner: 'bench:floor',
    })
  return {
    q1: urge,
    q2: scorecard,
    q3: () => sql.chain(t, f.chainSymbol),
    q4: () => sql.nodes(t, f.taskIds),
    q5: (i: number) => (i % 3 === 0 ? write(i) : i % 3 === 1 ? urge() : scorecard()),
    q6: () => sql.missingReports(t, f.organizationId, HALF_YEAR.from, HALF_YEAR.to, AS_OF),
  } as const
}
