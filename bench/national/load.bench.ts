/**
 * The national benchmark: generate a dataset, bulk-load it into a fresh PostgreSQL database,
 * and drive the five questions of issue 6 and question 6 of issue 16 (missing reports) with autocannon at concurrency 1, 8 and 32 against,
 * in the same run and on the same database:
 * - `gateway`: the chidao gateway (PostgreSQL), in a child process (gateway-launcher.ts);
 * - `postgraphile`: PostGraphile 5 (amber preset) in a child process (postgraphile-launcher.mjs),
 *   its own documents in queries/postgraphile/, fenced by the same row-level security;
 * - `sql`: the floor, the same rows fetched by hand-written SQL through `pg`, no GraphQL;
 * - `pglite`: the chidao gateway on embedded PGlite loaded with the same dataset (first tenant;
 *   not at `national` unless asked for).
 * Also the `npm start` cold start (cold-start.ts) when the gateway is measured.
 *
 * `npm run bench -- national [--size small|province|national] [--only gateway,postgraphile,sql,pglite]
 *   [--duration 10] [--warmup 2] [--seed 42] [--quick]` (or `npm run bench -- --size small`, or
 * `node --conditions=@chidao/source --import tsx bench/national/load.bench.ts …`).
 * Writes `bench/results/<date>-<size>.json` and ends with one line of JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bulkLoadBundle, openDatabase } from '@chidao/db'
import { type Bundle, parseBundle } from '@chidao/domain'
import autocannon from 'autocannon'
import { CompiledQuery, sql } from 'kysely'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import type { BenchmarkReport, Measurement } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark, isMain } from '../lib/command-line.js'
import { coldStart, median } from './cold-start.js'
import { MISSING_REPORTS_FLOOR_SQL } from './floor-missing-reports.js'
import { floorOverdueSql } from './floor-overdue.js'
import { AS_OF, type DatasetSize, generateDataset } from './generate.js'
import { postgraphileSchemaSql } from './postgraphile-schema.js'

const here = dirname(fileURLToPath(import.meta.url))
const ADMIN_URL = process.env.CHIDAO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const CONCURRENCY = [1, 8, 32] as const
/** The concurrency whose figures go into the last line of JSON. */
const SUMMARY_CONCURRENCY = 8
const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'] as const
export type Question = (typeof QUESTIONS)[number]
const TITLES: Record<Question, string> = {
  q1: 'urge list',
  q2: 'scorecard',
  q3: 'chain',
  q4: 'node fan-out (100 tasks)',
  q5: 'write mix (1 write : 1 urge list : 1 scorecard)',
  q6: 'missing reports (half-year)',
}
/**
 * Question 6's range: the periods due in the first half of 2025 (monthly, quarterly and
 * 6-monthly ones), judged on the day every question is asked on.
 */
const HALF_YEAR = { from: '2025-01-01', to: '2025-06-30' } as const
/**
 * Wider and narrower scopes of question 6, asked only to count statements: chidao's count must
 * not grow with the number of organisations or periods (issue 16, "statements constant").
 */
const Q6_SCOPES = {
  halfYear: { code: 'UBND-TINH', ...HALF_YEAR },
  eighteenMonths: { code: 'UBND-TINH', from: '2024-01-01', to: '2025-06-30' },
  oneDepartment: { code: 'SNV', ...HALF_YEAR },
  partyCommittee: { code: 'TU', from: '2024-01-01', to: '2025-06-30' },
} as const
const TARGETS = ['gateway', 'postgraphile', 'sql', 'pglite'] as const
type Target = (typeof TARGETS)[number]
const TARGET_LABELS: Record<Target, string> = {
  gateway: 'chidao',
  postgraphile: 'PostGraphile 5',
  sql: 'SQL floor',
  pglite: 'chidao (PGlite)',
}

interface Options {
  size: DatasetSize
  seed: number
  durationS: number
  warmupS: number
  only: Set<Target>
  /** The questions put under load (`--questions q2,q4`; default all six). */
  questions: readonly Question[]
}

function options(argv: readonly string[]): Options {
  const value = (name: string) => argValue(argv, name)
  const size = (value('size') ?? 'small') as DatasetSize
  if (!['small', 'province', 'national'].includes(size)) {
    throw new Error(`unknown size "${size}": small, province or national`)
  }
  const quick = argv.includes('--quick')
  const onlyArg = value('only')
  const only = new Set<Target>()
  if (onlyArg) {
    for (const raw of onlyArg.split(',')) {
      const name = raw.trim() === 'chidao' ? 'gateway' : raw.trim()
      if (!(TARGETS as readonly string[]).includes(name)) {
        throw new Error(`unknown target "${raw}" in --only: ${TARGETS.join(', ')}`)
      }
      only.add(name as Target)
    }
  } else {
    // PGlite at national size would load 1.5 million rows into one embedded session: only on request.
    for (const t of TARGETS) if (t !== 'pglite' || size !== 'national') only.add(t)
  }
  const durationS = Number(value('duration') ?? (quick ? 3 : 10))
  const warmupS = Number(value('warmup') ?? (quick ? 1 : 2))
  if (!(durationS > 0) || !(warmupS >= 0)) {
    throw new Error(`--duration must be above 0 and --warmup 0 or more (seconds)`)
  }
  const questions = (value('questions') ?? QUESTIONS.join(',')).split(',').map((q) => q.trim())
  for (const q of questions) {
    if (!(QUESTIONS as readonly string[]).includes(q)) {
      throw new Error(`unknown question "${q}" in --questions: ${QUESTIONS.join(', ')}`)
    }
  }
  return {
    size,
    seed: Number(value('seed') ?? 42),
    durationS,
    warmupS,
    only,
    questions: questions as Question[],
  }
}

