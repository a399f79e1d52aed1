import type { IsoDate, TenantId } from '@chidao/domain'
import { planningDay } from './planning-day.js'
import type { UrgingTaskContext } from './urging-task-context.js'

/**
 * The task run every minute and at start: for each tenant whose digest time has come, queues
 * the planning through its day. What this process already planned is remembered, so a tick
 * costs one read of each tenant's rules; another process, or a restart, plans once more and the
 * use case inserts nothing.
 */
export function tickTask(context: UrgingTaskContext): () => Promise<void> {
  const plannedThrough = new Map<TenantId, IsoDate>()
  return async () => {
    for (const tenantId of await context.work.tenants()) {
      const day = planningDay(context.clock.now(), await context.work.schedule(tenantId))
      const done = plannedThrough.get(tenantId)
      if (done !== undefined && done >= day) continue
      await context.scheduler.add({ task: 'urging_plan', tenantId, day })
      plannedThrough.set(tenantId, day)
    }
  }
}
