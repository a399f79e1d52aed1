import type { Clock } from '@chidao/app'
import type { Logger } from '../logger.js'
import { startEmbeddedQueue } from './embedded-queue.js'
import type { UrgingJob, UrgingQueue } from './urging-job.js'
import type { UrgingTaskContext } from './urging-task-context.js'
import { urgingTasks } from './urging-tasks.js'
import type { UrgingWork } from './urging-work.js'

/** Options of {@link startUrgingRuntime}. */
export interface UrgingRuntimeOptions {
  readonly work: UrgingWork
  readonly clock: Clock
  readonly logger: Logger
  /**
   * Where the jobs live: graphile-worker on this PostgreSQL database (every gateway process on
   * it shares the work), or, with null, the embedded runner of this one process (PGlite).
   */
  readonly databaseUrl: string | null
  /** Jobs run at once by this process. */
  readonly concurrency?: number
  /** Due deliveries one sweep queues per tenant (default 1000). */
  readonly sweepLimit?: number
  /** Embedded runner only: how often tick and sweep run (default 60 s). */
  readonly intervalMs?: number
  /** Embedded runner only: when the first tick and sweep run (default at once). */
  readonly firstRunAfterMs?: number
}

/** The running urging (đôn đốc) runtime. */
export interface UrgingRuntime {
  readonly queue: UrgingQueue['kind']
  /** Queues a job now (the API's re-send of a dead delivery, say). */
  add(job: UrgingJob): Promise<void>
  /** Stops taking jobs and lets those under way finish. */
  stop(): Promise<void>
}

/**
 * Starts planning and delivering reminders in this process: a planning job per tenant when its
 * local time reaches the digest time (and at start, for the days missed while down), a delivery
 * job per new delivery and per retry at the time its backoff chose, and a sweep every minute
 * for deliveries due or abandoned by a dead process.
 *
 * @example
 * ```ts
 * const urging = await startUrgingRuntime({ work, clock: systemClock, logger, databaseUrl })
 * process.once('SIGTERM', () => urging.stop())
 * ```
 */
export async function startUrgingRuntime(options: UrgingRuntimeOptions): Promise<UrgingRuntime> {
  const logger = options.logger.child({ component: 'urging' })
  let queue: UrgingQueue | null = null
  const early: UrgingJob[] = []
  const context: UrgingTaskContext = {
    work: options.work,
    clock: options.clock,
    logger,
    sweepLimit: options.sweepLimit ?? 1_000,
    // The tasks may run before the queue's start returns (graphile-worker polls at once).
    scheduler: {
      add: async (job) => {
        if (queue) await queue.add(job)
        else early.push(job)
      },
    },
  }
  const tasks = urgingTasks(context)
  queue = options.databaseUrl
    ? // graphile-worker is loaded only for PostgreSQL: an embedded start never needs it.
      await (await import('./graphile-worker-queue.js')).startGraphileWorkerQueue(tasks, {
        connectionString: options.databaseUrl,
        logger,
        ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      })
    : startEmbeddedQueue(tasks, {
        logger,
        ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
        ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
        ...(options.firstRunAfterMs === undefined
          ? {}
          : { firstRunAfterMs: options.firstRunAfterMs }),
      })
  const started = queue
  for (const job of early.splice(0)) await started.add(job)
  logger.info({ queue: started.kind }, `urging runtime started (${started.kind})`)
  return Object.freeze({
    queue: started.kind,
    add: (job: UrgingJob) => started.add(job),
    stop: async () => {
      await started.stop()
      logger.info('urging runtime stopped')
    },
  })
}
