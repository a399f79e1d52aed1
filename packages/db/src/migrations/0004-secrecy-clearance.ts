import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// Secrecy (độ mật) is enforced by the database: a transaction sets `chidao.clearance`, and
// restrictive row-level policies hide every directive above it, its tasks, their reports,
// relations touching it and assessments of it. Tasks carry a copy of their directive's
// secrecy, kept in step by triggers, so that the common task queries filter on a column of
// their own rather than on a join.

const LEVELS = ['PUBLIC', 'MAT', 'TOI_MAT', 'TUYET_MAT']

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function chidao_secrecy_rank(level text) returns integer
    language sql immutable parallel safe as $$
      select case level when 'PUBLIC' then 0 when 'MAT' then 1 when 'TOI_MAT' then 2
        when 'TUYET_MAT' then 3 end
    $$`.execute(db)
  await sql`
    create function chidao_clearance_rank() returns integer
    language sql stable parallel safe as $$
      select coalesce(chidao_secrecy_rank(nullif(current_setting('chidao.clearance', true), '')), 0)
    $$`.execute(db)

  await sql`alter table task add column secrecy text not null default 'PUBLIC'
    check (secrecy in (${sql.join(LEVELS.map((l) => sql.lit(l)))}))`.execute(db)
  await sql`update task set secrecy = d.secrecy from directive d
    where d.tenant_id = task.tenant_id and d.id = task.directive_id`.execute(db)
  // Security definer: the copy must be right even when the writer cannot see the directive.
  await sql`
    create function chidao_task_secrecy() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      select d.secrecy into new.secrecy from directive d
      where d.tenant_id = new.tenant_id and d.id = new.directive_id;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger task_secrecy before insert or update of directive_id on task
    for each row execute function chidao_task_secrecy()`.execute(db)
  await sql`
    create function chidao_directive_secrecy_cascade() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      update task set secrecy = new.secrecy
      where tenant_id = new.tenant_id and directive_id = new.id and secrecy <> new.secrecy;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger directive_secrecy_cascade after update of secrecy on directive
    for each row when (old.secrecy is distinct from new.secrecy)
    execute function chidao_directive_secrecy_cascade()`.execute(db)
  await sql`create index task_secrecy_idx on task (tenant_id, secrecy) where secrecy <> 'PUBLIC'`.execute(
    db,
  )

  const policies: [string, ReturnType<typeof sql>][] = [
    ['directive', sql`chidao_secrecy_rank(secrecy) <= chidao_clearance_rank()`],
    ['task', sql`chidao_secrecy_rank(secrecy) <= chidao_clearance_rank()`],
    // These read task or directive under their own policies, so a hidden parent hides them.
    [
      'task_coordinator',
      sql`exists (select 1 from task t where t.tenant_id = task_coordinator.tenant_id and t.id = task_coordinator.task_id)`,
    ],
    [
      'task_event',
      sql`exists (select 1 from task t where t.tenant_id = task_event.tenant_id and t.id = task_event.task_id)`,
    ],
    [
      'progress_report',
      sql`exists (select 1 from task t where t.tenant_id = progress_report.tenant_id and t.id = progress_report.task_id)`,
    ],
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
  for (const [table, condition] of policies) {
    await sql`
      create policy clearance on ${sql.table(table)} as restrictive
      using (${condition}) with check (${condition})`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'assessment',
    'directive_relation',
    'progress_report',
    'task_event',
    'task_coordinator',
    'task',
    'directive',
  ]) {
    await sql`drop policy clearance on ${sql.table(table)}`.execute(db)
  }
  await sql`drop trigger directive_secrecy_cascade on directive`.execute(db)
  await sql`drop function chidao_directive_secrecy_cascade()`.execute(db)
  await sql`drop trigger task_secrecy on task`.execute(db)
  await sql`drop function chidao_task_secrecy()`.execute(db)
  await sql`alter table task drop column secrecy`.execute(db)
  await sql`drop function chidao_clearance_rank()`.execute(db)
  await sql`drop function chidao_secrecy_rank(text)`.execute(db)
}
