import { type RawBuilder, sql } from 'kysely'

/**
 * The rank of a row's secrecy, 0 (public) to 3 (top secret), for ordering in SQL.
 *
 * Natural keys are polyinstantiated (migration 0008): one document symbol, task reference or
 * assessment key may be stored once per secrecy level, and a caller cleared for several levels
 * sees several instances. Every look-up by natural key then takes the same one: **the most
 * secret visible instance, then the oldest** (`created_at`), then the smallest id — ordered by
 * this rank descending, then `created_at`, then `id`.
 *
 * @example
 * ```ts
 * trx.selectFrom('task').selectAll()
 *   .orderBy(secrecyRankSql('task'), 'desc').orderBy('task.created_at').orderBy('task.id')
 * ```
 */
export function secrecyRankSql(table: 'directive' | 'task' | 'assessment'): RawBuilder<number> {
  return sql<number>`chidao_secrecy_rank(${sql.ref(`${table}.secrecy`)})`
}