const query = (file: string) => readFileSync(join(here, 'queries', file), 'utf8')
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')
const idOfGlobal = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!

export interface RunFigures {
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

export async function adminQuery(sqlText: string, connectionString = ADMIN_URL) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(sqlText)
  } finally {
    await client.end()
  }
}

/** Spawns a server in a child process and waits for its `READY <port>` line. */
export function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s`)), 120_000)
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
      reject(new Error(`${name} exited with ${code}`))
    })
  })
}

export async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

export const gatewayArgs = [
  '--conditions=@chidao/source',
  '--import',
  'tsx',
  join(here, 'gateway-launcher.ts'),
]
const postgraphileArgs = [
  '--import',
  join(here, 'postgraphile', 'polyfill.mjs'),
  join(here, 'postgraphile-launcher.mjs'),
]

/** The fixture of a loaded database: the first tenant's People's Committee and its rows. */
export async function readFixture(
  one: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  tenantId: string,
): Promise<Fixture> {
  const idOf = async (code: string) =>
    (
      await one(`select id from organization where tenant_id = $1 and code = $2`, [tenantId, code])
    )[0]!.id as string
  const org = await idOf('UBND-TINH')
  const scopeIds: Record<string, string> = {}
  for (const { code } of Object.values(Q6_SCOPES)) scopeIds[code] = await idOf(code)
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
  return {
    tenantId,
    organizationId: org,
    organizationGid: globalId('Organization', org),
    chainSymbol,
    taskIds,
    openTaskIds,
    scopeIds,
  }
}

/** A launcher's counters: statements sent (and by kind) and the process's RSS. */
export interface ServerStats {
  statements: number
  kinds: { control: number; settings: number; query: number }
  rss: number
}

/** A GraphQL server under test: where it listens, and the request body of each question. */
export interface HttpTarget {
  base: string
  /** Several servers of the same kind (scale-out): autocannon spreads its connections over them. */
  bases?: readonly string[]
  headers: Record<string, string>
  body: (q: Question, i?: number) => string
  stats: () => Promise<ServerStats>
}

/** The document of each question, the same file name for both servers. */
const DOCUMENTS: Record<Question, string> = {
  q1: 'q1-urge-list.graphql',
  q2: 'q2-scorecard.graphql',
  q3: 'q3-chain.graphql',
  q4: 'q4-nodes.graphql',
  q5: 'q5-report-progress.graphql',
  q6: 'q6-missing-reports.graphql',
}

/** How a server names a fixture's records, and the input of its progress report (q5). */
interface ServerForm {
  /** Where its documents are, under queries/. */
  readonly dir: string
  readonly organizationId: string
  taskId(id: string): string
  /** The input of q5's report on `taskId` (already in the server's form). */
  reportInput(taskId: string): Record<string, unknown>
}

/** A server's request bodies: its documents with a fixture's variables, in its form. */
function bodies(f: Fixture, server: ServerForm) {
  const { organizationId } = server
  const variables = (q: Question, i: number): Record<string, unknown> => {
    switch (q) {
      case 'q1':
      case 'q2':
        return { organizationId, asOf: AS_OF }
      case 'q6':
        return { organizationId, ...HALF_YEAR, asOf: AS_OF }
      case 'q3':
        return { symbol: f.chainSymbol }
      case 'q4':
        return { ids: f.taskIds.map((id) => server.taskId(id)) }
      case 'q5':
        return {
          input: server.reportInput(server.taskId(f.openTaskIds[i % f.openTaskIds.length]!)),
        }
    }
  }
  return (q: Question, i = 0): string =>
    JSON.stringify({ query: query(join(server.dir, DOCUMENTS[q])), variables: variables(q, i) })
}

/** chidao's documents (queries/*.graphql) with a fixture's variables: global ids. */
export function chidaoBodies(f: Fixture) {
  let writes = 0
  return bodies(f, {
    dir: '.',
    organizationId: f.organizationGid,
    taskId: (id) => globalId('Task', id),
    reportInput: (taskId) => ({
      taskId,
      percent: 50,
      narrative: 'Báo cáo đo hiệu năng',
      idempotencyKey: `bench-${process.pid}-${writes++}-${randomBytes(4).toString('hex')}`,
    }),
  })
}

/** PostGraphile's documents (queries/postgraphile/*.graphql) with a fixture's variables. */
function postgraphileBodies(f: Fixture) {
  let writes = 0
  return bodies(f, {
    dir: 'postgraphile',
    organizationId: f.organizationId,
    taskId: (id) => id,
    reportInput: (taskId) => ({
      progressReport: {
        tenantId: f.tenantId,
        taskId,
        reportedOn: AS_OF,
        organizationId: f.organizationId,
        percent: '50',
        narrative: 'Báo cáo đo hiệu năng (PostGraphile)',
        idempotencyKey: `pgl-${process.pid}-${writes++}-${randomBytes(4).toString('hex')}`,
        // A key has an owner (migration 0007): whom the key belongs to.
        idempotencyKeyOwner: 'bench:postgraphile',
      },
    }),
  })
}

export async function ask(target: HttpTarget, b: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${target.base}/graphql`, {
    method: 'POST',
    headers: target.headers,
    body: b,
  })
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
  if (!res.ok || json.errors) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`)
  }
  return json.data as Record<string, unknown>
}

/** Requests per second, latency and errors of one autocannon run (after a warm-up run). */
export async function cannonRun(
  target: HttpTarget,
  q: Question,
  connections: number,
  durationS: number,
): Promise<RunFigures> {
  let i = 0
  const requests =
    q === 'q5'
      ? [
          {
            method: 'POST' as const,
            setupRequest: (r: Record<string, unknown>) => {
              const n = i++
              const kind = n % 3 === 0 ? 'q5' : n % 3 === 1 ? 'q1' : 'q2'
              return { ...r, body: target.body(kind, n) }
            },
          },
        ]
      : [{ method: 'POST' as const, body: target.body(q) }]
  const result = await autocannon({
    url: target.bases ? target.bases.map((b) => `${b}/graphql`) : `${target.base}/graphql`,
    connections,
    duration: durationS,
    headers: target.headers,
    requests,
  })
  // No request finished in the window (each takes longer than the run): no latency to report.
  const none = result.requests.total === 0
  return {
    rps: result.requests.average,
    p50: none ? Number.NaN : result.latency.p50,
    p99: none ? Number.NaN : result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  }
}

/**
 * Statements per request: `n` requests in sequence, the server's counters around them. `total`
 * is every statement sent; `queries` leaves out transaction control (BEGIN, COMMIT) and the
 * statements that set the tenant, clearance and role.
 */
async function statementsPerRequest(
  target: HttpTarget,
  q: Question,
  n = 20,
): Promise<{ total: number; queries: number }> {
  const before = await target.stats()
  for (let i = 0; i < n; i++) await ask(target, target.body(q, i))
  const after = await target.stats()
  return {
    total: (after.statements - before.statements) / n,
    queries: (after.kinds.query - before.kinds.query) / n,
  }
}

/**
 * Question 6 asked over each of {@link Q6_SCOPES} (5 requests each after one to warm up):
 * statements per request and how many reports the scope expects and lists as missing.
 * `constant` tells whether every scope took the same number of statements, `grows` whether any
 * took more than the question's own (the half-year of `UBND-TINH`).
 */
async function q6ScopeStatements(
  target: HttpTarget,
  name: 'gateway' | 'postgraphile' | 'pglite',
  f: Fixture,
): Promise<Record<string, unknown>> {
  const byScope: Record<
    string,
    { total: number; queries: number; expected: number; missing: number }
  > = {}
  const dir = name === 'postgraphile' ? 'postgraphile' : '.'
  for (const [scope, { code, from, to }] of Object.entries(Q6_SCOPES)) {
    const id = f.scopeIds[code]!
    const organizationId = name === 'postgraphile' ? id : globalId('Organization', id)
    const b = JSON.stringify({
      query: query(join(dir, DOCUMENTS.q6)),
      variables: { organizationId, from, to, asOf: AS_OF },
    })
    const answer: Record<string, unknown> = summarise(
      'q6',
      name === 'postgraphile' ? 'postgraphile' : 'gateway',
      await ask(target, b),
    )
    const n = 5
    const before = await target.stats()
    for (let i = 0; i < n; i++) await ask(target, b)
    const after = await target.stats()
    byScope[scope] = {
      total: (after.statements - before.statements) / n,
      queries: (after.kinds.query - before.kinds.query) / n,
      expected: Number(answer.expected),
      missing: (answer.missingReports as unknown[]).length,
    }
  }
  // A loader with nothing to load sends nothing (a scope listing no task's duty needs no
  // task): fewer statements. What must not happen is more than for the question's own scope.
  const totals = Object.values(byScope).map((x) => x.total)
  return {
    ...byScope,
    constant: new Set(totals).size === 1,
    grows: totals.some((n) => n > byScope.halfYear!.total),
  }
}

/** What differs between the servers' answers: the first entries one has and another has not. */
function differences(answers: Record<string, Record<string, unknown>>): string {
  const names = Object.keys(answers)
  const first = answers[names[0]!]!
  const lines: string[] = []
  for (const n of names.slice(1)) {
    for (const [key, value] of Object.entries(answers[n]!)) {
      const other = first[key]
      if (Array.isArray(value) && Array.isArray(other)) {
        const mine = new Set(value.map(String))
        const theirs = new Set(other.map(String))
        const only = [...mine].filter((x) => !theirs.has(x)).slice(0, 5)
        const missing = [...theirs].filter((x) => !mine.has(x)).slice(0, 5)
        if (only.length || missing.length) {
          lines.push(
            `${key}: ${n} only ${JSON.stringify(only)}; ${names[0]} only ${JSON.stringify(missing)}`,
          )
        }
      } else if (JSON.stringify(value) !== JSON.stringify(other)) {
        lines.push(`${key}: ${n} ${JSON.stringify(value)}, ${names[0]} ${JSON.stringify(other)}`)
      }
    }
  }
  return lines.join('; ') || JSON.stringify(answers).slice(0, 2_000)
}

export interface Fixture {
  tenantId: string
  organizationId: string
  organizationGid: string
  chainSymbol: string
  taskIds: string[]
  openTaskIds: string[]
  /** Organisations of question 6's scopes (Q6_SCOPES), by code. */
  scopeIds: Record<string, string>
}

/**
 * The floor's SQL for each question, with the same rows the GraphQL documents ask for.
 * `calendarPool`'s connections run without JIT, as chidao's calendar and PostGraphile's
 * calendar functions do (question 6).
 */
function floorQueries(pool: pg.Pool, calendarPool: pg.Pool, f: Fixture) {
  const t = f.tenantId
  const urge = async () => {
    const where = `t.tenant_id = $1 and t.lead_id in (select id from sub)
      and ${floorOverdueSql('t', '$3::date')}`
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
    return { total: Number(total.rows[0].count), ids, coordinators, reports }
  }
  const scorecard = () =>
    pool.query(
      `with recursive sub(id) as (select $2::uuid union all
         select o.id from organization o join sub on o.tenant_id = $1 and o.parent_id = sub.id),
       facts as (
         select t.lead_id, t.status, t.deadline_due, t.completed_on,
           ${floorOverdueSql('t', '$3::date')} as overdue_now,
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
         count(*) filter (where overdue_now) as overdue,
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
         narrative, idempotency_key, idempotency_key_owner)
       select $1, $2, $3::date, o.id, 50, 'Báo cáo đo hiệu năng (floor)', $4, 'bench:floor'
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
  const missingReports = () =>
    calendarPool.query(MISSING_REPORTS_FLOOR_SQL, [
      t,
      f.organizationId,
      HALF_YEAR.from,
      HALF_YEAR.to,
      AS_OF,
    ])
  return { q1: urge, q2: scorecard, q3: chain, q4: nodes, q5: mix, q6: missingReports } as const
}

