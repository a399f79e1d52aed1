import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// A task's history records two changes beside the steps of its lifecycle, each leaving the
// status as it is (from_status = to_status):
//
// - DEADLINE_EXTENDED (gia hạn): the deadline in force before and after, each the whole domain
//   value as `task.deadline` stores it (its text as written, kind, due day and, for a recurring
//   one, its rule), and the approving document's symbol in canonical form ("125/QĐ-UBND");
// - LEAD_REASSIGNED: the lead before and after (organisations of the same tenant), and the
//   deciding document's symbol when one is named.
//
// The columns live on `task_event`, so its row-level security (tenant fence, and the clearance
// policies of 0004/0005: an event is seen exactly when its task is), its append-only triggers
// and its grants cover them unchanged.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table task_event add column previous_deadline jsonb`.execute(db)
  await sql`alter table task_event add column deadline jsonb`.execute(db)
  await sql`alter table task_event add column document_symbol text`.execute(db)
  await sql`alter table task_event add column from_organization_id uuid`.execute(db)
  await sql`alter table task_event add column to_organization_id uuid`.execute(db)
  await sql`
    alter table task_event add constraint task_event_from_organization_fkey
    foreign key (tenant_id, from_organization_id) references organization (tenant_id, id)`.execute(
    db,
  )
  await sql`
    alter table task_event add constraint task_event_to_organization_fkey
    foreign key (tenant_id, to_organization_id) references organization (tenant_id, id)`.execute(db)
  await sql`
    alter table task_event add constraint task_event_deadline_check check (case
      when type = 'DEADLINE_EXTENDED' then
        jsonb_typeof(previous_deadline) = 'object' and jsonb_typeof(deadline) = 'object'
        and (previous_deadline ->> 'text') is not null and (deadline ->> 'text') is not null
        and (deadline ->> 'kind') is not null and (deadline ->> 'due') is not null
      else previous_deadline is null and deadline is null
    end)`.execute(db)
  await sql`
    alter table task_event add constraint task_event_extension_check check (
      type <> 'DEADLINE_EXTENDED'
      or (from_status = to_status and document_symbol is not null and reason is not null))`.execute(
    db,
  )
  await sql`
    alter table task_event add constraint task_event_reassignment_check check (
      (type = 'LEAD_REASSIGNED') = (from_organization_id is not null)
      and (from_organization_id is null) = (to_organization_id is null)
      and (type <> 'LEAD_REASSIGNED'
        or (from_status = to_status and reason is not null
          and from_organization_id <> to_organization_id)))`.execute(db)
  await sql`
    alter table task_event add constraint task_event_document_symbol_check
    check (document_symbol is null or char_length(document_symbol) between 3 and 64)`.execute(db)
  await sql`
    create index task_event_to_organization_idx on task_event (tenant_id, to_organization_id)
    where to_organization_id is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  // Development only. Without their payload these events cannot be read back, nor pass the
  // checks when this migration runs again: they go with it. The append-only trigger refuses
  // every DELETE, so it is lifted for this one statement, in the migration's transaction.
  await sql`alter table task_event disable trigger task_event_append_only`.execute(db)
  await sql`
    delete from task_event where type in ('DEADLINE_EXTENDED', 'LEAD_REASSIGNED')`.execute(db)
  await sql`alter table task_event enable trigger task_event_append_only`.execute(db)
  await sql`drop index task_event_to_organization_idx`.execute(db)
  for (const column of [
    'to_organization_id',
    'from_organization_id',
    'document_symbol',
    'deadline',
    'previous_deadline',
  ]) {
    await sql`alter table task_event drop column ${sql.id(column)}`.execute(db)
  }
}
