/**
 * Serves the chidao gateway for the sustained-load benchmark, in a process of its own:
 * `node --conditions=@chidao/source --import tsx bench/gateway/sustained-launcher.ts`, with
 * `DATABASE_URL` (PostgreSQL) or `CHIDAO_DATA_DIR` (embedded PGlite), `CHIDAO_JWT_SECRET`;
 * the tenant is the example's (`demo`), loaded on start. Prints `READY <port>` once listening;
 * stops on SIGTERM or SIGINT.
 *
 * Bench only: `GET /__bench/stats` shows the process's memory (RSS, V8 heap after a full
 * collection when started with `--expose-gc`, external) and how
 * many progress reports the benchmark wrote (idempotency keys `sustained-…`), to compare with
 * the writes it saw acknowledged. The real server (`chidao serve`) has no such route.
 */
import { createServer } from 'node:http'
import { importBundle, loadExampleBundle, openDatabase } from '@chidao/db'
import { createGateway, DEFAULT_LIMITS, readSecurityConfig } from '@chidao/gateway'

const url = process.env.DATABASE_URL ?? null
const dataDir = process.env.CHIDAO_DATA_DIR ?? null
if (!url && !dataDir) throw new Error('DATABASE_URL or CHIDAO_DATA_DIR must be set')

const db = await openDatabase({ url, dataDir })
await db.migrate()
const example = await loadExampleBundle()
await db.ensureTenant(example.tenant.id, example.tenant.name)
await importBundle(db, example, { actor: 'bench:sustained' }, { clearance: 'TUYET_MAT' })
const yoga = createGateway({
  db,
  tenantId: example.tenant.id,
  security: readSecurityConfig(process.env),
  limits: DEFAULT_LIMITS,
})

async function written(): Promise<number> {
  const row = await db.kysely
    .selectFrom('progress_report')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('idempotency_key', 'like', 'sustained-%')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

const server = createServer((req, res) => {
  if (req.url === '/__bench/stats') {
    written().then(
      (reports) => {
        // Started with --expose-gc: a full collection first, so that heapUsed is what is live,
        // not garbage waiting for the next collection.
        ;(globalThis as { gc?: () => void }).gc?.()
        const m = process.memoryUsage()
        const body = JSON.stringify({
          rss: m.rss,
          heapUsed: m.heapUsed,
          heapTotal: m.heapTotal,
          external: m.external,
          reports,
        })
        res.writeHead(200, { 'content-type': 'application/json' }).end(body)
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    )
    return
  }
  yoga(req, res)
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.CHIDAO_BENCH_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`)
})
const stop = () => {
  server.close()
  server.closeAllConnections()
  db.close().finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
