import type { TenantStore, UseCaseContext } from '@chidao/app'
import type { GatewayContext } from './context.js'

/**
 * What a use case is called with on behalf of a GraphQL request: the tenant's stores at the
 * caller's clearance, the caller, the clock and the request id.
 */
export function useCaseContext(context: GatewayContext): UseCaseContext<TenantStore> {
  return {
    ports: context.tenant,
    caller: context.viewer,
    clock: context.clock,
    requestId: context.requestId,
  }
}
