import {
  type Clock,
  deliverReminderMessage,
  dueReminderDeliveries,
  operatorCaller,
  planUrgingDay,
  type ReminderSender,
  type UseCaseResult,
} from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { operatorContext } from '../operator-context.js'
import type { UrgingUseCases } from './gateway-urging-work.js'

/** What {@link applicationUrgingUseCases} binds the use cases to. */
export interface ApplicationUrgingOptions {
  readonly db: ChidaoDatabase
  readonly clock: Clock
  readonly sender: ReminderSender
  /** How long a claimed delivery is held before another process may take it. */
  readonly leaseMs: number
}

/**
 * The application's urging use cases in a tenant's system context: the tenant's stores at the
 * highest clearance (planning reads every duty; a message's secrecy decides where it goes),
 * the clock, and the senders.
 *
 * @example
 * ```ts
 * const useCases = applicationUrgingUseCases({ db, clock, sender, leaseMs: 300_000 })
 * await useCases.planDay('demo', '2026-12-07')
 * ```
 */
export function applicationUrgingUseCases(options: ApplicationUrgingOptions): UrgingUseCases {
  const caller = { ...operatorCaller('urging'), actor: 'system:urging' }
  const contextOf = (tenantId: TenantId) => ({
    ...operatorContext(options.db, tenantId, caller),
    clock: options.clock,
  })
  return Object.freeze({
    planDay: async (tenantId: TenantId, today: string) => {
      const planned = systemValue(
        await planUrgingDay(contextOf(tenantId), { today }),
        'planUrgingDay',
      )
      return {
        reminderKeys: planned.reminders.map((r) => r.key),
        deliveryIds: planned.deliveryIds,
      }
    },
    deliver: async (tenantId: TenantId, deliveryId: string) =>
      systemValue(
        await deliverReminderMessage(
          { ...contextOf(tenantId), sender: options.sender, retry: { leaseMs: options.leaseMs } },
          { deliveryId },
        ),
        'deliverReminderMessage',
      ),
    dueDeliveries: async (tenantId: TenantId, limit: number) =>
      systemValue(
        await dueReminderDeliveries(contextOf(tenantId), { limit: Math.min(limit, 1_000) }),
        'dueReminderDeliveries',
      ),
  })
}

/** A system use case's value; its failure is a bug of the runtime's, thrown with its code. */
function systemValue<T>(result: UseCaseResult<T, string>, name: string): T {
  if (result.ok) return result.value
  throw new Error(`${name} failed: [${result.error.code}] ${result.error.message}`)
}
