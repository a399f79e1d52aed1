/**
 * Scale-out figures (issue 21): the same loaded database served by one gateway process or by
 * several, with and without a streaming read replica (`CHIDAO_READ_URL`), under question 1 (the
 * urge list, a read) and question 5 (the write mix) at concurrency 8 and 32.
 *
 * The replica needs a primary with `wal_level=replica` and a replication line in pg_hba.conf,
 * which the shared server on 5432 has not (and must not be restarted for): like the reliability
 * suite's replica test, this script makes a PRIVATE cluster (initdb in a temporary directory, its
 * own port), bulk-loads the national dataset into the primary, `pg_basebackup -R` a replica of
 * it and starts it. All four set-ups run against that same primary, so they compare like with
 * like. The gateways are gateway-launcher.mjs child processes; autocannon spreads its
 * connections over several URLs. Every process and the directory are removed at the end.
 *
 * `npm run bench -- scale-out [--size small|province|national] [--duration 5] [--warmup 1]
 *   [--seed 42] [--gateways 3]` (or `node --conditions=@chidao/source --import tsx
 *   bench/national/scale-out.ts …`). Needs PostgreSQL's server binaries and pg_basebackup.
 * Writes `bench/results/<date>-scale-out-<size>.json`.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Bundle, parseBundle } from '@chidao/domain'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import {
  basebackupReplica,
  clusterDirectory,
  findPostgresBinaries,
  initPrivateServer,
  type PrivateServer,
  removeClusterDirectory,
} from '../../apps/gateway/test/reliability/private-cluster.js'
import { argValue } from '../lib/command-line.js'
import { type DatasetSize, generateDataset } from './generate.js'
import {
  adminQuery,
  ask,
  cannonRun,
  chidaoBodies,
  type Fixture,
  gatewayArgs,
  type HttpTarget,
  loadPostgres,
  type Question,
  type RunFigures,
  readFixture,
  type ServerStats,
  startChild,
  stopChild,
} from './load.bench.js'

const here = dirname(fileURLToPath(import.meta.url))
const CONCURRENCY = [8, 32] as const
const QUESTIONS = ['q1', 'q5'] as const satisfies readonly Question[]
const TITLES = { q1: 'urge list (read)', q5: 'write mix (1 write : 2 reads)' } as const

interface Options {
  size: DatasetSize
  seed: number
  durationS: number
  warmupS: number
  gateways: number
}

/** One way of serving: how many gateway processes, and whether they read from the replica. */
interface Setup {
  label: string
  gateways: number
  replica: boolean
}

interface Row {
  setup: string
  question: (typeof QUESTIONS)[number]
  connections: number
  figures: RunFigures
  /** Transactions the replica committed during the run (reads it served); null without it. */
  replicaTransactions: number | null
}

function options(argv: readonly string[]): Options {
  const size = (argValue(argv, 'size') ?? 'province') as DatasetSize
  if (!['small', 'province', 'national'].includes(size)) {
    throw new Error(`unknown size "${size}": small, province or national`)
  }
  const durationS = Number(argValue(argv, 'duration') ?? 5)
  const warmupS = Number(argValue(argv, 'warmup') ?? 1)
  const gateways = Number(argValue(argv, 'gateways') ?? 3)
  if (!(durationS > 0) || !(warmupS >= 0) || !(Number.isInteger(gateways) && gateways >= 2)) {
    throw new Error('--duration above 0, --warmup 0 or more (seconds), --gateways 2 or more')
  }
  return { size, seed: Number(argValue(argv, 'seed') ?? 42), durationS, warmupS, gateways }
}

function parsedBundles(size: DatasetSize, seed: number): Bundle[] {
  return generateDataset(size, seed).map((input) => {
    const parsed = parseBundle(input)
    if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
    return parsed.value
  })
}

/** Transactions committed on a server so far (pg_stat_database, every database). */
async function committed(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const r = await client.query('select sum(xact_commit)::bigint as n from pg_stat_database')
    return Number(r.rows[0].n)
  } finally {
    await client.end()
  }
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const position = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return String((await client.query(sql)).rows[0].lsn)
    } finally {
      await client.end()
    }
  }
  const target = await position(primaryUrl, 'select pg_current_wal_lsn() as lsn')
  for (;;) {
    const behind = await position(
      replicaUrl,
      `select pg_wal_lsn_diff('${target}', pg_last_wal_replay_lsn()) > 0 as lsn`,
    )
    if (behind === 'false') return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Starts `n` gateway processes on `url` (reading from `readUrl` when given). */
async function startGateways(
  n: number,
  env: Record<string, string>,
): Promise<{ children: ChildProcess[]; bases: string[] }> {
  const children: ChildProcess[] = []
  const bases: string[] = []
  try {
    for (let i = 0; i < n; i++) {
      const started = await startChild(`gateway ${i + 1}`, gatewayArgs(), env)
      children.push(started.child)
      bases.push(`http://127.0.0.1:${started.port}`)
    }
  } catch (error) {
    for (const child of children) await stopChild(child)
    throw error
  }
  return { children, bases }
}

/** Questions 1 and 5 at each concurrency against one set-up's gateways. */
async function measure(
  setup: Setup,
  target: HttpTarget,
  opts: Options,
  replicaUrl: string,
): Promise<Row[]> {
  const rows: Row[] = []
  for (const question of QUESTIONS) {
    for (const connections of CONCURRENCY) {
      if (opts.warmupS > 0) await cannonRun(target, question, connections, opts.warmupS)
      const before = setup.replica ? await committed(replicaUrl) : 0
      const figures = await cannonRun(target, question, connections, opts.durationS)
      const replicaTransactions = setup.replica ? (await committed(replicaUrl)) - before : null
      rows.push({ setup: setup.label, question, connections, figures, replicaTransactions })
      console.log(
        `${setup.label} ${question} c=${connections}: ${figures.rps.toFixed(1)} req/s, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, errors ${figures.errors}` +
          (replicaTransactions === null ? '' : `, replica transactions ${replicaTransactions}`),
      )
    }
  }
  return rows
}

function printTable(rows: readonly Row[]): string {
  const lines = [
    '| set-up | question | c | req/s | p50 ms | p99 ms | errors | replica transactions |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.setup} | ${r.question} ${TITLES[r.question]} | ${r.connections} | ${r.figures.rps.toFixed(1)} | ${r.figures.p50.toFixed(1)} | ${r.figures.p99.toFixed(1)} | ${r.figures.errors} | ${r.replicaTransactions ?? '—'} |`,
    ),
  ].join('\n')
  console.log(`\n${lines}\n`)
  return lines
}

