/**
 * Serves the chidao gateway for the national benchmark, in a process of its own:
 * `node --conditions=@chidao/source --import tsx bench/national/gateway-launcher.mjs` (the
 * packages' TypeScript source, as the benchmark runs it) or `node bench/national/gateway-launcher.mjs`
 * (the built packages, `dist/`, as `chidao serve` runs: no tsx in the process), with
 * `DATABASE_URL` (or `CHIDAO_BENCH_PGLITE_DIR`: an embedded PGlite data directory instead),
 * `CHIDAO_TENANT` and `CHIDAO_JWT_SECRET` set (`CHIDAO_BENCH_PORT`, default 0: any free port;
 * `CHIDAO_BENCH_POOL_SIZE`, default 10; `CHIDAO_READ_URL`: read replicas, as `chidao serve` reads it).
 * Prints `READY <port>` once listening; stops on SIGTERM or SIGINT.
 *
 * Bench only: it counts the SQL statements the gateway runs (Kysely's `onQuery` hook) and
 * shows the count and the process's memory on `GET /__bench/stats`. The real server
 * (`chidao serve`) has no such route.
 */
import { openDatabase } from '@chidao/db'
import { asId } from '@chidao/domain'
import {
  createGateway,
  DEFAULT_LIMITS,
  readPreparedStatements,
  readReplicaConfig,
  readSecurityConfig,
} from '@chidao/gateway'
import { serveBench, statementCounter } from './bench-server.mjs'

const url = process.env.DATABASE_URL
const dataDir = process.env.CHIDAO_BENCH_PGLITE_DIR
const tenant = process.env.CHIDAO_TENANT
if (!(url || dataDir) || !tenant) {
  throw new Error('DATABASE_URL (or CHIDAO_BENCH_PGLITE_DIR) and CHIDAO_TENANT must be set')
}
const tenantId = asId(tenant)

const counter = statementCounter()
const replicas = readReplicaConfig(process.env, url ?? null)
const db = await openDatabase({
  ...(url ? { url } : { dataDir }),
  poolSize: Number(process.env.CHIDAO_BENCH_POOL_SIZE ?? 10),
  readUrls: replicas.readUrls,
  replicaWaitMs: replicas.waitMs,
  // As `chidao serve` reads it: `CHIDAO_PREPARED_STATEMENTS=false` turns prepared statements off.
  preparedStatements: readPreparedStatements(process.env),
  onQuery: (event) => counter.count(event.query.sql),
})
const yoga = createGateway({
  db,
  tenantId,
  security: readSecurityConfig(process.env),
  limits: DEFAULT_LIMITS,
})
await serveBench({
  handle: (req, res) => void yoga(req, res),
  stats: counter.stats,
  release: () => db.close(),
})
