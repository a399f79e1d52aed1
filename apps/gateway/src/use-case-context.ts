import type { BundleStore, TenantStore, UseCaseContext } from '@chidao/app'
import type { GatewayContext } from './context.js'

/** The ports a request offers the use cases: the tenant's stores, and its records as a bundle. */
export interface GatewayPorts extends TenantStore {
  readonly bundles: BundleStore
}

/**
 * What a use case is called with on behalf of a GraphQL request: the tenant's stores at the
 * caller's clearance, the caller, the clock and the request id.
 */
export function useCaseContext(context: GatewayContext): UseCaseContext<GatewayPorts> {
  return {
    ports: { ...context.tenant, bundles: context.bundles },
    caller: context.viewer,
    clock: context.clock,
    requestId: context.requestId,
  }
}
