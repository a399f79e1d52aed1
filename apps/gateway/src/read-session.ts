import type { GatewayContext } from './context.js'

/**
 * Runs `work` with the context's repositories reading in one read-only transaction, at the
 * caller's tenant and clearance, and ends that transaction however `work` ends: one BEGIN,
 * fence and COMMIT for all the reads instead of one per read. `work` must not write.
 *
 * A failure to end the transaction goes to `onEndError` when one is given — the reads are done
 * and their answer stands — and is thrown otherwise.
 *
 * `from: 'replica'` (a query's reads) lets it read from a read replica that has replayed the
 * caller's last write (`context.replicaRead`); the default, the primary, is for reads whose
 * answer must be current: the checks before a write, a subscription's event just written.
 */
export async function withReadSession<T>(
  context: GatewayContext,
  work: (reading: GatewayContext) => Promise<T>,
  onEndError?: (error: unknown) => void,
  from: 'primary' | 'replica' = 'primary',
): Promise<T> {
  const replica = from === 'replica' ? context.replicaRead : null
  const session = context.database.readSession(context.tenant.tenantId, {
    clearance: context.tenant.clearance,
    ...(replica ? { replica: true, after: replica.after } : {}),
  })
  try {
    return await work({ ...context, tenant: session })
  } finally {
    await (onEndError ? session.end().catch(onEndError) : session.end())
  }
}
