import { createServer, type Server } from 'node:http'
import { type Clock, systemClock } from '@chidao/app'
import {
  type BackupListener,
  type ChidaoDatabase,
  embeddedDataDir,
  listenForBackups,
  openDatabase,
} from '@chidao/db'
import { createReminderSender } from '@chidao/notify'
import type { GatewayConfig } from './config.js'
import type { LiveEvents } from './live/live-events.js'
import { openLiveEvents } from './live/open-live-events.js'
import { publishRemindersRaised } from './live/publish-reminders-raised.js'
import type { Logger } from './logger.js'
import { openObservability } from './observability/open-observability.js'
import { seedIfEmpty } from './seed-example.js'
import { firstStartDump } from './start-snapshot/first-start-dump.js'
import { START_SNAPSHOT_DIR } from './start-snapshot/start-snapshot-contents.js'
import { gatewayUrgingWork, type UrgingUseCases } from './urging/gateway-urging-work.js'
import { runningClockFrom } from './urging/running-clock.js'
import { startUrgingRuntime, type UrgingRuntime } from './urging/urging-runtime.js'
import { applicationUrgingUseCases } from './urging/urging-use-cases.js'
import type { UrgingWork } from './urging/urging-work.js'
import type { createGateway } from './yoga.js'

/** A running gateway: the HTTP server and how to stop it. */
export interface RunningGateway {
  readonly server: Server
  readonly url: string
  /**
   * Ends the live streams (subscriptions complete), stops accepting requests, lets those under
   * way finish, then closes the live events' connections and the database.
   */
  stop(): Promise<void>
}

/** What {@link startGateway} may be given beyond the configuration. */
export interface GatewayStartOptions {
  /**
   * The urging use cases bound to a tenant's system context, given the database and the clock;
   * by default the application's, sending through the senders the configuration describes.
   */
  readonly urgingUseCases?: (db: ChidaoDatabase, clock: Clock) => UrgingUseCases
  /** Told of the reminders each planning raised (live updates). */
  readonly onRemindersRaised?: UrgingWork['onRemindersRaised']
  /**
   * Where the start snapshot is (a migrated and seeded embedded database, made by the build):
   * by default the build's, beside the compiled code; `null` for none (always the slow way).
   */
  readonly startSnapshot?: string | null
}

/**
 * Opens the database (a fresh embedded one from the build's start snapshot when it matches),
 * migrates it, makes sure the tenant exists, seeds it, serves the gateway, and (unless
 * `CHIDAO_URGING=off`) plans and delivers reminders in the same process.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: GatewayStartOptions = {},
): Promise<RunningGateway> {
  // The schema's modules load while the database opens (a first start unpacks it meanwhile).
  const gatewayModule = import('./yoga.js')
  gatewayModule.catch(() => {}) // awaited below; a failure to load is thrown there
  // Metrics and traces, when asked for; tracing hooks into the database's statements.
  const observability = await openObservability(config.observability)
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    // A database that stops answering costs a request this long, not the request timeout.
    statementTimeoutMs: config.limits.databaseTimeoutMs,
    connectTimeoutMs: config.limits.databaseTimeoutMs,
    // Queries may read from replicas (CHIDAO_READ_URL); one that fails is logged and skipped.
    readUrls: config.replicas.readUrls,
    replicaWaitMs: config.replicas.waitMs,
    preparedStatements: config.preparedStatements,
    onReplicaDown: (replica, error) =>
      logger.warn(
        { err: error, replica },
        `read replica ${replica} failed: reading from the primary for a while`,
      ),
    // A fresh embedded data directory starts from the build's snapshot when it matches.
    firstStartDump: firstStartDump(config, logger, options.startSnapshot ?? START_SNAPSHOT_DIR),
    onQuery: observability.onQuery,
  }).catch(async (error: unknown) => {
    await observability.shutdown()
    throw error
  })
  try {
    await db.migrate()
    await db.ensureTenant(config.tenantId, config.tenantName)
    await seedIfEmpty(db, config, logger)
  } catch (error) {
    await db.close()
    await observability.shutdown()
    throw error
  }
  const backups = await answerBackups(db, config, logger)
  let live: LiveEvents
  try {
    // With REDIS_URL, both Redis connections are open here: a wrong URL stops the start.
    live = await openLiveEvents(config.live, logger)
  } catch (error) {
    await backups?.close()
    await db.close()
    await observability.shutdown()
    throw error
  }
  let yoga: ReturnType<typeof createGateway>
  try {
    const { createGateway } = await gatewayModule
    const observers = await observability.plugins(db)
    yoga = createGateway({
      db,
      tenantId: config.tenantId,
      security: config.security,
      limits: config.limits,
      logger,
      live,
      observers,
      webApp: config.webApp,
    })
  } catch (error) {
    // A manifest of trusted documents that cannot be used (ConfigError).
    await live.close()
    await backups?.close()
    await db.close()
    await observability.shutdown()
    throw error
  }
  const server = createServer(yoga)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const url = `http://${host}:${port}/graphql`
  let urging: UrgingRuntime | null = null
  try {
    urging = await startUrging(db, config, logger, live, options)
  } catch (error) {
    server.close()
    await backups?.close()
    await db.close()
    throw error
  }
  logger.info(
    { url, database: db.location, tenant: config.tenantId },
    `chidao gateway listening on ${url} (database: ${db.location}, tenant: ${config.tenantId})`,
  )
  let stopping: Promise<void> | null = null
  return {
    server,
    url,
    stop: () => {
      stopping ??= (async () => {
        // A subscription's stream would hold its connection, and server.close, forever.
        const liveClosed = live.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        })
        // The jobs under way finish before the database they write to closes.
        await urging?.stop()
        await liveClosed
        await backups?.close()
        await db.close()
        await observability.shutdown()
      })()
      return stopping
    },
  }
}

/**
 * On an embedded database on disk, answers `chidao backup` through the data directory's backup
 * socket (the directory is this process's alone while it serves); null on PostgreSQL, whose
 * backups are pg_dump's, and in memory.
 */
