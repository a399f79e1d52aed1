import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// The latest figure of a task — its last report that gives a percent, by report day, then by
// the time it was written — read from the index alone. A scorecard asks this of every open
// task in its scope (2,100 tasks for a province's People's Committee and its subtree); with
// the key in the order of the question and the percent carried in the index, each answer is
// one index-only probe instead of a probe, a heap fetch and a sort of the task's reports.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index progress_report_latest_figure_idx
    on progress_report (tenant_id, task_id, reported_on desc, created_at desc)
    include (percent) where percent is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index progress_report_latest_figure_idx`.execute(db)
}
