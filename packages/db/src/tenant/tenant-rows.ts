import type { Selectable, SelectQueryBuilder, Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The tables that hold a tenant's records: every one but `tenant` itself. */
export type TenantTable = Exclude<keyof ChidaoSchema, 'tenant'>

/**
 * Every column of the rows of `table` that belong to the tenant, for the caller to narrow and
 * order: how whole records are read where no mapping of their own selects their columns.
 *
 * @example
 * ```ts
 * const organizations = await tenantRows(trx, 'organization', tenantId).orderBy('code').execute()
 * ```
 */
export function tenantRows<T extends TenantTable>(
  trx: Transaction<ChidaoSchema>,
  table: T,
  tenantId: string,
): SelectQueryBuilder<ChidaoSchema, T, Selectable<ChidaoSchema[T]>> {
  const rows = trx
    .selectFrom(table as TenantTable)
    .selectAll()
    .where('tenant_id', '=', tenantId)
  // Kysely cannot type a statement over a table chosen by a type parameter: it is built over
  // the tables it may be, then typed as the one it is.
  return rows as unknown as SelectQueryBuilder<ChidaoSchema, T, Selectable<ChidaoSchema[T]>>
}
