/**
 * The national benchmark: generate a dataset, bulk-load it into a fresh PostgreSQL database,
 * serve the gateway from a child process, and drive the five questions of issue 6 with
 * autocannon at concurrency 1, 8 and 32 — beside the "floor", the same rows fetched by
 * hand-written SQL through `pg` with no GraphQL, in the same run.
 *
 * `npm run bench -- national [--size small|province|national] [--duration 10] [--seed 42]`
 * (or `node --conditions=@chidao/source --import tsx bench/national/load.bench.ts …`).
 * Writes `bench/results/national-<date>-<size>.json` and ends with one line of JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bulkLoadBundle, openDatabase } from '@chidao/db'
import { parseBundle } from '@chidao/domain'
import autocannon from 'autocannon'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import type { Benchmark, BenchmarkReport, Measurement } from '../lib/benchmark.js'
import { AS_OF, type DatasetSize, generateDataset } from './generate.js'

const here = dirname(fileURLToPath(import.meta.url))
const ADMIN_URL = process.env.CHIDAO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const CONCURRENCY = [1, 8, 32] as const
const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const
type Question = (typeof QUESTIONS)[number]
const TITLES: Record<Question, string> = {
  q1: 'urge list',
  q2: 'scorecard',
  q3: 'chain',
  q4: 'node fan-out (100 tasks)',
  q5: 'write mix (1 write : 1 urge list : 1 scorecard)',
}

interface Options {
  size: DatasetSize
  seed: number
  durationS: number
  warmupS: number
}

function options(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    if (i < 0) return undefined
    const arg = argv[i]!
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1]
  }
  const size = (value('size') ?? 'small') as DatasetSize
  if (!['small', 'province', 'national'].includes(size)) throw new Error(`unknown size ${size}`)
  const quick = argv.includes('--quick')
  return {
    size,
    seed: Number(value('seed') ?? 42),
    durationS: Number(value('duration') ?? (quick ? 3 : 10)),
    warmupS: Number(value('warmup') ?? (quick ? 1 : 2)),
  }
}

const query = (file: string) => readFileSync(join(here, 'queries', file), 'utf8')
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

interface RunFigures {
  rps: number
  p50: number
  p99: number
  errors: number
  requests: number
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** The floor: `concurrency` workers calling `work` in a loop for `ms`, in this process. */
async function closedLoop(
  work: (i: number) => Promise<unknown>,
  concurrency: number,
  ms: number,
): Promise<RunFigures> {
  const latencies: number[] = []
  let errors = 0
  let n = 0
  const end = performance.now() + ms
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now()
        try {
          await work(n++)
        } catch {
          errors++
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return {
    rps: latencies.length / (ms / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    requests: latencies.length,
  }
}

interface Fixture {
  tenantId: string
  organizationId: string
  organizationGid: string
  chainSymbol: string
  taskIds: string[]
  openTaskIds: string[]
}

/** The floor's SQL for each question, with the same rows the GraphQL documents ask for. */
function floorQueries(pool: pg.Pool, f: Fixture) {
  const t = f.tenantId
  const urge = async () => {
    const where = `t.tenant_id = $1 and t.lead_id in (select id from sub)
      and t.status <> 'CANCELLED' and not (t.status = 'COMPLETED' and t.completed_on <= $3::date)
      and t.deadline_due < $3::date`
    const sub = `with recursive sub(id) as (select $2::uuid union all
      select o.id from organization o join sub on o.tenant_id = $1 and o.parent_id = sub.id)`
    const page = await pool.query(
      `${sub} select t.id, t.reference, t.title, t.deadline_due, d.symbol_text, l.name as lead
       from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
       join organization l on l.tenant_id = t.tenant_id and l.id = t.lead_id
       where ${where} order by t.deadline_due, t.id limit 51`,
      [t, f.organizationId, AS_OF],
    )
    const total = await pool.query(`${sub} select count(*) from task t where ${where}`, [
      t,
      f.organizationId,
      AS_OF,
    ])
    const ids = page.rows.slice(0, 50).map((r) => r.id as string)
    const [coordinators, reports] = await Promise.all([
      pool.query(
        `select c.task_id, o.name from task_coordinator c
         join organization o on o.tenant_id = c.tenant_id and o.id = c.organization_id
         where c.tenant_id = $1 and c.task_id = any($2::uuid[]) order by c.task_id, c.position`,
        [t, ids],
      ),
      pool.query(
        `select task_id, reported_on, percent, narrative from progress_report
         where tenant_id = $1 and task_id = any($2::uuid[]) order by task_id, reported_on, created_at`,
        [t, ids],
      ),
    ])
    return { total: Number(total.rows[0].count), rows: page.rows.length, coordinators, reports }
  }
  const scorecard = () =>
    pool.query(
      `with recursive sub(id) as (select $2::uuid union all
         select o.id from organization o join sub on o.tenant_id = $1 and o.parent_id = sub.id),
       facts as (
         select t.lead_id, t.status, t.deadline_due, t.completed_on,
           (select r.percent from progress_report r where r.tenant_id = t.tenant_id
              and r.task_id = t.id and r.percent is not null
            order by r.reported_on desc limit 1) as latest
         from task t where t.tenant_id = $1 and t.lead_id in (select id from sub))
       select o.code, o.name,
         count(*) filter (where status <> 'CANCELLED') as total,
         count(*) filter (where status = 'CANCELLED') as cancelled,
         count(*) filter (where status = 'COMPLETED' and completed_on <= $3::date
           and (deadline_due is null or completed_on <= deadline_due)) as on_time,
         count(*) filter (where status = 'COMPLETED' and completed_on <= $3::date
           and completed_on > deadline_due) as late,
         count(*) filter (where status not in ('CANCELLED', 'COMPLETED')
           and deadline_due < $3::date) as overdue,
         count(*) filter (where status not in ('CANCELLED') and deadline_due <= $3::date) as due,
         avg(case when status = 'COMPLETED' then 100 else latest end) as progress
       from facts join organization o on o.tenant_id = $1 and o.id = facts.lead_id
       group by o.code, o.name order by o.code`,
      [t, f.organizationId, AS_OF],
    )
  const chain = () =>
    pool.query(
      `with recursive root as (select id from directive where tenant_id = $1 and symbol_text = $2),
       up(id, depth) as (select id, 0 from root union all
         select r.target_id, up.depth + 1 from directive_relation r join up
           on r.tenant_id = $1 and r.source_id = up.id and r.type in ('IMPLEMENTS', 'CONTINUES')),
       down(id, depth) as (select id, 0 from root union all
         select r.source_id, down.depth + 1 from directive_relation r join down
           on r.tenant_id = $1 and r.target_id = down.id and r.type in ('IMPLEMENTS', 'CONTINUES')),
       docs as (select id, depth from up union select id, -depth from down)
       select d.symbol_text, d.title, docs.depth,
         (select count(*) from task t where t.tenant_id = $1 and t.directive_id = d.id) as tasks
       from docs join directive d on d.tenant_id = $1 and d.id = docs.id order by docs.depth`,
      [t, f.chainSymbol],
    )
  const nodes = async () => {
    const tasks = await pool.query(
      `select t.id, t.reference, t.title, t.status, l.code, l.name, d.symbol_text
       from task t join organization l on l.tenant_id = t.tenant_id and l.id = t.lead_id
       join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
       where t.tenant_id = $1 and t.id = any($2::uuid[])`,
      [t, f.taskIds],
    )
    await Promise.all([
      pool.query(
        `select c.task_id, o.code, o.name from task_coordinator c
         join organization o on o.tenant_id = c.tenant_id and o.id = c.organization_id
         where c.tenant_id = $1 and c.task_id = any($2::uuid[]) order by c.task_id, c.position`,
        [t, f.taskIds],
      ),
      pool.query(
        `select r.task_id, r.reported_on, r.percent, o.code, o.name from progress_report r
         join organization o on o.tenant_id = r.tenant_id and o.id = r.organization_id
         where r.tenant_id = $1 and r.task_id = any($2::uuid[]) order by r.task_id, r.reported_on`,
        [t, f.taskIds],
      ),
    ])
    return tasks.rows.length
  }
  const write = (i: number) =>
    pool.query(
      `insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent,
         narrative, idempotency_key)
       select $1, $2, $3::date, o.id, 50, 'Báo cáo đo hiệu năng (floor)', $4
       from organization o where o.tenant_id = $1 and o.id = $5`,
      [
        t,
        f.openTaskIds[i % f.openTaskIds.length],
        AS_OF,
        `floor-${process.pid}-${i}-${randomBytes(4).toString('hex')}`,
        f.organizationId,
      ],
    )
  const mix = (i: number) => (i % 3 === 0 ? write(i) : i % 3 === 1 ? urge() : scorecard())
  return { q1: urge, q2: scorecard, q3: chain, q4: nodes, q5: mix } as const
}

async function adminQuery(sqlText: string, connectionString = ADMIN_URL) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(sqlText)
  } finally {
    await client.end()
  }
}