/** What each server answered, reduced to what must agree between them. */
function summarise(q: Question, target: 'gateway' | 'postgraphile', data: Record<string, unknown>) {
  if (target === 'gateway') {
    switch (q) {
      case 'q1': {
        const tasks = data.tasks as { totalCount: number; edges: { node: { id: string } }[] }
        return { total: tasks.totalCount, ids: tasks.edges.map((e) => idOfGlobal(e.node.id)) }
      }
      case 'q2': {
        const s = data.scorecard as {
          counts: { total: number; overdue: number }
          byLead: unknown[]
        }
        return { total: s.counts.total, overdue: s.counts.overdue, leads: s.byLead.length }
      }
      case 'q3': {
        const d = data.directive as { implementationChain: unknown[]; implementedBy: unknown[] }
        return { up: d.implementationChain.length, down: d.implementedBy.length }
      }
      case 'q6': {
        const c = data.reportingCalendar as {
          expectedReports: {
            organization: { code: string }
            directive: { symbol: string }
            task: { reference: string } | null
            cadence: string
            period: { key: string; due: string }
          }[]
          totals: (Omit<CalendarTotal, 'code'> & { organization: { code: string } })[]
        }
        return calendarAnswer(
          c.expectedReports.map((e) => [
            e.organization.code,
            e.directive.symbol,
            e.task?.reference ?? '',
            e.cadence,
            e.period.key,
            e.period.due,
          ]),
          c.totals.map((x) => ({ ...x, code: x.organization.code })),
        )
      }
      default:
        return { nodes: (data.nodes as unknown[]).filter(Boolean).length }
    }
  }
  switch (q) {
    case 'q1': {
      const c = data.chidaoPgUrgeList as { totalCount: number; nodes: { rowId: string }[] }
      return { total: c.totalCount, ids: c.nodes.map((n) => n.rowId) }
    }
    case 'q2': {
      const lines = (data.chidaoPgScorecard as { nodes: Record<string, unknown>[] }).nodes
      const whole = lines.find((l) => l.organizationId === null)!
      return {
        total: Number(whole.total),
        overdue: Number(whole.overdue),
        leads: lines.length - 1,
      }
    }
    case 'q3': {
      const d = data.chidaoPgDirectiveBySymbol as {
        implementationChain: { nodes: unknown[] }
        implementedBy: { nodes: unknown[] }
      }
      return { up: d.implementationChain.nodes.length, down: d.implementedBy.nodes.length }
    }
    case 'q6': {
      const list = (data.chidaoPgMissingReports as { nodes: Record<string, string | null>[] }).nodes
      const totals = (data.chidaoPgReportingTotals as { nodes: Record<string, string>[] }).nodes
      return calendarAnswer(
        list.map((e) => [
          e.organizationCode!,
          e.directiveSymbol!,
          e.taskReference ?? '',
          e.cadence!,
          e.periodKey!,
          e.due!,
        ]),
        totals.map((x) => ({
          code: x.organizationCode!,
          received: x.received!,
          receivedLate: x.receivedLate!,
          missing: x.missing!,
          notYetDue: x.notYetDue!,
        })),
      )
    }
    default:
      return { nodes: (data.chidaoPgTasksByIds as { nodes: unknown[] }).nodes.length }
  }
}

