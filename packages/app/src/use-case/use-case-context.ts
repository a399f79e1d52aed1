import type { Caller } from '../caller.js'
import type { ChangeContext } from '../ports/change-context.js'
import type { Clock } from '../ports/clock.js'

/**
 * What every use case is called with: the ports it needs (narrowed by each use case to the
 * methods it calls), who is calling, and the clock. The composition root — the gateway for a
 * request, the command line for a command — builds one; the use case never reaches further.
 *
 * @example
 * ```ts
 * const context: UseCaseContext<CascadeTaskPorts> = {
 *   ports: database.forTenant('demo', { clearance: caller.clearance }),
 *   caller,
 *   clock: systemClock(),
 *   requestId: 'req-42',
 * }
 * ```
 */
export interface UseCaseContext<Ports> {
  readonly ports: Ports
  readonly caller: Caller
  readonly clock: Clock
  /** The request or command the call belongs to, recorded with every change it makes. */
  readonly requestId?: string | null
}

/** Who makes a change and in which request, for the audit event written with it. */
export function changeOf(context: UseCaseContext<unknown>): ChangeContext {
  return {
    actor: context.caller.actor,
    actorOrganization: context.caller.organizationCode,
    requestId: context.requestId ?? null,
  }
}
