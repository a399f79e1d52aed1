import type { TenantId } from '@chidao/domain'
import { realInstant, type UrgingTaskContext } from './urging-task-context.js'

/**
 * The task that makes one attempt at a delivery. The use case claims it first, so a second
 * process running the same job gets `SKIPPED` and sends nothing; after a `FAILED` attempt the
 * next one is queued at the time the use case chose (its backoff), under the same key.
 */
export function deliverTask(
  context: UrgingTaskContext,
): (payload: { readonly tenantId: TenantId; readonly deliveryId: string }) => Promise<void> {
  return async ({ tenantId, deliveryId }) => {
    const attempt = await context.work.deliver(tenantId, deliveryId)
    context.logger.debug(
      { tenant: tenantId, delivery: deliveryId, state: attempt.state },
      'delivery attempted',
    )
    if (attempt.state === 'FAILED' && attempt.nextAttemptAt !== null) {
      await context.scheduler.add({
        task: 'urging_deliver',
        tenantId,
        deliveryId,
        runAt: realInstant(context, attempt.nextAttemptAt),
      })
    } else if (attempt.state === 'DEAD') {
      context.logger.warn(
        { tenant: tenantId, delivery: deliveryId },
        `delivery ${deliveryId} of ${tenantId} is dead: no more attempts (re-send it through the API)`,
      )
    }
  }
}
