import type { Selectable, Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The tables of records a caller may look up by id or by natural key. */
export type RecordTable = 'organization' | 'directive' | 'task' | 'assessment'

/**
 * Whether the transaction sees a row of `table` with these column values. Row-level security
 * shows it only the rows up to its clearance, so a record above it is answered as absent. Natural
 * keys are per secrecy level (polyinstantiated, migration 0008): a key only a hidden record holds
 * is free to the caller, whose own record is stored at its level, answered exactly as if the
 * hidden one did not exist.
 *
 * @example
 * ```ts
 * if (await seesRow(trx, 'assessment', tenantId, { natural_key: key })) return err(keyTaken(key))
 * ```
 */
export async function seesRow<T extends RecordTable>(
  trx: Transaction<ChidaoSchema>,
  table: T,
  tenantId: string,
  columns: Partial<Selectable<ChidaoSchema[T]>>,
): Promise<boolean> {
  const row = await trx
    .selectFrom(table as RecordTable)
    .select('id')
    .where('tenant_id', '=', tenantId)
    // Kysely cannot type a filter over a table chosen by a type parameter; `columns` is typed above.
    .where((eb) => eb.and(columns as never))
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}
