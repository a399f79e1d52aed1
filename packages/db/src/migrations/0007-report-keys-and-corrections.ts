import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// 1. Idempotency keys of progress reports belong to one caller and one task. 0002 made a key
//    unique in the whole tenant: a caller re-using another's key got that caller's report back
//    (and its own was silently dropped), and a key already used on a task hidden from the
//    caller made the insert vanish. A key now has an owner (`user:<sub>` for the API, `bundle`
//    for bundle imports and bulk loads) and is unique per tenant, task, owner and key. Keys
//    stored before are given the actor of their audit event, else `bundle` for an import's
//    keys, else `legacy`. New keys of callers are at most 200 characters (older ones are kept).
//
// 2. A mistaken report is corrected by a new report that names it in `corrects_id`, with a
//    `reason`; reports stay append-only. A report is corrected at most once (a correction may be
//    corrected in turn), by a report of the same tenant.
//
// 3. The latest-figure index of 0006 carries the report id as well, so that the scorecard's
//    "latest figure not superseded" is still answered from the index alone, the NOT EXISTS
//    probing the (nearly empty) partial index of corrections.

const OLD_UNIQUE = 'progress_report_tenant_id_idempotency_key_key'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_report add column idempotency_key_owner text`.execute(db)
  await sql`alter table progress_report add column corrects_id uuid`.execute(db)
  await sql`alter table progress_report add column reason text`.execute(db)

  // The append-only trigger refuses every UPDATE: lifted for this one backfill, in the
  // migration's own transaction, and put back before anything else can write.
  await sql`alter table progress_report disable trigger progress_report_append_only`.execute(db)
  await sql`
    update progress_report pr set idempotency_key_owner = coalesce(
      (select a.actor from audit_event a
        where a.tenant_id = pr.tenant_id and a.entity_type = 'ProgressReport'
          and a.entity_id = pr.id::text and a.action = 'task.progress-report'
        order by a.id limit 1),
      case when pr.idempotency_key like 'bundle:%' then 'bundle' else 'legacy' end)
    where pr.idempotency_key is not null`.execute(db)
  await sql`alter table progress_report enable trigger progress_report_append_only`.execute(db)

  await sql`
    alter table progress_report add constraint progress_report_key_owner_check
    check ((idempotency_key is null) = (idempotency_key_owner is null))`.execute(db)
  // NOT VALID: holds for every new row; keys stored before, up to 2.7 kB, are left as they are.
  await sql`
    alter table progress_report add constraint progress_report_key_length_check
    check (idempotency_key_owner in ('bundle', 'legacy') or char_length(idempotency_key) <= 200)
    not valid`.execute(db)
  await sql`alter table progress_report drop constraint ${sql.id(OLD_UNIQUE)}`.execute(db)
  await sql`
    create unique index progress_report_idempotency_key_idx
    on progress_report (tenant_id, task_id, idempotency_key_owner, idempotency_key)
    where idempotency_key is not null`.execute(db)

  await sql`
    alter table progress_report add constraint progress_report_correction_check
    check ((corrects_id is null and reason is null)
      or (corrects_id is not null and corrects_id <> id and length(reason) between 1 and 2000))`.execute(
    db,
  )
  await sql`
    alter table progress_report add constraint progress_report_corrects_fkey
    foreign key (tenant_id, corrects_id) references progress_report (tenant_id, id)`.execute(db)
  await sql`
    create unique index progress_report_correction_idx
    on progress_report (tenant_id, corrects_id) where corrects_id is not null`.execute(db)

  await sql`drop index progress_report_latest_figure_idx`.execute(db)
  await sql`
    create index progress_report_latest_figure_idx
    on progress_report (tenant_id, task_id, reported_on desc, created_at desc)
    include (percent, id) where percent is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index progress_report_latest_figure_idx`.execute(db)
  await sql`
    create index progress_report_latest_figure_idx
    on progress_report (tenant_id, task_id, reported_on desc, created_at desc)
    include (percent) where percent is not null`.execute(db)
  await sql`drop index progress_report_correction_idx`.execute(db)
  await sql`alter table progress_report drop constraint progress_report_corrects_fkey`.execute(db)
  await sql`alter table progress_report drop constraint progress_report_correction_check`.execute(
    db,
  )
  await sql`drop index progress_report_idempotency_key_idx`.execute(db)
  // Fails when two callers used one key in a tenant: development only, as every `down`.
  await sql`
    alter table progress_report add constraint ${sql.id(OLD_UNIQUE)}
    unique (tenant_id, idempotency_key)`.execute(db)
  await sql`alter table progress_report drop constraint progress_report_key_length_check`.execute(
    db,
  )
  await sql`alter table progress_report drop constraint progress_report_key_owner_check`.execute(db)
  await sql`alter table progress_report drop column reason`.execute(db)
  await sql`alter table progress_report drop column corrects_id`.execute(db)
  await sql`alter table progress_report drop column idempotency_key_owner`.execute(db)
}
