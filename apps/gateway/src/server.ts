import { createServer, type Server } from 'node:http'
import { importBundle, listOrganizations, operatorCaller, type UseCaseResult } from '@chidao/app'
import { type ChidaoDatabase, loadExampleBundle, openDatabase } from '@chidao/db'
import type { GatewayConfig } from './config.js'
import type { LiveEvents } from './live/live-events.js'
import { openLiveEvents } from './live/open-live-events.js'
import type { Logger } from './logger.js'
import { operatorContext } from './operator-context.js'
import { createGateway } from './yoga.js'

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

/**
 * Opens the database, migrates it, makes sure the tenant exists, and serves the gateway.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    // A database that stops answering costs a request this long, not the request timeout.
    statementTimeoutMs: config.limits.databaseTimeoutMs,
    connectTimeoutMs: config.limits.databaseTimeoutMs,
  })
  try {
    await db.migrate()
    await db.ensureTenant(config.tenantId, config.tenantName)
    await seedIfEmpty(db, config, logger)
  } catch (error) {
    await db.close()
    throw error
  }
  let live: LiveEvents
  try {
    // With REDIS_URL, both Redis connections are open here: a wrong URL stops the start.
    live = await openLiveEvents(config.live, logger)
  } catch (error) {
    await db.close()
    throw error
  }
  let yoga: ReturnType<typeof createGateway>
  try {
    yoga = createGateway({
      db,
      tenantId: config.tenantId,
      security: config.security,
      limits: config.limits,
      logger,
      live,
    })
  } catch (error) {
    // A manifest of trusted documents that cannot be used (ConfigError).
    await live.close()
    await db.close()
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
        await liveClosed
        await db.close()
      })()
      return stopping
    },
  }
}

/**
 * Loads the example bundle into an empty database on first start, so that `npm start` on a
 * fresh clone shows a real programme. Only for the example's own tenant, and only when that
 * tenant holds nothing yet: a province's data is never touched.
 */
async function seedIfEmpty(db: ChidaoDatabase, config: GatewayConfig, logger: Logger) {
  if (config.seed !== 'example') return
  const example = await loadExampleBundle()
  if (example.tenant.id !== config.tenantId) return
  // The deployment seeds itself as its operator: every level (the example holds a Mật notice).
  const context = operatorContext(db, config.tenantId, {
    ...operatorCaller('seed'),
    actor: 'system:seed',
  })
  const existing = seeded(await listOrganizations(context, { first: 1 }))
  if (existing.totalCount > 0) return
  const report = seeded(await importBundle(context, { bundle: example }))
  logger.info(
    {
      tenant: config.tenantId,
      organizations: report.organizations.created,
      tasks: report.tasks.created,
    },
    `loaded the example bundle into the empty tenant ${config.tenantId}`,
  )
}

/**
 * The value of a use case the seed calls; its failure stops the start, with the code and the
 * English and the Vietnamese message each on its own line.
 */
function seeded<T>(result: UseCaseResult<T, string>): T {
  if (result.ok) return result.value
  const { code, message, messageVi } = result.error
  throw new Error(
    [
      `The example bundle was not loaded: [${code}] ${message}`,
      `Chưa nạp được gói dữ liệu mẫu: ${messageVi}`,
    ].join('\n'),
  )
}
