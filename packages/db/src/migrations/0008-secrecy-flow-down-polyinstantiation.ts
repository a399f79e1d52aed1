import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// Two rules of multilevel security, kept by the database:
//
// 1. Secrecy flows down. A task's `secrecy` is the higher of its document's and its parent
//    task's, so a subtask cascaded from a secret task is as secret as it, whatever plan it sits
//    in, and a task the reader may see never has a parent the reader may not see. Triggers keep
//    it: a task written computes its own; a task whose secrecy changes recomputes its subtasks
//    (each of those its own, down the tree); a document whose secrecy changes recomputes its
//    tasks. They run as the owner, so they see every level. An assessment carries the secrecy of
//    its subject (document or task) the same way, for its key below.
//
// 2. Polyinstantiation. A natural key includes the secrecy level: a document is unique by
//    (tenant, symbol, issuer, year, secrecy), a task's reference by (tenant, document,
//    reference, secrecy), an assessment's key by (tenant, key, secrecy). A caller who cannot
//    see a record may create one of the same key at their own level, answered exactly as if the
//    hidden one did not exist; a collision with a record the caller sees is found by the
//    repositories, which look among visible rows before writing.
//
// The task policy of 0005 still filters on task.secrecy alone (no join).

const LEVELS = sql.join(['PUBLIC', 'MAT', 'TOI_MAT', 'TUYET_MAT'].map((l) => sql.lit(l)))

export async function up(db: Kysely<any>): Promise<void> {
  // The higher of two levels; null counts as lowest.
  await sql`
    create function chidao_higher_secrecy(a text, b text) returns text
    language sql immutable parallel safe as $$
      select case when coalesce(chidao_secrecy_rank(b), -1) > coalesce(chidao_secrecy_rank(a), -1)
        then b else a end
    $$`.execute(db)
  await sql`
    create function chidao_task_effective_secrecy(p_tenant text, p_directive uuid, p_parent uuid)
    returns text language sql stable security definer set search_path = public as $$
      select coalesce(chidao_higher_secrecy(
        (select d.secrecy from directive d where d.tenant_id = p_tenant and d.id = p_directive),
        (select p.secrecy from task p where p.tenant_id = p_tenant and p.id = p_parent)), 'PUBLIC')
    $$`.execute(db)

  // Only the owner's trigger functions call it: as the application role it would read the
  // secrecy of any row, hidden or not.
  await sql`revoke execute on function chidao_task_effective_secrecy(text, uuid, uuid) from public`.execute(
    db,
  )

  // Backfill before the new triggers exist: every task from its root down, in one statement.
  await sql`
    with recursive tree(tenant_id, id, secrecy) as (
      select t.tenant_id, t.id, d.secrecy
      from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
      where t.parent_id is null
      union all
      select c.tenant_id, c.id, chidao_higher_secrecy(d.secrecy, tree.secrecy)
      from tree
      join task c on c.tenant_id = tree.tenant_id and c.parent_id = tree.id
      join directive d on d.tenant_id = c.tenant_id and d.id = c.directive_id
    )
    update task set secrecy = tree.secrecy from tree
    where task.tenant_id = tree.tenant_id and task.id = tree.id
      and task.secrecy is distinct from tree.secrecy`.execute(db)

  await sql`alter table assessment add column secrecy text not null default 'PUBLIC'
    check (secrecy in (${LEVELS}))`.execute(db)
  await sql`
    create function chidao_assessment_effective_secrecy(p_tenant text, p_directive uuid, p_task uuid)
    returns text language sql stable security definer set search_path = public as $$
      select coalesce(chidao_higher_secrecy(
        (select d.secrecy from directive d where d.tenant_id = p_tenant and d.id = p_directive),
        (select t.secrecy from task t where t.tenant_id = p_tenant and t.id = p_task)), 'PUBLIC')
    $$`.execute(db)
  await sql`revoke execute on function chidao_assessment_effective_secrecy(text, uuid, uuid) from public`.execute(
    db,
  )
  await sql`
    update assessment set secrecy = chidao_assessment_effective_secrecy(tenant_id, subject_directive_id, subject_task_id)`.execute(
    db,
  )
  await sql`
    create function chidao_assessment_secrecy() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      new.secrecy := chidao_assessment_effective_secrecy(new.tenant_id, new.subject_directive_id, new.subject_task_id);
      return new;
    end $$`.execute(db)
  await sql`
    create trigger assessment_secrecy
    before insert or update of subject_directive_id, subject_task_id, secrecy on assessment
    for each row execute function chidao_assessment_secrecy()`.execute(db)

  // A task written computes its own secrecy (a value written by hand is overwritten).
  await sql`
    create or replace function chidao_task_secrecy() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      new.secrecy := chidao_task_effective_secrecy(new.tenant_id, new.directive_id, new.parent_id);
      return new;
    end $$`.execute(db)
  await sql`drop trigger task_secrecy on task`.execute(db)
  await sql`
    create trigger task_secrecy before insert or update of directive_id, parent_id, secrecy on task
    for each row execute function chidao_task_secrecy()`.execute(db)
  // A task whose secrecy changed has its subtasks and its assessments recomputed; each
  // subtask that changes does the same for its own, so the walk ends at the leaves or where
  // nothing changes.
  await sql`
    create function chidao_task_secrecy_cascade() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      update task c set secrecy = c.secrecy
      where c.tenant_id = new.tenant_id and c.parent_id = new.id
        and c.secrecy is distinct from chidao_task_effective_secrecy(c.tenant_id, c.directive_id, new.id);
      update assessment a set secrecy = a.secrecy
      where a.tenant_id = new.tenant_id and a.subject_task_id = new.id
        and a.secrecy is distinct from chidao_assessment_effective_secrecy(a.tenant_id, a.subject_directive_id, new.id);
      return null;
    end $$`.execute(db)

  // No column list: a change made by the BEFORE trigger does not fire an UPDATE OF trigger.
  await sql`
    create trigger task_secrecy_cascade after update on task
    for each row when (old.secrecy is distinct from new.secrecy)
    execute function chidao_task_secrecy_cascade()`.execute(db)

  // A document whose secrecy changed: its tasks and its assessments recomputed.
  await sql`
    create or replace function chidao_directive_secrecy_cascade() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      update task t set secrecy = t.secrecy
      where t.tenant_id = new.tenant_id and t.directive_id = new.id
        and t.secrecy is distinct from chidao_task_effective_secrecy(t.tenant_id, new.id, t.parent_id);
      update assessment a set secrecy = a.secrecy
      where a.tenant_id = new.tenant_id and a.subject_directive_id = new.id
        and a.secrecy is distinct from chidao_assessment_effective_secrecy(a.tenant_id, new.id, a.subject_task_id);
      return new;
    end $$`.execute(db)

  // Natural keys per secrecy level.
  await sql`alter table directive drop constraint directive_tenant_id_symbol_text_issuer_id_issued_year_key`.execute(
    db,
  )
  await sql`alter table directive add constraint directive_natural_key
    unique (tenant_id, symbol_text, issuer_id, issued_year, secrecy)`.execute(db)
  await sql`drop index task_reference_key`.execute(db)
  await sql`create unique index task_reference_key on task (tenant_id, directive_id, reference, secrecy)
    where reference is not null`.execute(db)
  await sql`alter table assessment drop constraint assessment_tenant_id_natural_key_key`.execute(db)
  await sql`alter table assessment add constraint assessment_natural_key
    unique (tenant_id, natural_key, secrecy)`.execute(db)
}