function startGateway(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@chidao/source', '--import', 'tsx', join(here, 'gateway-launcher.ts')],
    { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('gateway did not start in 60 s')), 60_000)
    let buffer = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = /READY (\d+)/.exec(buffer)
      if (match) {
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]) })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`gateway exited with ${code}`))
    })
  })
}

async function stopGateway(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

async function run(argv: readonly string[]): Promise<{
  report: BenchmarkReport
  summary: Record<string, unknown>
}> {
  const opts = options(argv)
  const notes: string[] = []
  const measurements: Measurement[] = []
  const log = (line: string) => console.log(line)

  // 1. Data.
  let t = performance.now()
  const inputs = generateDataset(opts.size, opts.seed)
  const bundles = inputs.map((input) => {
    const parsed = parseBundle(input)
    if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
    return parsed.value
  })
  log(`generated and parsed ${bundles.length} bundle(s) in ${Math.round(performance.now() - t)} ms`)

  const dbName = `chidao_bench_${opts.size}`
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`)
  await adminQuery(`drop database if exists ${dbName} with (force)`)
  await adminQuery(`create database ${dbName}`)
  let child: ChildProcess | null = null
  let pool: pg.Pool | null = null
  try {
    // 2. Load.
    const db = await openDatabase({ url })
    let rows = 0
    let loadMs = 0
    let statements = 0
    try {
      await db.migrate()
      for (const bundle of bundles) {
        const r = await bulkLoadBundle(db, bundle, { actor: 'bench:national' })
        rows += r.totalRows
        loadMs += r.ms
        statements += r.statements
      }
    } finally {
      await db.close()
    }
    t = performance.now()
    await adminQuery('analyze', url)
    notes.push(`analyze after load: ${Math.round(performance.now() - t)} ms`)
    const rowsPerSecond = Math.round(rows / (loadMs / 1000))
    log(
      `bulk load: ${rows.toLocaleString('en')} rows in ${loadMs} ms (${statements} statements): ${rowsPerSecond.toLocaleString('en')} rows/s`,
    )

    // 3. Fixture: the first tenant's People's Committee (departments and communes below it).
    pool = new pg.Pool({ connectionString: url, max: 10 })
    const tenantId = bundles[0]!.tenant.id
    const one = async (text: string, params: unknown[]) => (await pool!.query(text, params)).rows
    const org = (
      await one(`select id from organization where tenant_id = $1 and code = $2`, [
        tenantId,
        'UBND-TINH',
      ])
    )[0]!.id as string
    const chainSymbol = (
      await one(
        `select d.symbol_text from directive d where d.tenant_id = $1 and d.kind = 'PROGRAM'
       order by d.issued_on limit 1`,
        [tenantId],
      )
    )[0]!.symbol_text as string
    const taskIds = (
      await one(`select id from task where tenant_id = $1 order by id limit 100`, [tenantId])
    ).map((r) => r.id as string)
    const openTaskIds = (
      await one(
        `select id from task where tenant_id = $1 and status = 'IN_PROGRESS' order by id limit 200`,
        [tenantId],
      )
    ).map((r) => r.id as string)
    const fixture: Fixture = {
      tenantId,
      organizationId: org,
      organizationGid: globalId('Organization', org),
      chainSymbol,
      taskIds,
      openTaskIds,
    }

    // 4. Gateway.
    const secret = randomBytes(32).toString('hex')
    const started = await startGateway({
      DATABASE_URL: url,
      CHIDAO_TENANT: tenantId,
      CHIDAO_JWT_SECRET: secret,
      LOG_LEVEL: 'silent',
    })
    child = started.child
    const base = `http://127.0.0.1:${started.port}`
    const token = await mintDevelopmentToken(secret, {
      subject: 'bench',
      tenantId,
      organizationCode: 'UBND-TINH',
      roles: ['ADMIN'],
      clearance: 'TUYET_MAT',
      ttlSeconds: 3600,
    })
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    }
    const stats = async () =>
      (await (await fetch(`${base}/__bench/stats`)).json()) as { statements: number; rss: number }

    let writes = 0
    const body = (q: Question, i = 0): string => {
      switch (q) {
        case 'q1':
          return JSON.stringify({
            query: query('q1-urge-list.graphql'),
            variables: { organizationId: fixture.organizationGid, asOf: AS_OF },
          })
        case 'q2':
          return JSON.stringify({
            query: query('q2-scorecard.graphql'),
            variables: { organizationId: fixture.organizationGid, asOf: AS_OF },
          })
        case 'q3':
          return JSON.stringify({
            query: query('q3-chain.graphql'),
            variables: { symbol: fixture.chainSymbol },
          })
        case 'q4':
          return JSON.stringify({
            query: query('q4-nodes.graphql'),
            variables: { ids: fixture.taskIds.map((id) => globalId('Task', id)) },
          })
        case 'q5': {
          const k = writes++
          return JSON.stringify({
            query: query('q5-report-progress.graphql'),
            variables: {
              input: {
                taskId: globalId('Task', fixture.openTaskIds[i % fixture.openTaskIds.length]!),
                percent: 50,
                narrative: 'Báo cáo đo hiệu năng',
                idempotencyKey: `bench-${process.pid}-${k}-${randomBytes(4).toString('hex')}`,
              },
            },
          })
        }
      }
    }
    const ask = async (b: string) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: b })
      const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
      if (!res.ok || json.errors) {
        throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`)
      }
      return json.data as Record<string, unknown>
    }

    // 5. Check each answer, and count SQL statements per request (sequential, 20 each).
    const floor = floorQueries(pool, fixture)
    const statementsPerRequest: Record<string, number> = {}
    const checks: Record<string, unknown> = {}
    for (const q of ['q1', 'q2', 'q3', 'q4'] as const) {
      const data = await ask(body(q))
      checks[q] = summarise(q, data)
      const before = (await stats()).statements
      for (let i = 0; i < 20; i++) await ask(body(q))
      statementsPerRequest[q] = ((await stats()).statements - before) / 20
    }
    const write = await ask(body('q5', 0))
    checks.q5 = (write.reportProgress as { __typename: string }).__typename
    {
      const before = (await stats()).statements
      for (let i = 0; i < 20; i++) await ask(body('q5', i))
      statementsPerRequest.q5_write = ((await stats()).statements - before) / 20
    }
    const floorUrge = await floor.q1()
    checks.floor_q1 = { total: floorUrge.total, rows: Math.min(50, floorUrge.rows) }
    checks.floor_q3_documents = (await floor.q3()).rows.length
    checks.floor_q4_tasks = await floor.q4()
    log(`answers: ${JSON.stringify(checks)}`)
    log(`SQL statements per request (chidao): ${JSON.stringify(statementsPerRequest)}`)

    // 6. Load: autocannon against the gateway; the floor in this process.
    const results: Record<string, Record<number, { chidao: RunFigures; sql: RunFigures }>> = {}
    let peakRss = (await stats()).rss
    const idleRss = peakRss
    for (const q of QUESTIONS) {
      results[q] = {}
      for (const c of CONCURRENCY) {
        const cannon = (duration: number) => {
          let i = 0
          const requests =
            q === 'q5'
              ? [
                  {
                    method: 'POST' as const,
                    setupRequest: (r: Record<string, unknown>) => {
                      const n = i++
                      const kind = n % 3 === 0 ? 'q5' : n % 3 === 1 ? 'q1' : 'q2'
                      return { ...r, body: body(kind, n) }
                    },
                  },
                ]
              : [{ method: 'POST' as const, body: body(q) }]
          return autocannon({
            url: `${base}/graphql`,
            connections: c,
            duration,
            headers,
            requests,
          })
        }
        await cannon(opts.warmupS)
        const result = await cannon(opts.durationS)
        peakRss = Math.max(peakRss, (await stats()).rss)
        const chidao: RunFigures = {
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx + result.timeouts,
          requests: result.requests.total,
        }
        await closedLoop(floor[q], c, opts.warmupS * 1000)
        const sqlFigures = await closedLoop(floor[q], c, opts.durationS * 1000)
        results[q][c] = { chidao, sql: sqlFigures }
        log(
          `${q} c=${c}: chidao ${chidao.rps.toFixed(1)} req/s p50 ${chidao.p50} ms p99 ${chidao.p99} ms errors ${chidao.errors}` +
            ` | sql ${sqlFigures.rps.toFixed(1)} req/s p50 ${sqlFigures.p50.toFixed(1)} ms p99 ${sqlFigures.p99.toFixed(1)} ms` +
            ` | ratio ${(chidao.rps / sqlFigures.rps).toFixed(2)}`,
        )
        for (const [variant, f] of [
          ['chidao', chidao],
          ['naive', sqlFigures],
        ] as const) {
          measurements.push({
            label: `${q} ${TITLES[q]} — ${variant === 'chidao' ? 'chidao gateway' : 'SQL floor'}`,
            variant,
            input: `${opts.size}, c=${c}`,
            timing: {
              warmup: 0,
              runs: f.requests,
              samplesMs: [],
              medianMs: f.p50,
              p95Ms: f.p99,
              minMs: Number.NaN,
            },
            figures: { 'req/s': round(f.rps), 'p99 ms': round(f.p99), errors: f.errors },
          })
        }
      }
    }

    notes.push(
      `size ${opts.size}, seed ${opts.seed}, ${bundles.length} tenant(s), ${rows} rows bulk-loaded at ${rowsPerSecond} rows/s`,
      `${opts.durationS} s per run after ${opts.warmupS} s of warm-up; the p95 column holds p99`,
      `gateway RSS: ${Math.round(idleRss / 2 ** 20)} MiB after the checks, ${Math.round(peakRss / 2 ** 20)} MiB peak`,
      `SQL statements per request: ${JSON.stringify(statementsPerRequest)}`,
    )
    const summary: Record<string, unknown> = {
      size: opts.size,
      date: new Date().toISOString().slice(0, 10),
      seed: opts.seed,
      duration_s: opts.durationS,
      rows_loaded: rows,
      load_rows_per_s: rowsPerSecond,
      gateway_rss_mib: Math.round(peakRss / 2 ** 20),
      statements_per_request: statementsPerRequest,
      statements_per_request_q1: statementsPerRequest.q1,
      checks,
    }
    for (const q of QUESTIONS) {
      summary[q] = Object.fromEntries(
        CONCURRENCY.map((c) => {
          const r = results[q]![c]!
          return [
            `c${c}`,
            {
              chidao_rps: round(r.chidao.rps),
              sql_rps: round(r.sql.rps),
              ratio: round(r.chidao.rps / r.sql.rps, 2),
              p50_ms: r.chidao.p50,
              p99_ms: r.chidao.p99,
              errors: r.chidao.errors,
              sql_p50_ms: round(r.sql.p50, 2),
              sql_p99_ms: round(r.sql.p99, 2),
            },
          ]
        }),
      )
    }
    return { report: { measurements, comparisons: [], notes }, summary }
  } finally {
    if (child) await stopGateway(child)
    await pool?.end()
    if (!process.env.CHIDAO_BENCH_KEEP_DB)
      await adminQuery(`drop database if exists ${dbName} with (force)`)
  }
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits

function summarise(q: Question, data: Record<string, unknown>) {
  switch (q) {
    case 'q1': {
      const tasks = data.tasks as { totalCount: number; edges: unknown[] }
      return { total: tasks.totalCount, rows: tasks.edges.length }
    }
    case 'q2': {
      const s = data.scorecard as { counts: { total: number }; byLead: unknown[] }
      return { total: s.counts.total, leads: s.byLead.length }
    }
    case 'q3': {
      const d = data.directive as { implementationChain: unknown[]; implementedBy: unknown[] }
      return { up: d.implementationChain.length, down: d.implementedBy.length }
    }
    case 'q4':
      return { nodes: (data.nodes as unknown[]).filter(Boolean).length }
    default:
      return null
  }
}

async function main(argv: readonly string[]) {
  const { report, summary } = await run(argv)
  const file = join(here, '..', 'results', `national-${summary.date}-${summary.size}.json`)
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        command: `npm run bench -- national ${argv.join(' ')}`.trim(),
        environment: {
          node: process.version,
          cpu: os.cpus()[0]?.model.trim(),
          cores: os.cpus().length,
          platform: `${os.platform()} ${os.release()}`,
        },
        summary,
        ...report,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`→ ${file}`)
  console.log(JSON.stringify(summary))
  return report
}

const benchmark: Benchmark = {
  name: 'national',
  title: 'the five questions at national scale: chidao gateway against the SQL floor',
  // The runner awaits this promise (bench/run.ts); its options carry no size, so read argv.
  run: (() => main(process.argv.slice(2))) as unknown as Benchmark['run'],
}
export default benchmark

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2))
}