async function answerBackups(
  db: ChidaoDatabase,
  config: GatewayConfig,
  logger: Logger,
): Promise<BackupListener | null> {
  const dataDir = embeddedDataDir({ url: config.databaseUrl, dataDir: config.dataDir })
  if (!dataDir) return null
  try {
    const listener = await listenForBackups(db, dataDir)
    logger.debug({ socket: listener.path }, 'answering chidao backup on the backup socket')
    return listener
  } catch (error) {
    // Serving matters more than answering backups: say why they cannot be taken while serving.
    logger.warn({ err: error }, 'chidao backup cannot reach this server: no backup socket')
    return null
  }
}

/** How long an embedded server waits after listening before the urging runtime's first tick. */
const FIRST_PLANNING_AFTER_MS = 2_000

/** Starts the urging runtime when it is on and the use cases are given; null otherwise. */
async function startUrging(
  db: ChidaoDatabase,
  config: GatewayConfig,
  logger: Logger,
  live: LiveEvents,
  options: GatewayStartOptions,
): Promise<UrgingRuntime | null> {
  if (!config.urging.enabled) return null
  const { clockStart, clockStartedAt } = config.urging
  const clock = clockStart
    ? runningClockFrom(clockStart, clockStartedAt ?? new Date())
    : systemClock
  const sender = createReminderSender({
    email: config.urging.smtpUrl
      ? { url: config.urging.smtpUrl, from: config.urging.mailFrom }
      : null,
  })
  const useCases =
    options.urgingUseCases?.(db, clock) ??
    applicationUrgingUseCases({ db, clock, sender, leaseMs: config.urging.leaseSeconds * 1_000 })
  const work = gatewayUrgingWork({
    db,
    tenantId: config.tenantId,
    clock,
    useCases,
    // Subscribers of remindersRaised hear of each planning run, and so does the caller's hook.
    onRemindersRaised: (tenantId, reminderKeys) => {
      publishRemindersRaised(live, tenantId, reminderKeys)
      options.onRemindersRaised?.(tenantId, reminderKeys)
    },
  })
  const runtime = await startUrgingRuntime({
    work,
    clock,
    logger,
    databaseUrl: config.databaseUrl,
    // On PGlite's one connection the first planning of the day would hold up the first requests
    // of a fresh start (about 0.7 s measured): it runs once they have had two seconds.
    firstRunAfterMs: FIRST_PLANNING_AFTER_MS,
  })
  return {
    ...runtime,
    stop: async () => {
      await runtime.stop()
      sender.close()
    },
  }
}
