import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// Timeliness as of a day judges a task against the deadline in force on that day: when a
// deadline extension (gia hạn) of the task takes effect after the day, the deadline the first
// such extension replaced. Every filter and count by timeliness asks this of every task it
// reads; few tasks are ever extended, so the question goes to an index of the extensions alone,
// nearly empty, in the order of the task's history.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index task_event_extension_idx on task_event (tenant_id, task_id, id)
    include (occurred_on) where type = 'DEADLINE_EXTENDED'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index task_event_extension_idx`.execute(db)
}
