import type { IsoDate, TenantId } from '@chidao/domain'
import type { UrgingTaskContext } from './urging-task-context.js'

/**
 * The task that plans a tenant's reminders through a day, tells the live-update publisher what
 * was raised, and queues one attempt of each new delivery. Run twice, it plans nothing new.
 */
export function planTask(
  context: UrgingTaskContext,
): (payload: { readonly tenantId: TenantId; readonly day: IsoDate }) => Promise<void> {
  return async ({ tenantId, day }) => {
    const planned = await context.work.planDay(tenantId, day)
    context.logger.info(
      { tenant: tenantId, day, reminders: planned.reminderKeys.length },
      `planned the reminders of ${tenantId} through ${day}: ${planned.reminderKeys.length} new, ${planned.deliveryIds.length} deliveries`,
    )
    if (planned.reminderKeys.length > 0) {
      try {
        context.work.onRemindersRaised(tenantId, planned.reminderKeys)
      } catch (error) {
        context.logger.error({ err: error, tenant: tenantId }, 'live update of reminders failed')
      }
    }
    const runAt = new Date()
    for (const deliveryId of planned.deliveryIds) {
      await context.scheduler.add({ task: 'urging_deliver', tenantId, deliveryId, runAt })
    }
  }
}