/** An organisation's line of question 6's totals (counts may come as strings: bigint). */
interface CalendarTotal {
  code: string
  received: number | string
  receivedLate: number | string
  missing: number | string
  notYetDue: number | string
}

/**
 * Question 6 reduced to what must agree: each missing report (`missingReports`) as
 * `organisation|document|task reference|cadence|period|due`, each line of totals as
 * `organisation|received|late|missing|not yet due`, and the shares of the whole scope.
 */
function calendarAnswer(missing: readonly string[][], totals: readonly CalendarTotal[]) {
  const sum = { received: 0, receivedLate: 0, missing: 0, notYetDue: 0 }
  for (const x of totals) {
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += Number(x[k])
  }
  return {
    missingReports: missing.map((m) => m.join('|')),
    totals: totals.map((x) =>
      [x.code, x.received, x.receivedLate, x.missing, x.notYetDue].map(String).join('|'),
    ),
    expected: sum.received + sum.receivedLate + sum.missing + sum.notYetDue,
    ...sum,
  }
}

/** The floor's rows of question 6 (`kind` missing or total), reduced as the servers' answers. */
function floorCalendarAnswer(rows: Record<string, string | null>[]) {
  return calendarAnswer(
    rows
      .filter((r) => r.kind === 'missing')
      .map((r) => [r.code!, r.symbol_text!, r.reference ?? '', r.cadence!, r.period_key!, r.due!]),
    rows
      .filter((r) => r.kind === 'total')
      .map((r) => ({
        code: r.code!,
        received: r.received!,
        receivedLate: r.received_late!,
        missing: r.missing!,
        notYetDue: r.not_yet_due!,
      })),
  )
}

