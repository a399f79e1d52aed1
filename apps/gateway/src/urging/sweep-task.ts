import type { UrgingTaskContext } from './urging-task-context.js'

/**
 * The recovery sweep, every minute and at start: queues each delivery that should be attempted
 * now — due and never queued, or held by a process that died mid-send (its lease expired). This
 * is what makes a delivery survive `kill -9`, a lost job, or a queue emptied by hand.
 */
export function sweepTask(context: UrgingTaskContext): () => Promise<void> {
  return async () => {
    const runAt = new Date()
    for (const tenantId of await context.work.tenants()) {
      const due = await context.work.dueDeliveries(tenantId, context.sweepLimit)
      for (const deliveryId of due) {
        await context.scheduler.add({ task: 'urging_deliver', tenantId, deliveryId, runAt })
      }
      if (due.length > 0) {
        context.logger.info(
          { tenant: tenantId, deliveries: due.length },
          `re-queued ${due.length} due deliveries of ${tenantId}`,
        )
      }
    }
  }
}