/**
 * Back to 0006 (development only). Fails while two records share a natural key at different
 * levels: the old keys cannot hold them.
 */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table assessment drop constraint assessment_natural_key`.execute(db)
  await sql`alter table assessment add constraint assessment_tenant_id_natural_key_key
    unique (tenant_id, natural_key)`.execute(db)
  await sql`drop index task_reference_key`.execute(db)
  await sql`create unique index task_reference_key on task (tenant_id, directive_id, reference)
    where reference is not null`.execute(db)
  await sql`alter table directive drop constraint directive_natural_key`.execute(db)
  await sql`alter table directive add constraint directive_tenant_id_symbol_text_issuer_id_issued_year_key
    unique (tenant_id, symbol_text, issuer_id, issued_year)`.execute(db)

  // The functions and triggers of 0004, and the copy of the document's secrecy.
  await sql`
    create or replace function chidao_directive_secrecy_cascade() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      update task set secrecy = new.secrecy
      where tenant_id = new.tenant_id and directive_id = new.id and secrecy <> new.secrecy;
      return new;
    end $$`.execute(db)
  await sql`drop trigger task_secrecy_cascade on task`.execute(db)
  await sql`drop function chidao_task_secrecy_cascade()`.execute(db)
  await sql`drop trigger assessment_secrecy on assessment`.execute(db)
  await sql`drop function chidao_assessment_secrecy()`.execute(db)
  await sql`drop function chidao_assessment_effective_secrecy(text, uuid, uuid)`.execute(db)
  await sql`alter table assessment drop column secrecy`.execute(db)
  await sql`drop trigger task_secrecy on task`.execute(db)
  await sql`
    create or replace function chidao_task_secrecy() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      select d.secrecy into new.secrecy from directive d
      where d.tenant_id = new.tenant_id and d.id = new.directive_id;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger task_secrecy before insert or update of directive_id on task
    for each row execute function chidao_task_secrecy()`.execute(db)
  await sql`update task set secrecy = d.secrecy from directive d
    where d.tenant_id = task.tenant_id and d.id = task.directive_id
      and task.secrecy <> d.secrecy`.execute(db)
  await sql`drop function chidao_task_effective_secrecy(text, uuid, uuid)`.execute(db)
  await sql`drop function chidao_higher_secrecy(text, text)`.execute(db)
}
