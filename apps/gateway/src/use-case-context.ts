import type {
  BundleStore,
  BundleTextReader,
  DocumentReader,
  ReadSessionPort,
  TenantStore,
  UseCaseContext,
} from '@chidao/app'
import type { GatewayContext } from './context.js'
import { intakeDocumentReader } from './intake-document-reader.js'
import { publishingTaskStore } from './live/publishing-task-store.js'
import { withReadSession } from './read-session.js'

/**
 * The ports a request offers the use cases: the tenant's stores, its records as a bundle, the
 * reader of a bundle's text and the reader of a programme's file (Word, PDF, text).
 */
export interface GatewayPorts extends TenantStore {
  readonly bundles: BundleStore
  readonly bundleReader: BundleTextReader
  readonly documentReader: DocumentReader
}

/**
 * The tenant's stores of a request, at the caller's clearance, their task writes telling the
 * live events once committed (`publishingTaskStore`): the one place a mutation publishes.
 */
function publishingStores(context: GatewayContext): TenantStore {
  const { tenant } = context
  return { ...tenant, tasks: publishingTaskStore(tenant.tasks, context.live, tenant.tenantId) }
}

/**
 * What a use case is called with on behalf of a GraphQL request: the tenant's stores at the
 * caller's clearance, the caller, the clock and the request id. What it writes to tasks is
 * published to the live events after it committed (GraphQL subscriptions).
 */
export function useCaseContext(context: GatewayContext): UseCaseContext<GatewayPorts> {
  return {
    ports: {
      ...publishingStores(context),
      bundles: context.bundles,
      bundleReader: context.bundleReader,
      documentReader: intakeDocumentReader,
    },
    caller: context.viewer,
    clock: context.clock,
    requestId: context.requestId,
  }
}

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
      ...publishingStores(context),
      readSession: (work) => withReadSession(context, (reading) => work(reading.tenant)),
    },
  }
}