/**
 * The private cluster: a loaded primary and its streaming replica, both running; each server is
 * added to `servers` as soon as it exists, for the caller to stop whatever happens.
 */
async function loadedCluster(
  bin: string,
  dir: string,
  dbName: string,
  bundles: Bundle[],
  servers: PrivateServer[],
) {
  const primary = await initPrivateServer(bin, dir, 'primary', { replication: true })
  servers.push(primary)
  primary.start()
  await adminQuery(`create database ${dbName}`, primary.url)
  const dbUrl = primary.url.replace(/\/postgres$/, `/${dbName}`)
  const load = await loadPostgres(dbUrl, bundles)
  await adminQuery('analyze', dbUrl)
  console.log(
    `bulk load (private primary): ${load.rows.toLocaleString('en')} rows in ${load.ms} ms`,
  )
  const replica = await basebackupReplica(bin, dir, 'replica', primary)
  servers.push(replica)
  replica.start()
  const replicaUrl = replica.url.replace(/\/postgres$/, `/${dbName}`)
  await caughtUp(primary.url, replica.url)
  return { primary, replica, dbUrl, replicaUrl, rows: load.rows }
}

async function main(argv: readonly string[]): Promise<void> {
  const opts = options(argv)
  const found = findPostgresBinaries()
  if ('reason' in found) throw new Error(`scale-out needs PostgreSQL's binaries: ${found.reason}`)
  const dbName = `chidao_bench_${opts.size}`
  const bundles = parsedBundles(opts.size, opts.seed)
  const setups: Setup[] = [
    { label: '1 gateway', gateways: 1, replica: false },
    { label: `${opts.gateways} gateways`, gateways: opts.gateways, replica: false },
    { label: '1 gateway + replica', gateways: 1, replica: true },
    { label: `${opts.gateways} gateways + replica`, gateways: opts.gateways, replica: true },
  ]
  const dir = await clusterDirectory('chidao-bench-scale-out-')
  const servers: PrivateServer[] = []
  const children: ChildProcess[] = []
  try {
    const cluster = await loadedCluster(found.bin, dir, dbName, bundles, servers)
    const pool = new pg.Pool({ connectionString: cluster.dbUrl, max: 2 })
    let fixture: Fixture
    try {
      fixture = await readFixture(
        async (text, params) => (await pool.query(text, params)).rows,
        bundles[0]!.tenant.id,
      )
    } finally {
      await pool.end()
    }
    const secret = randomBytes(32).toString('hex')
    const token = await mintDevelopmentToken(secret, {
      subject: 'bench',
      tenantId: fixture.tenantId as never,
      organizationCode: 'UBND-TINH',
      roles: ['ADMIN'],
      clearance: 'TUYET_MAT',
      ttlSeconds: 6 * 3600,
    })
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
    const rows: Row[] = []
    for (const setup of setups) {
      const env: Record<string, string> = {
        DATABASE_URL: cluster.dbUrl,
        CHIDAO_READ_URL: setup.replica ? cluster.replicaUrl : '',
        CHIDAO_TENANT: fixture.tenantId,
        CHIDAO_JWT_SECRET: secret,
        LOG_LEVEL: 'silent',
      }
      const started = await startGateways(setup.gateways, env)
      children.push(...started.children)
      const target: HttpTarget = {
        base: started.bases[0]!,
        bases: started.bases,
        headers,
        body: chidaoBodies(fixture),
        stats: async () =>
          (await (await fetch(`${started.bases[0]}/__bench/stats`)).json()) as ServerStats,
      }
      // Every process answers before any load.
      for (const base of started.bases) await ask({ ...target, base }, target.body('q1'))
      rows.push(...(await measure(setup, target, opts, cluster.replicaUrl)))
      for (const child of started.children) await stopChild(child)
      children.length = 0
      // The next set-up starts from a replica that has replayed this one's writes.
      await caughtUp(cluster.primary.url, cluster.replica.url)
    }
    const table = printTable(rows)
    const date = new Date().toISOString().slice(0, 10)
    const file = join(here, '..', 'results', `${date}-scale-out-${opts.size}.json`)
    const command = `npm run bench -- scale-out ${argv.join(' ')}`.trim()
    const environment = {
      node: process.version,
      cpu: os.cpus()[0]?.model.trim(),
      cores: os.cpus().length,
      loadavg: os.loadavg().map((l) => Math.round(l * 10) / 10),
    }
    writeFileSync(
      file,
      `${JSON.stringify({ command, date, environment, rows_loaded: cluster.rows, options: opts, rows, table }, null, 2)}\n`,
    )
    console.log(`→ ${file}`)
  } finally {
    for (const child of children) await stopChild(child)
    for (const server of servers.reverse()) server.kill()
    await removeClusterDirectory(dir)
  }
}

await main(process.argv.slice(2))
