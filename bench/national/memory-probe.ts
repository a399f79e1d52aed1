/**
 * Where a server's memory goes (issue 20): starts chidao's gateway (or PostGraphile) the way
 * the national benchmark does, on a PostgreSQL database of the benchmark's data, and reads its
 * memory (`process.memoryUsage()` on `GET /__bench/stats`) at idle and after a few hundred
 * requests of questions 1–4; with `--snapshots DIR`, a heap snapshot after each reading
 * (SIGUSR2, `--heapsnapshot-signal`), summarised by `heap-summary.ts`.
 *
 * `node --conditions=@chidao/source --import tsx bench/national/memory-probe.ts
 *   [--size province] [--target gateway|gateway-dist|postgraphile] [--requests 300]
 *   [--connections 8] [--snapshots DIR] [--reuse] [--compressed]`
 *
 * `--reuse` keeps the database `chidao_bench_memory_<size>` between runs (loaded once);
 * `gateway-dist` runs the launcher on the built packages (`dist/`, no tsx in the process), as
 * `chidao serve` runs (build first). Prints one line of JSON per reading. Not part of any test; no figure is asserted.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBundle } from '@chidao/domain'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import { argValue } from '../lib/command-line.js'
import { GATEWAY_SOURCE_ARGS, startChild, stopChild } from './bench-children.js'
import { ADMIN_URL, adminQuery, preparePostgres, readFixture } from './bench-database.js'
import { type DatasetSize, generateDataset } from './generate.js'
import { chidaoBodies, postgraphileBodies } from './http-targets.js'
import type { Question } from './questions.js'

const here = dirname(fileURLToPath(import.meta.url))
const argv = process.argv.slice(2)
const size = (argValue(argv, 'size') ?? 'province') as DatasetSize
const target = argValue(argv, 'target') ?? 'gateway'
const requests = Number(argValue(argv, 'requests') ?? 300)
const connections = Number(argValue(argv, 'connections') ?? 8)
const snapshotDir = argValue(argv, 'snapshots')
const reuse = argv.includes('--reuse')

const dbName = `chidao_bench_memory_${size}`
const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`)

async function databaseExists() {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [dbName])
    return r.rowCount === 1
  } finally {
    await client.end()
  }
}

if (!(reuse && (await databaseExists()))) {
  const bundles = generateDataset(size, 42).map((input) => {
    const parsed = parseBundle(input)
    if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
    return parsed.value
  })
  const load = await preparePostgres(url, dbName, bundles, true)
  console.error(`loaded ${load.rows} rows into ${dbName}`)
}

const pool = new pg.Pool({ connectionString: url, max: 2 })
const fixture = await readFixture(
  async (t, p) => (await pool.query(t, p)).rows,
  (await pool.query('select id from tenant order by id limit 1')).rows[0]!.id as string,
)
await pool.end()

const secret = randomBytes(32).toString('hex')
const token = await mintDevelopmentToken(secret, {
  subject: 'bench',
  tenantId: fixture.tenantId as never,
  organizationCode: 'UBND-TINH',
  roles: ['ADMIN'],
  clearance: 'TUYET_MAT',
  ttlSeconds: 3600,
})

const nodeFlags = snapshotDir
  ? [`--heapsnapshot-signal=SIGUSR2`, `--diagnostic-dir=${resolve(snapshotDir)}`]
  : []
if (snapshotDir) mkdirSync(snapshotDir, { recursive: true })
const launcher: Record<string, { args: string[]; env: NodeJS.ProcessEnv }> = {
  gateway: {
    args: GATEWAY_SOURCE_ARGS,
    env: { DATABASE_URL: url, CHIDAO_TENANT: fixture.tenantId, LOG_LEVEL: 'silent' },
  },
  'gateway-dist': {
    args: [join(here, 'gateway-launcher.mjs')],
    env: { DATABASE_URL: url, CHIDAO_TENANT: fixture.tenantId, LOG_LEVEL: 'silent' },
  },
  postgraphile: {
    args: [
      '--import',
      join(here, 'postgraphile', 'polyfill.mjs'),
      join(here, 'postgraphile-launcher.mjs'),
    ],
    env: { DATABASE_URL: url, GRAPHILE_ENV: 'production' },
  },
}
const chosen = launcher[target]
if (!chosen) throw new Error(`unknown target ${target}`)
const args = chosen.args
const children: ChildProcess[] = []
const { child, port } = await startChild(
  target,
  [...nodeFlags, ...args],
  { ...chosen.env, CHIDAO_JWT_SECRET: secret },
  children,
)
const base = `http://127.0.0.1:${port}`
// As autocannon asks (the benchmark): no Accept-Encoding, so no compressed answers; fetch
// would ask for br/gzip unless told. `--compressed` asks for them.
const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  'accept-encoding': argv.includes('--compressed') ? 'br, gzip' : 'identity',
}
const body = target === 'postgraphile' ? postgraphileBodies(fixture) : chidaoBodies(fixture)

const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
async function reading(label: string) {
  const s = (await (await fetch(`${base}/__bench/stats`)).json()) as {
    memory: NodeJS.MemoryUsage
  }
  const m = s.memory
  const line = {
    target,
    size,
    label,
    rss: mib(m.rss),
    heapTotal: mib(m.heapTotal),
    heapUsed: mib(m.heapUsed),
    external: mib(m.external),
    arrayBuffers: mib(m.arrayBuffers),
    outsideHeap: mib(m.rss - m.heapTotal),
  }
  console.log(JSON.stringify(line))
  if (snapshotDir) await snapshot()
}

async function snapshot() {
  const before = new Set(readdirSync(snapshotDir!))
  child.kill('SIGUSR2')
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000))
    const fresh = readdirSync(snapshotDir!).filter((f) => !before.has(f))
    if (fresh.length === 0) continue
    const file = join(snapshotDir!, fresh[0]!)
    const a = statSync(file).size
    await new Promise((r) => setTimeout(r, 2000))
    if (a > 0 && statSync(file).size === a) {
      console.error(`snapshot ${file}`)
      return
    }
  }
}

async function load(q: Question) {
  let sent = 0
  let failed = 0
  const worker = async () => {
    while (sent < requests) {
      sent++
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: body(q) })
      const json = (await res.json()) as { errors?: unknown }
      if (!res.ok || json.errors) failed++
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  if (failed) console.error(`${q}: ${failed} of ${requests} failed`)
}

try {
  await new Promise((r) => setTimeout(r, 3000))
  await reading('idle')
  for (const q of ['q1', 'q2', 'q3', 'q4'] as const) await load(q)
  await reading(`after ${requests}×q1–q4`)
  for (const q of ['q1', 'q2', 'q3', 'q4'] as const) await load(q)
  await reading(`after ${2 * requests}×q1–q4`)
} finally {
  for (const c of children) await stopChild(c)
  if (!reuse) await adminQuery(`drop database if exists ${dbName} with (force)`)
}