/** Same answers? Ids compared as sets (ties in due date may be ordered differently). */
function sameAnswer(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const norm = (x: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(x).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
      ),
    )
  return norm(a) === norm(b)
}

/** Loads every bundle into a fresh PostgreSQL database; rows, time and statements. */
export async function loadPostgres(url: string, bundles: readonly Bundle[]) {
  const db = await openDatabase({ url })
  let rows = 0
  let ms = 0
  let statements = 0
  try {
    await db.migrate()
    for (const bundle of bundles) {
      const r = await bulkLoadBundle(db, bundle, { actor: 'bench:national' })
      rows += r.totalRows
      ms += r.ms
      statements += r.statements
    }
  } finally {
    await db.close()
  }
  return { rows, ms, statements }
}

/** Loads one bundle into a fresh PGlite data directory; its fixture is read before closing. */
async function loadPglite(dataDir: string, bundle: Bundle) {
  const db = await openDatabase({ dataDir })
  try {
    await db.migrate()
    const r = await bulkLoadBundle(db, bundle, { actor: 'bench:national' })
    await sql`analyze`.execute(db.kysely)
    const one = async (text: string, params: unknown[]) =>
      (await db.kysely.executeQuery(CompiledQuery.raw(text, params))).rows as Record<
        string,
        unknown
      >[]
    const fixture = await readFixture(one, bundle.tenant.id)
    return { rows: r.totalRows, ms: r.ms, fixture }
  } finally {
    await db.close()
  }
}

