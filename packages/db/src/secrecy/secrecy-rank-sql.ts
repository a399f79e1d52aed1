import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The tables whose records carry a secrecy, and whose natural keys are per level. */
export type SecretTable = 'directive' | 'task' | 'assessment'

/**
 * The rank of a row's secrecy, 0 (public) to 3 (top secret), for ordering in SQL.
 *
 * Natural keys are polyinstantiated (migration 0008): one document symbol, task reference or
 * assessment key may be stored once per secrecy level, and a caller cleared for several levels
 * sees several instances. Every look-up by natural key then takes the same one: **the most
 * secret visible instance, then the oldest** (`created_at`), then the smallest id — ordered by
 * this rank descending, then `created_at`, then `id`: {@link inInstanceOrder}.
 *
 * @example
 * ```ts
 * trx.selectFrom('task').selectAll()
 *   .orderBy(secrecyRankSql('task'), 'desc').orderBy('task.created_at').orderBy('task.id')
 * ```
 */
export function secrecyRankSql(table: SecretTable): RawBuilder<number> {
  return sql<number>`chidao_secrecy_rank(${sql.ref(`${table}.secrecy`)})`
}

/**
 * Orders the visible instances of natural keys as every look-up takes them: the most secret
 * first, then the oldest, then the smallest id (after any order the query has already).
 *
 * @example
 * ```ts
 * const task = await inInstanceOrder(tenantRows(trx, 'task', tenantId).where('reference', '=', ref), 'task')
 *   .limit(1)
 *   .executeTakeFirst()
 * ```
 */
export function inInstanceOrder<T extends SecretTable, O>(
  query: SelectQueryBuilder<ChidaoSchema, T, O>,
  table: T,
): SelectQueryBuilder<ChidaoSchema, T, O> {
  return query
    .orderBy(secrecyRankSql(table), 'desc')
    .orderBy(sql.ref(`${table}.created_at`))
    .orderBy(sql.ref(`${table}.id`))
}
