import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// The clearance policies of 0005 ask `chidao_hidden_task_ids()` and
// `chidao_hidden_directive_ids()` once per statement and table reference, for the few ids
// hidden from the reader. Written in SQL (and not inlinable: security definer, search_path),
// each call parsed and planned its query again: about 0.17 ms a call, measured on PostgreSQL 15
// (a chain question references the relations six times: 1 ms of a 2 ms statement). In
// PL/pgSQL the query's plan is kept for the session: about 0.03 ms a call. Same query, same
// answers, same rights (security definer, the caller's tenant and clearance).

const TABLES = ['task', 'directive'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`
      create or replace function ${sql.raw(`chidao_hidden_${table}_ids`)}() returns uuid[]
      language plpgsql stable security definer set search_path = public as $$
      begin
        return (select coalesce(array_agg(id), '{}') from ${sql.raw(table)}
          where tenant_id = current_setting('chidao.tenant_id', true)
            and secrecy <> 'PUBLIC'
            and chidao_secrecy_rank(secrecy) > chidao_clearance_rank());
      end
      $$`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`
      create or replace function ${sql.raw(`chidao_hidden_${table}_ids`)}() returns uuid[]
      language sql stable security definer set search_path = public as $$
        select coalesce(array_agg(id), '{}') from ${sql.raw(table)}
        where tenant_id = current_setting('chidao.tenant_id', true)
          and secrecy <> 'PUBLIC'
          and chidao_secrecy_rank(secrecy) > chidao_clearance_rank()
      $$`.execute(db)
  }
}
