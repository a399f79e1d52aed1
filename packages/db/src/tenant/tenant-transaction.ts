import type { Secrecy } from '@chidao/domain'
import { type Kysely, sql, type Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The database role tenant-scoped work runs as, so that row-level security applies. */
export const APP_ROLE = 'chidao_app'

/**
 * Runs `work` in one transaction fenced to one tenant and one clearance: the transaction
 * switches to the application role and sets `chidao.tenant_id` and `chidao.clearance`, so
 * row-level security hides and protects every other tenant's rows, and every directive above
 * the clearance with all that hangs on it, even from a query that forgets its filters.
 * The settings are local to the transaction and vanish at its end.
 */
export async function inTenantTransaction<T>(
  db: Kysely<ChidaoSchema>,
  tenantId: string,
  work: (trx: Transaction<ChidaoSchema>) => Promise<T>,
  clearance: Secrecy = 'PUBLIC',
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await fenceTransaction(trx, tenantId, clearance)
    return work(trx)
  })
}

/**
 * Switches an open transaction to the application role, a tenant and a clearance, and, with
 * `readOnly`, makes it read-only — all in one statement.
 */
export async function fenceTransaction(
  trx: Transaction<ChidaoSchema>,
  tenantId: string,
  clearance: Secrecy,
  options: { readonly readOnly?: boolean } = {},
): Promise<void> {
  const readOnly = options.readOnly ? sql`, set_config('transaction_read_only', 'on', true)` : sql``
  await sql`select set_config('role', ${APP_ROLE}, true), set_config('chidao.tenant_id', ${tenantId}, true), set_config('chidao.clearance', ${clearance}, true)${readOnly}`.execute(
    trx,
  )
}
