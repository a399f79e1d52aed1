/**
 * Serves the chidao gateway for the national benchmark, in a process of its own:
 * `node --conditions=@chidao/source --import tsx bench/national/gateway-launcher.ts`, with
 * `DATABASE_URL` (or `CHIDAO_BENCH_PGLITE_DIR`: an embedded PGlite data directory instead),
 * `CHIDAO_TENANT` and `CHIDAO_JWT_SECRET` set (`CHIDAO_BENCH_PORT`, default 0: any free port;
 * `CHIDAO_BENCH_POOL_SIZE`, default 10).
 * Prints `READY <port>` once listening; stops on SIGTERM or SIGINT.
 *
 * Bench only: it counts the SQL statements the gateway runs (Kysely's `onQuery` hook) and
 * shows the count and the process's memory on `GET /__bench/stats`. The real server
 * (`chidao serve`) has no such route.
 */
import { createServer } from 'node:http'
import { openDatabase } from '@chidao/db'
import { asId, type TenantId } from '@chidao/domain'
import { createGateway, DEFAULT_LIMITS, readSecurityConfig } from '@chidao/gateway'

const url = process.env.DATABASE_URL
const dataDir = process.env.CHIDAO_BENCH_PGLITE_DIR
const tenant = process.env.CHIDAO_TENANT
if (!(url || dataDir) || !tenant) {
  throw new Error('DATABASE_URL (or CHIDAO_BENCH_PGLITE_DIR) and CHIDAO_TENANT must be set')
}
const tenantId = asId<TenantId>(tenant)

let statements = 0
/** Statements by kind: transaction control, the fence's settings, and the queries proper. */
const kinds = { control: 0, settings: 0, query: 0 }
const kindOf = (text: string) =>
  /^\s*(begin|commit|rollback|savepoint|release|start transaction)\b/i.test(text)
    ? 'control'
    : /\bset_config\(/i.test(text)
      ? 'settings'
      : 'query'
const db = await openDatabase({
  ...(url ? { url } : { dataDir }),
  poolSize: Number(process.env.CHIDAO_BENCH_POOL_SIZE ?? 10),
  onQuery: (event) => {
    statements++
    kinds[kindOf(event.query.sql)]++
  },
})
const yoga = createGateway({
  db,
  tenantId,
  security: readSecurityConfig(process.env),
  limits: DEFAULT_LIMITS,
})
const server = createServer((req, res) => {
  if (req.url === '/__bench/stats') {
    const body = JSON.stringify({ statements, kinds, rss: process.memoryUsage().rss })
    res.writeHead(200, { 'content-type': 'application/json' }).end(body)
    return
  }
  void yoga(req, res)
})
server.keepAliveTimeout = 60_000
await new Promise<void>((resolve) =>
  server.listen(Number(process.env.CHIDAO_BENCH_PORT ?? 0), '127.0.0.1', resolve),
)
const address = server.address()
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await db.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
// The bench process closes our stdin when it ends, even if it dies without a signal.
process.stdin.on('end', () => void stop())
process.stdin.resume()
