import type { ReadSessionPort, TenantStore, UseCaseContext } from '@chidao/app'
import type { GatewayContext } from '../../context.js'
import { withReadSession } from '../../read-session.js'
import { useCaseContext } from './use-case-call.js'

/**
 * {@link useCaseContext}, its ports able to read in one read-only transaction
 * ({@link withReadSession}): for a use case that reads what it checks before its write in one
 * snapshot, with one BEGIN and COMMIT.
 */
export function useCaseContextWithReadSession(
  context: GatewayContext,
): UseCaseContext<TenantStore & ReadSessionPort<TenantStore>> {
  return {
    ...useCaseContext(context),
    ports: {
      ...context.tenant,
      readSession: (work) => withReadSession(context, (reading) => work(reading.tenant)),
    },
  }
}
