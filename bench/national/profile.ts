/**
 * Where a question's time goes: runs each national question in this process against a
 * PostgreSQL database holding a generated dataset, and prints every SQL statement the gateway
 * ran with its duration, then `EXPLAIN (ANALYZE, BUFFERS)` of the slowest statements, run
 * fenced exactly as the repositories run them (application role, tenant, clearance).
 *
 * `node --conditions=@chidao/source --import tsx bench/national/profile.ts [--size province]
 *  [--only q1,q2] [--runs 5] [--explain 2] [--reload] [--cpu <dir>] [--unprepared]`
 *
 * `--unprepared`: the gateway's connections do not prepare their statements (each is parsed
 * and planned at every run, as before issue 20's prepared statements).
 *
 * `--cpu <dir>` also records a CPU profile of each question's runs alone (not the loading),
 * writes `<dir>/<question>.cpuprofile` (open it in Chrome's DevTools) and prints where the
 * JavaScript time went, by package and by function (self time).
 *
 * The database `chidao_profile_<size>` is kept between runs (loaded once; `--reload` loads it
 * again), so that profiling after a change takes seconds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bulkLoadBundle, openDatabase } from '@chidao/db'
import { asId, parseBundle, type TenantId } from '@chidao/domain'
import { createGateway, DEFAULT_LIMITS, readSecurityConfig } from '@chidao/gateway'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import { AS_OF, type DatasetSize, generateDataset } from './generate.js'

const here = dirname(fileURLToPath(import.meta.url))
const ADMIN_URL = process.env.CHIDAO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const argv = process.argv.slice(2)
const value = (name: string) => {
  const i = argv.indexOf(`--${name}`)
  return i < 0 ? undefined : argv[i + 1]
}
const size = (value('size') ?? 'province') as DatasetSize
const only = value('only')?.split(',') ?? ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']
const runs = Number(value('runs') ?? 5)
const explainTop = Number(value('explain') ?? 2)
const cpuDir = value('cpu')

const dbName = `chidao_profile_${size}`
const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`)
const admin = new pg.Client({ connectionString: ADMIN_URL })
await admin.connect()
const exists = (await admin.query('select 1 from pg_database where datname = $1', [dbName]))
  .rowCount
const inputs = generateDataset(size, 42)
const bundles = inputs.map((input) => {
  const parsed = parseBundle(input)
  if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
  return parsed.value
})
if (!exists || argv.includes('--reload')) {
  await admin.query(`drop database if exists ${dbName} with (force)`)
  await admin.query(`create database ${dbName}`)
  const loader = await openDatabase({ url })
  await loader.migrate()
  for (const bundle of bundles) await bulkLoadBundle(loader, bundle, { actor: 'bench:profile' })
  await loader.close()
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  await c.query('analyze')
  await c.end()
  console.log(`loaded ${size} into ${dbName}`)
}
await admin.end()

interface Statement {
  sql: string
  parameters: readonly unknown[]
  ms: number
}
let statements: Statement[] = []
const db = await openDatabase({
  url,
  preparedStatements: !argv.includes('--unprepared'),
  onQuery: (event) => {
    statements.push({
      sql: event.query.sql,
      parameters: event.query.parameters,
      ms: event.queryDurationMillis,
    })
  },
})
// A database kept from an earlier run catches up with migrations added since.
await db.migrate()
const tenantId = asId<TenantId>(bundles[0]!.tenant.id)
const secret = 'p'.repeat(64)
const yoga = createGateway({
  db,
  tenantId,
  security: readSecurityConfig({ CHIDAO_JWT_SECRET: secret }),
  limits: DEFAULT_LIMITS,
})
const token = await mintDevelopmentToken(secret, {
  subject: 'profile',
  tenantId,
  organizationCode: 'UBND-TINH',
  roles: ['ADMIN'],
  clearance: 'TUYET_MAT',
  ttlSeconds: 3600,
})

const client = new pg.Client({ connectionString: url })
await client.connect()
const one = async (text: string, params: unknown[]) => (await client.query(text, params)).rows
const org = (
  await one('select id from organization where tenant_id = $1 and code = $2', [
    tenantId,
    'UBND-TINH',
  ])
)[0]!.id as string
const chainSymbol = (
  await one(
    `select symbol_text from directive where tenant_id = $1 and kind = 'PROGRAM' order by issued_on limit 1`,
    [tenantId],
  )
)[0]!.symbol_text as string
const taskIds = (
  await one('select id from task where tenant_id = $1 order by id limit 100', [tenantId])
).map((r) => r.id as string)
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

const documents: Record<string, { file: string; variables: Record<string, unknown> }> = {
  q1: {
    file: 'q1-urge-list.graphql',
    variables: { organizationId: gid('Organization', org), asOf: AS_OF },
  },
  q2: {
    file: 'q2-scorecard.graphql',
    variables: { organizationId: gid('Organization', org), asOf: AS_OF },
  },
  q3: { file: 'q3-chain.graphql', variables: { symbol: chainSymbol } },
  q4: { file: 'q4-nodes.graphql', variables: { ids: taskIds.map((id) => gid('Task', id)) } },
  // The missing reports of the first half of 2025 (load.bench.ts's HALF_YEAR).
  q6: {
    file: 'q6-missing-reports.graphql',
    variables: {
      organizationId: gid('Organization', org),
      from: '2025-01-01',
      to: '2025-06-30',
      asOf: AS_OF,
    },
  },
}
let writes = 0
// Question 5's write: a progress report on an open task (a new idempotency key each run).
const openTask = (
  await one(`select id from task where tenant_id = $1 and status = 'IN_PROGRESS' limit 1`, [
    tenantId,
  ])
)[0]!.id as string
const q5 = () => ({
  input: {
    taskId: gid('Task', openTask),
    percent: 50,
    narrative: 'Báo cáo đo hiệu năng',
    idempotencyKey: `profile-${process.pid}-${writes++}`,
  },
})

const isControl = (s: string) =>
  /^\s*(begin|start transaction|commit|rollback)\b/i.test(s) || s.includes("set_config('role'")

for (const q of only) {
  const doc = q === 'q5' ? { file: 'q5-report-progress.graphql', variables: {} } : documents[q]
  if (!doc) throw new Error(`unknown question ${q}`)
  const text = readFileSync(join(here, 'queries', doc.file), 'utf8')
  const bodyOf = () => JSON.stringify({ query: text, variables: q === 'q5' ? q5() : doc.variables })
  const times: number[] = []
  let last: Statement[] = []
  const profiler = cpuDir ? new Session() : null
  for (let i = 0; i < runs + 1; i++) {
    if (i === 1 && profiler) {
      profiler.connect()
      await profiler.post('Profiler.enable')
      await profiler.post('Profiler.start')
    }
    statements = []
    const t = performance.now()
    const res = await yoga.fetch('http://profile/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: bodyOf(),
    })
    const json = (await res.json()) as { errors?: unknown }
    if (json.errors) throw new Error(`${q}: ${JSON.stringify(json.errors).slice(0, 500)}`)
    if (i > 0) times.push(performance.now() - t)
    last = statements
  }
  if (profiler && cpuDir) {
    const { profile } = await profiler.post('Profiler.stop')
    profiler.disconnect()
    mkdirSync(cpuDir, { recursive: true })
    writeFileSync(join(cpuDir, `${q}.cpuprofile`), JSON.stringify(profile))
    printSelfTime(q, profile)
  }
  times.sort((a, b) => a - b)
  const sqlMs = last.reduce((sum, s) => sum + s.ms, 0)
  console.log(
    `\n## ${q}: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms over ${runs} runs; ` +
      `${last.length} statements (${last.filter((s) => !isControl(s.sql)).length} queries), ` +
      `${sqlMs.toFixed(1)} ms in SQL (last run)`,
  )
  for (const s of last) {
    console.log(`  ${s.ms.toFixed(2).padStart(8)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 150)}`)
  }
  const slowest = last
    .filter((s) => !isControl(s.sql))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, explainTop)
  for (const s of slowest) {
    await client.query('begin')
    try {
      await client.query(
        `select set_config('role', 'chidao_app', true), set_config('chidao.tenant_id', $1, true), set_config('chidao.clearance', 'TUYET_MAT', true)`,
        [tenantId],
      )
      const plan = await client.query(`explain (analyze, buffers) ${s.sql}`, [...s.parameters])
      console.log(`\n  EXPLAIN ANALYZE (${s.ms.toFixed(2)} ms in the run):`)
      for (const row of plan.rows) console.log(`    ${row['QUERY PLAN']}`)
    } finally {
      await client.query('rollback')
    }
  }
}
await client.end()
await db.close()

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples?: number[]
  timeDeltas?: number[]
}

/** Self time by package (or workspace folder) and by function, the top of each. */
function printSelfTime(q: string, profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const packages = new Map<string, number>()
  const functions = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, us: number) =>
    map.set(key, (map.get(key) ?? 0) + us)
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!)
    const us = deltas[i] ?? 0
    if (!frame) continue
    total += us
    const where =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1] ??
      /\/((?:packages|apps)\/[^/]+|bench)\//.exec(frame.url)?.[1] ??
      (frame.url ? (frame.url.split('/').at(-1) ?? frame.url) : '(native)')
    add(packages, where, us)
    add(functions, `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`, us)
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `    ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`,
      )
      .join('\n')
  console.log(`\n## ${q}: CPU profile, ${(total / 1000).toFixed(0)} ms sampled (self time)`)
  console.log(`  by package:\n${top(packages, 15)}\n  by function:\n${top(functions, 25)}`)
}
