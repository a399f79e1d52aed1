import {
  type LogLevel,
  parseCronItems,
  run,
  type TaskList,
  Logger as WorkerLogger,
} from 'graphile-worker'
import pg from 'pg'
import type { Logger } from '../logger.js'
import {
  type UrgingJob,
  type UrgingQueue,
  type UrgingTasks,
  urgingJobKey,
  urgingJobPayload,
} from './urging-job.js'

/** Options of {@link startGraphileWorkerQueue}. */
export interface GraphileWorkerQueueOptions {
  /** The PostgreSQL database; graphile-worker keeps its jobs in its own schema there. */
  readonly connectionString: string
  readonly logger: Logger
  /** Jobs run at once by this process (default 4). */
  readonly concurrency?: number
}

/** Attempts graphile-worker gives a job that throws (the database away, a bug). */
const JOB_MAX_ATTEMPTS = 10

/**
 * Runs the urging tasks on graphile-worker 0.16 (PostgreSQL): durable jobs shared by every
 * gateway process on the database, each taken by one worker (`SKIP LOCKED`); `tick` and
 * `sweep` from its crontab every minute (known_crontabs makes one process run each minute)
 * and once at start. No cron backfill: a tick is not about its minute, the planning catches up
 * from the tenant's last planned day, and one tick at start does what a backfill would; a job is
 * retried by graphile-worker only when the task throws — a failed send is an outcome the
 * deliver task schedules itself. A worker killed with `-9` leaves its job locked for 4 hours
 * (graphile-worker's own expiry): the sweep re-queues the delivery once its lease expires,
 * and adding a job under a locked job's key makes a new job.
 *
 * @example
 * ```ts
 * const queue = await startGraphileWorkerQueue(tasks, { connectionString: url, logger })
 * await queue.add({ task: 'urging_plan', tenantId: 'demo', day: '2026-12-07' })
 * await queue.stop()
 * ```
 */
export async function startGraphileWorkerQueue(
  tasks: UrgingTasks,
  options: GraphileWorkerQueueOptions,
): Promise<UrgingQueue> {
  const taskList: TaskList = {
    urging_tick: () => tasks.tick(),
    urging_sweep: () => tasks.sweep(),
    urging_plan: (payload) => tasks.plan(payload as Parameters<UrgingTasks['plan']>[0]),
    urging_deliver: (payload) => tasks.deliver(payload as Parameters<UrgingTasks['deliver']>[0]),
  }
  const concurrency = options.concurrency ?? 4
  const pool = workerPool(options, concurrency + 2)
  const runner = await runOnceInstalled(() =>
    run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 2_000,
      logger: workerLogger(options.logger),
      taskList,
      parsedCronItems: parseCronItems([
        {
          task: 'urging_tick',
          identifier: 'urging_tick',
          match: '* * * * *',
          options: { backfillPeriod: 0, queueName: 'urging_tick' },
        },
        {
          task: 'urging_sweep',
          identifier: 'urging_sweep',
          match: '* * * * *',
          options: { backfillPeriod: 0, queueName: 'urging_sweep' },
        },
      ]),
    }),
  )
  const add = async (job: UrgingJob, runAt?: Date) => {
    await runner.addJob(job.task, urgingJobPayload(job), {
      jobKey: urgingJobKey(job),
      jobKeyMode: 'replace',
      runAt: runAt ?? (job.task === 'urging_deliver' ? job.runAt : undefined),
      maxAttempts: JOB_MAX_ATTEMPTS,
    })
  }
  // At start, at once rather than at the next minute: the planning due while no process ran,
  // and the deliveries left behind.
  await runner.addJob('urging_tick', {}, { jobKey: 'urging:tick:start', queueName: 'urging_tick' })
  await runner.addJob(
    'urging_sweep',
    {},
    { jobKey: 'urging:sweep:start', queueName: 'urging_sweep' },
  )
  return Object.freeze({
    kind: 'graphile-worker' as const,
    add: (job: UrgingJob) => add(job),
    stop: async () => {
      try {
        await runner.stop()
      } finally {
        await pool.end()
      }
    },
  })
}

/**
 * The pool graphile-worker runs on, owned here rather than by graphile-worker: graphile-worker
 * takes its error listeners off a pool it made before it ends it, so a connection the server
 * ends at that moment (a restart, a dropped database) would be an uncaught error that stops
 * the process. Here a connection's error is logged for as long as the pool lives.
 */
function workerPool(options: GraphileWorkerQueueOptions, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.connectionString, max })
  const log = options.logger.child({ component: 'graphile-worker' })
  const onError = (error: Error) => log.warn({ err: error }, 'job queue connection lost')
  pool.on('error', onError)
  pool.on('connect', (client) => client.on('error', onError))
  return pool
}

/**
 * Runs `start` again once when it failed because another process was installing
 * graphile-worker's schema at the same moment (a duplicate schema, table or migration row):
 * the second try finds the schema there.
 */
async function runOnceInstalled<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code !== '23505' && code !== '42P06' && code !== '42P07') throw error
    return start()
  }
}

/** graphile-worker's logs through the gateway's logger, at the same levels. */
function workerLogger(logger: Logger): WorkerLogger {
  const child = logger.child({ component: 'graphile-worker' })
  return new WorkerLogger(() => (level: LogLevel, message: string, meta?: object) => {
    const at = level === 'warning' ? 'warn' : level
    child[at](meta ?? {}, message)
  })
}
