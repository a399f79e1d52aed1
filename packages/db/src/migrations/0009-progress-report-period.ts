import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// A progress report may name the reporting period it answers, as its title does ("Báo cáo
// 6 tháng đầu năm 2026"): `2026` (year), `2026-H1` (half-year), `2026-Q3` (quarter) or
// `2026-04` (month). Without it, the period is the one the report's date falls in. Reports
// stored before name none. The column is written once, with the report (append-only).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_report add column period text`.execute(db)
  await sql`
    alter table progress_report add constraint progress_report_period_check
    check (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table progress_report drop column period`.execute(db)
}
