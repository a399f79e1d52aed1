import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// A task's history records two more events beside the steps of its lifecycle, each leaving the
// status and the deadline in force as they are (from_status = to_status):
//
// - EXTENSION_REQUESTED (xin gia hạn): the lead asks for more time; the deadline it asks for is
//   kept in `deadline`, the whole domain value as `task.deadline` stores it (with a due day), as
//   an extension keeps the one it sets; `previous_deadline` stays null;
// - EXTENSION_DECLINED (không đồng ý gia hạn): the request refused, with its reason.
//
// Both name the organisation that asked or answered, in a new column `by_organization_id`
// (of the same tenant), which no other event fills. Granting a request is a DEADLINE_EXTENDED
// event, unchanged. The columns live on `task_event`: its row-level security, append-only
// triggers and grants cover them unchanged.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table task_event add column by_organization_id uuid`.execute(db)
  await sql`
    alter table task_event add constraint task_event_by_organization_fkey
    foreign key (tenant_id, by_organization_id) references organization (tenant_id, id)`.execute(db)
  await sql`alter table task_event drop constraint task_event_deadline_check`.execute(db)
  await sql`
    alter table task_event add constraint task_event_deadline_check check (case
      when type = 'DEADLINE_EXTENDED' then
        jsonb_typeof(previous_deadline) = 'object' and jsonb_typeof(deadline) = 'object'
        and (previous_deadline ->> 'text') is not null and (deadline ->> 'text') is not null
        and (deadline ->> 'kind') is not null and (deadline ->> 'due') is not null
      when type = 'EXTENSION_REQUESTED' then
        previous_deadline is null and jsonb_typeof(deadline) = 'object'
        and (deadline ->> 'text') is not null and (deadline ->> 'kind') is not null
        and (deadline ->> 'due') is not null
      else previous_deadline is null and deadline is null
    end)`.execute(db)
  await sql`
    alter table task_event add constraint task_event_extension_request_check check (
      case when type in ('EXTENSION_REQUESTED', 'EXTENSION_DECLINED') then
        from_status = to_status and reason is not null and document_symbol is null
      else by_organization_id is null end)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  // Development only. Without their columns these events cannot be read back, nor pass the
  // checks of 0010 restored: they go with it. The append-only trigger refuses every DELETE, so
  // it is lifted for this one statement, in the migration's transaction.
  await sql`alter table task_event disable trigger task_event_append_only`.execute(db)
  await sql`
    delete from task_event where type in ('EXTENSION_REQUESTED', 'EXTENSION_DECLINED')`.execute(db)
  await sql`alter table task_event enable trigger task_event_append_only`.execute(db)
  await sql`alter table task_event drop constraint task_event_extension_request_check`.execute(db)
  await sql`alter table task_event drop constraint task_event_deadline_check`.execute(db)
  await sql`
    alter table task_event add constraint task_event_deadline_check check (case
      when type = 'DEADLINE_EXTENDED' then
        jsonb_typeof(previous_deadline) = 'object' and jsonb_typeof(deadline) = 'object'
        and (previous_deadline ->> 'text') is not null and (deadline ->> 'text') is not null
        and (deadline ->> 'kind') is not null and (deadline ->> 'due') is not null
      else previous_deadline is null and deadline is null
    end)`.execute(db)
  await sql`alter table task_event drop column by_organization_id`.execute(db)
}