async function run(argv: readonly string[]): Promise<{
  report: BenchmarkReport
  summary: Record<string, unknown>
  line: Record<string, unknown>
}> {
  const opts = options(argv)
  const notes: string[] = []
  const measurements: Measurement[] = []
  const log = (line: string) => console.log(line)
  const on = (t: Target) => opts.only.has(t)
  log(`targets: ${[...opts.only].join(', ')}; size ${opts.size}; ${opts.durationS} s runs`)

  // 1. Data.
  let t = performance.now()
  const inputs = generateDataset(opts.size, opts.seed)
  const bundles = inputs.map((input) => {
    const parsed = parseBundle(input)
    if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
    return parsed.value
  })
  log(`generated and parsed ${bundles.length} bundle(s) in ${Math.round(performance.now() - t)} ms`)

  // 2. Cold start (before anything else runs, on the embedded default).
  let coldStartMs: number | null = null
  if (on('gateway')) {
    const times = await coldStart(3)
    coldStartMs = median(times)
    log(
      `npm start cold start (PGlite, start snapshot) to first answer: median ${coldStartMs} ms of ${times.join(', ')}`,
    )
  }

  const needsPostgres = on('gateway') || on('postgraphile') || on('sql')
  const dbName = `chidao_bench_${opts.size}`
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`)
  const children: ChildProcess[] = []
  let stopping = false
  let pool: pg.Pool | null = null
  let calendarPool: pg.Pool | null = null
  let pgliteDir: string | null = null
  const servers: Partial<Record<Target, HttpTarget>> = {}
  const summary: Record<string, unknown> = {
    size: opts.size,
    date: new Date().toISOString().slice(0, 10),
    seed: opts.seed,
    duration_s: opts.durationS,
    warmup_s: opts.warmupS,
    targets: [...opts.only],
    cold_start_ms: coldStartMs,
  }
  try {
    const secret = randomBytes(32).toString('hex')
    const mint = (tenantId: string) =>
      mintDevelopmentToken(secret, {
        subject: 'bench',
        tenantId: tenantId as never,
        organizationCode: 'UBND-TINH',
        roles: ['ADMIN'],
        clearance: 'TUYET_MAT',
        ttlSeconds: 6 * 3600,
      })
    const statsOf = (base: string) => async () =>
      (await (await fetch(`${base}/__bench/stats`)).json()) as ServerStats
    let fixture: Fixture | null = null
    let pgliteFixture: Fixture | null = null

    // 3. PostgreSQL: load, the bench-only functions for PostGraphile, ANALYZE.
    if (needsPostgres) {
      await adminQuery(`drop database if exists ${dbName} with (force)`)
      await adminQuery(`create database ${dbName}`)
      const load = await loadPostgres(url, bundles)
      const rowsPerSecond = Math.round(load.rows / (load.ms / 1000))
      log(
        `bulk load (PostgreSQL): ${load.rows.toLocaleString('en')} rows in ${load.ms} ms (${load.statements} statements): ${rowsPerSecond.toLocaleString('en')} rows/s`,
      )
      Object.assign(summary, { rows_loaded: load.rows, load_rows_per_s: rowsPerSecond })
      if (on('postgraphile')) {
        await adminQuery(postgraphileSchemaSql(), url)
      }
      t = performance.now()
      await adminQuery('analyze', url)
      notes.push(`analyze after load: ${Math.round(performance.now() - t)} ms`)
      pool = new pg.Pool({ connectionString: url, max: 10 })
      // An idle client whose server process ends (the database dropped `with (force)` while
      // the pool closes, or killed) emits 'error' on the pool: unhandled, it ends the process.
      pool.on('error', (error) => {
        if (!stopping) console.error(`floor pool: ${error.message}`)
      })
      calendarPool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' })
      calendarPool.on('error', (error) => {
        if (!stopping) console.error(`floor pool (calendar): ${error.message}`)
      })
      const p = pool
      fixture = await readFixture(
        async (text, params) => (await p.query(text, params)).rows,
        bundles[0]!.tenant.id,
      )
      const token = await mint(fixture.tenantId)
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
      if (on('gateway')) {
        const started = await startChild('gateway', gatewayArgs, {
          DATABASE_URL: url,
          CHIDAO_TENANT: fixture.tenantId,
          CHIDAO_JWT_SECRET: secret,
          LOG_LEVEL: 'silent',
        })
        children.push(started.child)
        const base = `http://127.0.0.1:${started.port}`
        servers.gateway = { base, headers, body: chidaoBodies(fixture), stats: statsOf(base) }
      }
      if (on('postgraphile')) {
        const started = await startChild('postgraphile', postgraphileArgs, {
          DATABASE_URL: url,
          CHIDAO_JWT_SECRET: secret,
          GRAPHILE_ENV: 'production',
        })
        children.push(started.child)
        const base = `http://127.0.0.1:${started.port}`
        servers.postgraphile = {
          base,
          headers,
          body: postgraphileBodies(fixture),
          stats: statsOf(base),
        }
      }
    }

    // 4. PGlite: the first tenant in an embedded data directory, served by the gateway.
    if (on('pglite')) {
      pgliteDir = mkdtempSync(join(os.tmpdir(), 'chidao-bench-pglite-'))
      const load = await loadPglite(pgliteDir, bundles[0]!)
      pgliteFixture = load.fixture
      const rowsPerSecond = Math.round(load.rows / (load.ms / 1000))
      log(
        `bulk load (PGlite, first tenant): ${load.rows.toLocaleString('en')} rows in ${load.ms} ms: ${rowsPerSecond.toLocaleString('en')} rows/s`,
      )
      summary.pglite_load_rows_per_s = rowsPerSecond
      const started = await startChild('gateway (PGlite)', gatewayArgs, {
        DATABASE_URL: '',
        CHIDAO_BENCH_PGLITE_DIR: pgliteDir,
        CHIDAO_TENANT: load.fixture.tenantId,
        CHIDAO_JWT_SECRET: secret,
        LOG_LEVEL: 'silent',
      })
      children.push(started.child)
      const base = `http://127.0.0.1:${started.port}`
      const token = await mint(load.fixture.tenantId)
      servers.pglite = {
        base,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: chidaoBodies(load.fixture),
        stats: statsOf(base),
      }
    }

    // 5. Check the answers agree, and count SQL statements per request.
    const floor =
      pool && calendarPool && fixture && on('sql')
        ? floorQueries(pool, calendarPool, fixture)
        : null
    const checks: Record<string, unknown> = {}
    const statements: Record<string, Record<string, { total: number; queries: number }>> = {}
    for (const q of ['q1', 'q2', 'q3', 'q4', 'q6'] as const) {
      const answers: Record<string, Record<string, unknown>> = {}
      for (const name of ['gateway', 'postgraphile', 'pglite'] as const) {
        const target = servers[name]
        if (!target) continue
        answers[name] = summarise(
          q,
          name === 'postgraphile' ? 'postgraphile' : 'gateway',
          await ask(target, target.body(q)),
        )
        statements[name] ??= {}
        statements[name][q] = await statementsPerRequest(target, q)
      }
      if (floor) {
        if (q === 'q1') {
          const f = await floor.q1()
          answers.sql = { total: f.total, ids: f.ids }
        } else if (q === 'q3') {
          answers.sql_documents = { documents: (await floor.q3()).rows.length }
        } else if (q === 'q4') {
          answers.sql = { nodes: await floor.q4() }
        } else if (q === 'q6') {
          answers.sql = floorCalendarAnswer((await floor.q6()).rows)
        }
      }
      // On PostgreSQL the three answer from the same rows: same counts and the same ids. PGlite
      // holds the same dataset loaded again, with ids of its own: the counts must agree.
      const names = Object.keys(answers).filter((n) => n !== 'sql_documents' && n !== 'pglite')
      const counts = (a: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.length : v]))
      const agree =
        names.every((n) => sameAnswer(answers[n]!, answers[names[0]!]!)) &&
        (!answers.pglite ||
          names.length === 0 ||
          sameAnswer(counts(answers.pglite), counts(answers[names[0]!]!))) &&
        (!answers.sql_documents ||
          !answers.gateway ||
          answers.sql_documents.documents ===
            Number(answers.gateway.up) + Number(answers.gateway.down) + 1)
      // Lists (ids, missing reports, totals) are recorded by their length.
      checks[q] = {
        agree,
        ...Object.fromEntries(
          Object.entries(answers).map(([k, v]) => [
            k,
            Object.fromEntries(
              Object.entries(v).map(([kk, vv]) => [kk, Array.isArray(vv) ? vv.length : vv]),
            ),
          ]),
        ),
      }
      if (!agree) {
        // Throughput of different answers compares nothing: stop before any load.
        throw new Error(`${q}: the servers' answers differ: ${differences(answers)}`)
      }
    }
    for (const name of ['gateway', 'postgraphile', 'pglite'] as const) {
      const target = servers[name]
      if (!target) continue
      await ask(target, target.body('q5', 0))
      statements[name]!.q5_write = await statementsPerRequest(target, 'q5')
    }
    // Question 6 over wider and narrower scopes: more organisations, more periods, same count.
    const q6Scopes: Record<string, Record<string, unknown>> = {}
    for (const name of ['gateway', 'postgraphile', 'pglite'] as const) {
      const target = servers[name]
      const f = name === 'pglite' ? pgliteFixture : fixture
      if (!target || !f) continue
      q6Scopes[name] = await q6ScopeStatements(target, name, f)
    }
    log(`answers: ${JSON.stringify(checks)}`)
    log(`SQL statements per request: ${JSON.stringify(statements)}`)
    log(`question 6 over other scopes (statements, expected reports): ${JSON.stringify(q6Scopes)}`)
    summary.checks = checks
    summary.statements_per_request = statements
    summary.statements_per_request_q1 =
      statements.gateway?.q1?.total ?? statements.pglite?.q1?.total ?? null
    summary.statements_per_request_q6 =
      statements.gateway?.q6?.total ?? statements.pglite?.q6?.total ?? null
    summary.q6_scopes = q6Scopes

    // 6. Load: autocannon against each server in turn; the floor in this process.
    const results: Record<string, Record<number, Partial<Record<Target, RunFigures>>>> = {}
    const rss: Partial<Record<Target, { idle: number; peak: number }>> = {}
    for (const [name, target] of Object.entries(servers) as [Target, HttpTarget][]) {
      const idle = (await target.stats()).rss
      rss[name] = { idle, peak: idle }
    }
    for (const q of opts.questions) {
      results[q] = {}
      for (const c of CONCURRENCY) {
        const row: Partial<Record<Target, RunFigures>> = {}
        for (const name of TARGETS) {
          if (!on(name)) continue
          if (name === 'sql') {
            if (!floor) continue
            if (opts.warmupS > 0) await closedLoop(floor[q], c, opts.warmupS * 1000)
            row.sql = await closedLoop(floor[q], c, opts.durationS * 1000)
          } else {
            const target = servers[name]
            if (!target) continue
            if (opts.warmupS > 0) await cannonRun(target, q, c, opts.warmupS)
            row[name] = await cannonRun(target, q, c, opts.durationS)
            rss[name]!.peak = Math.max(rss[name]!.peak, (await target.stats()).rss)
          }
        }
        results[q][c] = row
        log(
          `${q} c=${c}: ` +
            Object.entries(row)
              .map(
                ([name, f]) =>
                  `${TARGET_LABELS[name as Target]} ${f.rps.toFixed(1)} req/s p50 ${f.p50.toFixed(1)} p99 ${f.p99.toFixed(1)} ms err ${f.errors}`,
              )
              .join(' | '),
        )
        for (const [name, f] of Object.entries(row) as [Target, RunFigures][]) {
          measurements.push({
            label: `${q} ${TITLES[q]} — ${TARGET_LABELS[name]}`,
            variant: name === 'gateway' || name === 'pglite' ? 'chidao' : 'naive',
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
      `size ${opts.size}, seed ${opts.seed}, ${bundles.length} tenant(s)`,
      `${opts.durationS} s per run after ${opts.warmupS} s of warm-up; the p95 column holds p99`,
      `RSS (MiB, after the checks / peak): ${Object.entries(rss)
        .map(([n, r]) => `${TARGET_LABELS[n as Target]} ${mib(r.idle)} / ${mib(r.peak)}`)
        .join(', ')}`,
      `SQL statements per request: ${JSON.stringify(statements)}`,
    )
    summary.rss_mib = Object.fromEntries(
      Object.entries(rss).map(([n, r]) => [n, { idle: mib(r.idle), peak: mib(r.peak) }]),
    )
    const line: Record<string, unknown> = { size: opts.size }
    for (const q of opts.questions) {
      const byC = Object.fromEntries(
        CONCURRENCY.map((c) => {
          const r = results[q]![c]!
          return [
            `c${c}`,
            Object.fromEntries(
              Object.entries(r).map(([n, f]) => [
                n,
                {
                  rps: round(f.rps),
                  p50_ms: round(f.p50, 2),
                  p99_ms: round(f.p99, 2),
                  errors: f.errors,
                },
              ]),
            ),
          ]
        }),
      )
      summary[q] = byC
      const at = results[q]![SUMMARY_CONCURRENCY]!
      line[q] = {
        chidao_rps: at.gateway ? round(at.gateway.rps) : null,
        postgraphile_rps: at.postgraphile ? round(at.postgraphile.rps) : null,
        sql_rps: at.sql ? round(at.sql.rps) : null,
        p50_ms: at.gateway ? round(at.gateway.p50, 2) : null,
        p99_ms: at.gateway ? round(at.gateway.p99, 2) : null,
      }
    }
    line.statements_per_request_q1 = summary.statements_per_request_q1
    line.statements_per_request_q6 = summary.statements_per_request_q6
    line.q6_statements_grow = q6Scopes.gateway?.grows ?? q6Scopes.pglite?.grows ?? null
    line.cold_start_ms = coldStartMs
    printTable(results, opts)
    return { report: { measurements, comparisons: [], notes }, summary, line }
  } finally {
    stopping = true
    for (const child of children) await stopChild(child)
    await pool?.end()
    await calendarPool?.end()
    if (needsPostgres && !process.env.CHIDAO_BENCH_KEEP_DB) {
      await adminQuery(`drop database if exists ${dbName} with (force)`)
    }
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true })
  }
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits
const mib = (bytes: number) => Math.round(bytes / 2 ** 20)

/** One row per question, concurrency and server; ratios of chidao's throughput to the others. */
function printTable(
  results: Record<string, Record<number, Partial<Record<Target, RunFigures>>>>,
  opts: Options,
) {
  const rows: string[][] = [
    ['question', 'c', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', '÷ PostGraphile', '÷ SQL'],
  ]
  for (const q of opts.questions) {
    for (const c of CONCURRENCY) {
      const r = results[q]![c]!
      for (const name of TARGETS) {
        const f = r[name]
        if (!f) continue
        const chidao = name === 'gateway' ? f : null
        rows.push([
          `${q} ${TITLES[q].split(' (')[0]}`,
          String(c),
          TARGET_LABELS[name],
          f.rps.toFixed(1),
          Number.isNaN(f.p50) ? '—' : f.p50.toFixed(1),
          Number.isNaN(f.p99) ? '—' : f.p99.toFixed(1),
          String(f.errors),
          chidao && r.postgraphile?.rps ? (chidao.rps / r.postgraphile.rps).toFixed(2) : '',
          chidao && r.sql?.rps ? (chidao.rps / r.sql.rps).toFixed(2) : '',
        ])
      }
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  const fmt = (r: string[]) =>
    r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  console.log(`\n## national benchmark, size ${opts.size}, ${opts.durationS} s per run\n`)
  console.log(
    [fmt(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join(
      '\n',
    ),
  )
  console.log('')
}

async function main(argv: readonly string[]) {
  const { report, summary, line } = await run(argv)
  const file = join(here, '..', 'results', `${summary.date}-${summary.size}.json`)
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        command:
          `npm run bench -- ${argv.includes('national') ? '' : 'national '}${argv.join(' ')}`.trim(),
        environment: {
          node: process.version,
          cpu: os.cpus()[0]?.model.trim(),
          cores: os.cpus().length,
          platform: `${os.platform()} ${os.release()}`,
        },
        line,
        summary,
        ...report,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`→ ${file}`)
  console.log(JSON.stringify(line))
  return report
}

export default commandLineBenchmark(
  'national',
  'the five questions at national scale: chidao, PostGraphile 5 and the SQL floor',
  main,
)

if (isMain(import.meta.url)) await main(process.argv.slice(2))
