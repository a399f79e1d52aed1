import type { ChangeContext } from '@chidao/domain'
import type { GatewayContext } from '../context.js'
import {
  ConflictFailure,
  ForbiddenFailure,
  NotFoundFailure,
  UnauthenticatedFailure,
  ValidationFailure,
} from './error.js'

/** The errors every write may return: bad input, a missing record, a stale version, a refusal. */
export const WRITE_ERRORS = [
  ValidationFailure,
  NotFoundFailure,
  ConflictFailure,
  ForbiddenFailure,
  UnauthenticatedFailure,
] as const

/** Who makes a change, for the audit event written with it. */
export function changeContext(context: GatewayContext): ChangeContext {
  return {
    actor: context.viewer.actor,
    actorOrganization: context.viewer.organizationCode,
    requestId: context.requestId,
  }
}

/**
 * Runs the reads a mutation makes before it writes (the task, the caller's organisation, the
 * permission checks) in one read-only transaction that ends before the write begins: one BEGIN,
 * fence and COMMIT for all of them instead of one per read. `work` gets the context with its
 * repositories reading in that transaction; it must not write.
 */
export async function readFirst<T>(
  context: GatewayContext,
  work: (reading: GatewayContext) => Promise<T>,
): Promise<T> {
  const session = context.database.readSession(context.tenant.tenantId, {
    clearance: context.tenant.clearance,
  })
  try {
    return await work({ ...context, tenant: session })
  } finally {
    await session.end()
  }
}
