import { type Kysely, sql, type Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The database role tenant-scoped work runs as, so that row-level security applies. */
export const APP_ROLE = 'chidao_app'

/**
 * Runs `work` in one transaction fenced to one tenant: the transaction switches to the
 * application role and sets `chidao.tenant_id`, so row-level security hides and protects every
 * other tenant's rows even from a query that forgets its `where tenant_id = …`.
 * Both settings are local to the transaction and vanish at its end.
 */
export async function inTenantTransaction<T>(
  db: Kysely<ChidaoSchema>,
  tenantId: string,
  work: (trx: Transaction<ChidaoSchema>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('role', ${APP_ROLE}, true), set_config('chidao.tenant_id', ${tenantId}, true)`.execute(
      trx,
    )
    return work(trx)
  })
}
