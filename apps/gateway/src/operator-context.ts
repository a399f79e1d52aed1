import { type Caller, systemClock, type UseCaseContext } from '@chidao/app'
import { bundleStore, bundleTextReader, type ChidaoDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { intakeDocumentReader } from './intake-document-reader.js'
import type { GatewayPorts } from './use-case-context.js'

/**
 * What a use case is called with when the deployment acts on its own behalf rather than for a
 * request — a command of the command line, the seed of a first start: the tenant's stores at
 * the caller's clearance, its records as a bundle, the readers of a bundle's text and of a
 * programme's file, and the system clock.
 *
 * @example
 * ```ts
 * const context = operatorContext(db, 'demo', operatorCaller('seed'))
 * await importBundle(context, { bundle: await loadExampleBundle() })
 * ```
 */
export function operatorContext(
  db: ChidaoDatabase,
  tenantId: TenantId,
  caller: Caller,
): UseCaseContext<GatewayPorts> {
  const ports: GatewayPorts = {
    ...db.forTenant(tenantId, { clearance: caller.clearance }),
    bundles: bundleStore(db, tenantId),
    bundleReader: bundleTextReader,
    documentReader: intakeDocumentReader,
  }
  return { ports, caller, clock: systemClock, requestId: null }
}
