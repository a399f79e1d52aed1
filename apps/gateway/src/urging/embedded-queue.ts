import type { Logger } from '../logger.js'
import { type UrgingJob, type UrgingQueue, type UrgingTasks, urgingJobKey } from './urging-job.js'

/** Options of {@link startEmbeddedQueue}. */
export interface EmbeddedQueueOptions {
  readonly logger: Logger
  /** Jobs run at once (default 2: PGlite answers one statement at a time anyway). */
  readonly concurrency?: number
  /** How often `tick` and `sweep` run (default 60 s, as the crontab of the job queue). */
  readonly intervalMs?: number
  /**
   * When the first `tick` and `sweep` run after the start (default at once). PGlite answers one
   * statement at a time: a server gives its first requests a moment before planning the day.
   */
  readonly firstRunAfterMs?: number
}

/**
 * Runs the urging tasks in this process, for the embedded PGlite database (one process owns
 * its data directory). The same task functions as on graphile-worker; the durability is
 * chidao's own tables, not this queue's memory: a delivery is PENDING or FAILED with its next
 * attempt, or SENDING under a lease, and a tenant has its last planned day. So at start, and
 * every interval, `tick` plans whatever is due (the days missed while down included) and
 * `sweep` queues every delivery due or whose lease expired — what a restart after `kill -9`
 * needs. Jobs keyed alike replace each other while waiting, as graphile-worker's `jobKey`.
 *
 * @example
 * ```ts
 * const queue = startEmbeddedQueue(tasks, { logger })
 * await queue.add({ task: 'urging_plan', tenantId: 'demo', day: '2026-12-07' })
 * await queue.stop()
 * ```
 */
export function startEmbeddedQueue(tasks: UrgingTasks, options: EmbeddedQueueOptions): UrgingQueue {
  const logger = options.logger.child({ component: 'embedded-queue' })
  const concurrency = options.concurrency ?? 2
  const waiting = new Map<string, { job: UrgingJob; timer: NodeJS.Timeout | null }>()
  const ready: string[] = []
  const running = new Set<Promise<void>>()
  let stopped = false

  const execute = async (job: UrgingJob) => {
    if (job.task === 'urging_plan') await tasks.plan(job)
    else await tasks.deliver(job)
  }
  const pump = () => {
    while (!stopped && running.size < concurrency && ready.length > 0) {
      const key = ready.shift() as string
      const entry = waiting.get(key)
      if (!entry) continue
      waiting.delete(key)
      const done: Promise<void> = execute(entry.job)
        .catch((error: unknown) => {
          // The sweep or the next tick tries again: the tables say what is still to do.
          logger.error({ err: error, job: key }, `urging job ${key} failed`)
        })
        .finally(() => {
          running.delete(done)
          pump()
        })
      running.add(done)
    }
  }
  const add = async (job: UrgingJob) => {
    if (stopped) return
    const key = urgingJobKey(job)
    const previous = waiting.get(key)
    if (previous?.timer) clearTimeout(previous.timer)
    const delay = job.task === 'urging_deliver' ? job.runAt.getTime() - Date.now() : 0
    if (delay <= 0) {
      if (!previous || previous.timer) ready.push(key)
      waiting.set(key, { job, timer: null })
      pump()
      return
    }
    if (previous && !previous.timer) ready.splice(ready.indexOf(key), 1)
    const timer = setTimeout(() => {
      const entry = waiting.get(key)
      if (!entry) return
      entry.timer = null
      ready.push(key)
      pump()
    }, delay)
    timer.unref()
    waiting.set(key, { job, timer })
  }
  let periodic: Promise<void> = Promise.resolve()
  const everyInterval = () => {
    // One tick and one sweep at a time, in order: a slow sweep is not stacked on another.
    periodic = periodic.then(async () => {
      if (stopped) return
      await tasks
        .tick()
        .catch((error: unknown) => logger.error({ err: error }, 'urging tick failed'))
      await tasks
        .sweep()
        .catch((error: unknown) => logger.error({ err: error }, 'urging sweep failed'))
    })
  }
  const interval = setInterval(everyInterval, options.intervalMs ?? 60_000)
  interval.unref()
  const first = options.firstRunAfterMs ? setTimeout(everyInterval, options.firstRunAfterMs) : null
  if (first) first.unref()
  else everyInterval()

  return Object.freeze({
    kind: 'embedded' as const,
    add,
    stop: async () => {
      stopped = true
      clearInterval(interval)
      if (first) clearTimeout(first)
      for (const { timer } of waiting.values()) if (timer) clearTimeout(timer)
      waiting.clear()
      ready.length = 0
      await periodic
      await Promise.all([...running])
    },
  })
}
