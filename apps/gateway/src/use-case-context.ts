import type { BundleStore, BundleTextReader, TenantStore, UseCaseContext } from '@chidao/app'
import type { GatewayContext } from './context.js'

/**
 * The ports a request offers the use cases: the tenant's stores, its records as a bundle, and
 * the reader of a bundle's text.
 */
export interface GatewayPorts extends TenantStore {
  readonly bundles: BundleStore
  readonly bundleReader: BundleTextReader
}

/**
 * What a use case is called with on behalf of a GraphQL request: the tenant's stores at the
 * caller's clearance, the caller, the clock and the request id.
 */
export function useCaseContext(context: GatewayContext): UseCaseContext<GatewayPorts> {
  return {
    ports: { ...context.tenant, bundles: context.bundles, bundleReader: context.bundleReader },
    caller: context.viewer,
    clock: context.clock,
    requestId: context.requestId,
  }
}
