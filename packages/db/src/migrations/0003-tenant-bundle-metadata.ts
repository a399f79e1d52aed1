import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.

/** The descriptive fields of a tenant's bundle, kept so that export gives them back. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table tenant add column title text`.execute(db)
  await sql`alter table tenant add column description text`.execute(db)
  await sql`alter table tenant add column source text`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table tenant drop column source`.execute(db)
  await sql`alter table tenant drop column description`.execute(db)
  await sql`alter table tenant drop column title`.execute(db)
}
