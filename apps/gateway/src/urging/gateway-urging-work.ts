import { type Clock, operatorCaller, urgingRules } from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { operatorContext } from '../operator-context.js'
import type { UrgingWork } from './urging-work.js'

/**
 * The application's urging use cases, each bound to a tenant's system context (the tenant's
 * stores at the highest clearance, the clock, the senders built from the configuration):
 * `planUrgingDay`, `deliverReminderMessage` and `dueReminderDeliveries`.
 */
export type UrgingUseCases = Pick<UrgingWork, 'planDay' | 'deliver' | 'dueDeliveries'>

/** What {@link gatewayUrgingWork} composes. */
export interface GatewayUrgingWorkOptions {
  readonly db: ChidaoDatabase
  readonly tenantId: TenantId
  readonly clock: Clock
  readonly useCases: UrgingUseCases
  /** The live-update publisher's hook; nothing by default. */
  readonly onRemindersRaised?: UrgingWork['onRemindersRaised']
}

/**
 * The urging work of a gateway process: its one tenant, whose digest time and zone are read
 * from its urging rules at each tick (a change of rules takes effect within the minute).
 *
 * @example
 * ```ts
 * const work = gatewayUrgingWork({ db, tenantId: 'demo', clock: systemClock, useCases })
 * await startUrgingRuntime({ work, clock: systemClock, logger, databaseUrl })
 * ```
 */
export function gatewayUrgingWork(options: GatewayUrgingWorkOptions): UrgingWork {
  const caller = { ...operatorCaller('urging'), actor: 'system:urging' }
  return Object.freeze({
    tenants: async () => [options.tenantId],
    schedule: async (tenantId: TenantId) => {
      const context = { ...operatorContext(options.db, tenantId, caller), clock: options.clock }
      const read = await urgingRules(context)
      if (!read.ok) throw new Error(`the urging rules of ${tenantId} could not be read`)
      return { timeZone: read.value.rules.timeZone, digestTime: read.value.rules.digestTime }
    },
    ...options.useCases,
    onRemindersRaised: options.onRemindersRaised ?? (() => {}),
  })
}
