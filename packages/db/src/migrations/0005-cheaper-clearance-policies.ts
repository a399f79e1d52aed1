import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// The clearance policies of 0004, made cheap to evaluate without changing what they allow.
//
// 1. The reader's clearance rank is computed once per statement (an InitPlan, `(select …)`)
//    instead of once per row.
// 2. Reports, events, coordinators, relations and assessments no longer look up their task
//    or directive row by row. Each statement asks once for the few ids hidden from the reader
//    (secret documents and their tasks are rare; a partial index finds them) and keeps the
//    rows whose parent is not among them. The functions run as the owner so that they can see
//    what they hide, and read the tenant and clearance of the calling transaction.

const CLEARANCE = sql`chidao_secrecy_rank(secrecy) <= (select chidao_clearance_rank())`
// The cast makes `<> all (…)` read one array, not the rows of a subquery.
const HIDDEN_TASKS = sql`(select chidao_hidden_task_ids())::uuid[]`
const HIDDEN_DIRECTIVES = sql`(select chidao_hidden_directive_ids())::uuid[]`

function newPolicies(): [string, ReturnType<typeof sql>][] {
  return [
    ['directive', CLEARANCE],
    ['task', CLEARANCE],
    ['task_coordinator', sql`task_id <> all (${HIDDEN_TASKS})`],
    ['task_event', sql`task_id <> all (${HIDDEN_TASKS})`],
    ['progress_report', sql`task_id <> all (${HIDDEN_TASKS})`],
    [
      'directive_relation',
      sql`source_id <> all (${HIDDEN_DIRECTIVES}) and target_id <> all (${HIDDEN_DIRECTIVES})`,
    ],
    [
      'assessment',
      sql`(subject_directive_id is null or subject_directive_id <> all (${HIDDEN_DIRECTIVES}))
        and (subject_task_id is null or subject_task_id <> all (${HIDDEN_TASKS}))`,
    ],
  ]
}

// The policies of 0004, for `down`.
function oldPolicies(): [string, ReturnType<typeof sql>][] {
  const rank = sql`chidao_secrecy_rank(secrecy) <= chidao_clearance_rank()`
  const taskExists = (table: string) =>
    sql`exists (select 1 from task t where t.tenant_id = ${sql.table(table)}.tenant_id and t.id = ${sql.table(table)}.task_id)`
  return [
    ['directive', rank],
    ['task', rank],
    ['task_coordinator', taskExists('task_coordinator')],
    ['task_event', taskExists('task_event')],
    ['progress_report', taskExists('progress_report')],
    [
      'directive_relation',
      sql`exists (select 1 from directive d where d.tenant_id = directive_relation.tenant_id and d.id = directive_relation.source_id)
        and exists (select 1 from directive d where d.tenant_id = directive_relation.tenant_id and d.id = directive_relation.target_id)`,
    ],
    [
      'assessment',
      sql`(subject_directive_id is null or exists (select 1 from directive d where d.tenant_id = assessment.tenant_id and d.id = assessment.subject_directive_id))
        and (subject_task_id is null or exists (select 1 from task t where t.tenant_id = assessment.tenant_id and t.id = assessment.subject_task_id))`,
    ],
  ]
}

async function alterPolicies(
  db: Kysely<any>,
  policies: [string, ReturnType<typeof sql>][],
): Promise<void> {
  for (const [table, condition] of policies) {
    await sql`alter policy clearance on ${sql.table(table)} using (${condition}) with check (${condition})`.execute(
      db,
    )
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index directive_secrecy_idx on directive (tenant_id, secrecy) where secrecy <> 'PUBLIC'`.execute(
    db,
  )
  for (const table of ['task', 'directive']) {
    await sql`
      create function ${sql.raw(`chidao_hidden_${table}_ids`)}() returns uuid[]
      language sql stable security definer set search_path = public as $$
        select coalesce(array_agg(id), '{}') from ${sql.raw(table)}
        where tenant_id = current_setting('chidao.tenant_id', true)
          and secrecy <> 'PUBLIC'
          and chidao_secrecy_rank(secrecy) > chidao_clearance_rank()
      $$`.execute(db)
  }
  await alterPolicies(db, newPolicies())
}

export async function down(db: Kysely<any>): Promise<void> {
  await alterPolicies(db, oldPolicies())
  await sql`drop function chidao_hidden_directive_ids()`.execute(db)
  await sql`drop function chidao_hidden_task_ids()`.execute(db)
  await sql`drop index directive_secrecy_idx`.execute(db)
}
