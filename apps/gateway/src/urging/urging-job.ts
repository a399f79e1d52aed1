import type { IsoDate, TenantId } from '@chidao/domain'

/** Plan a tenant's reminders through a day. */
export interface PlanJob {
  readonly task: 'urging_plan'
  readonly tenantId: TenantId
  readonly day: IsoDate
}

/** Attempt one delivery, not before `runAt` (real time). */
export interface DeliverJob {
  readonly task: 'urging_deliver'
  readonly tenantId: TenantId
  readonly deliveryId: string
  readonly runAt: Date
}

/** A job the urging runtime queues. */
export type UrgingJob = PlanJob | DeliverJob

/**
 * The job's key: a second job with the same key replaces a waiting one instead of queueing
 * twice. A delivery's key is its id, so it has at most one waiting attempt.
 *
 * @example
 * ```ts
 * urgingJobKey({ task: 'urging_plan', tenantId: 'demo', day: '2026-12-07' }) // 'urging:plan:demo:2026-12-07'
 * ```
 */
export function urgingJobKey(job: UrgingJob): string {
  return job.task === 'urging_plan'
    ? `urging:plan:${job.tenantId}:${job.day}`
    : `urging:deliver:${job.deliveryId}`
}

/** The job's payload as stored by a queue (JSON). */
export function urgingJobPayload(job: UrgingJob): Record<string, string> {
  return job.task === 'urging_plan'
    ? { tenantId: job.tenantId, day: job.day }
    : { tenantId: job.tenantId, deliveryId: job.deliveryId }
}

/** Schedules jobs: what the tasks use to queue their follow-ups. */
export interface UrgingScheduler {
  add(job: UrgingJob): Promise<void>
}

/**
 * The four tasks, the same functions whichever queue runs them: `tick` (every minute: queue the
 * planning of each tenant whose digest time has come), `plan`, `deliver`, and `sweep` (every
 * minute: queue the deliveries that are due or whose lease expired — a process killed mid-send).
 */
export interface UrgingTasks {
  tick(): Promise<void>
  plan(payload: { readonly tenantId: TenantId; readonly day: IsoDate }): Promise<void>
  deliver(payload: { readonly tenantId: TenantId; readonly deliveryId: string }): Promise<void>
  sweep(): Promise<void>
}

/** A running queue: add jobs, stop gracefully (jobs under way finish). */
export interface UrgingQueue extends UrgingScheduler {
  /** Which queue: `graphile-worker` on PostgreSQL, `embedded` on PGlite. */
  readonly kind: 'graphile-worker' | 'embedded'
  stop(): Promise<void>
}
