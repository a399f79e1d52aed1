/**
 * Sustained mixed read/write load on the gateway, for minutes, at the highest rate the machine
 * holds with p99 under a second, sampling the gateway's memory as it goes.
 *
 * `npm run bench -- sustained [--minutes 5] [--seconds N] [--backend pglite|postgres]
 *  [--connections N] [--window 5] [--write-share 0.2] [--p99-target 1000]`
 *
 * 1. A gateway process of its own (`sustained-launcher.ts`) on a fresh embedded database in a
 *    temporary directory (or, with `--backend postgres`, on a database created on
 *    `CHIDAO_BENCH_PG_URL`/`DATABASE_URL` and dropped afterwards), the example bundle loaded.
 * 2. Calibration (unless `--connections`): autocannon closed loops of 1, 2, 4, 8, 16, 32
 *    connections, a few seconds each; the one with the most requests per second whose p99 is
 *    under the target is kept.
 * 3. The sustained run: consecutive windows of `--window` seconds at that many connections for
 *    the whole duration; after each, the gateway's RSS and V8 heap (after a forced full
 *    collection: the live heap). Requests: 80 % reads (task
 *    lists with timeliness, a document with its implementing tasks, a scorecard, organisations)
 *    and 20 % `reportProgress` writes, each with its own idempotency key.
 * 4. At the end: every write acknowledged must be stored (counted in the database), errors
 *    (transport, non-2xx, GraphQL errors) are counted, and the heap's slope is fitted.
 *
 * Prints a line per window and, last, `SUSTAINED {json}`; writes bench/results/sustained.json
 * through the runner. The reliability suite runs it for about a minute
 * (apps/gateway/test/reliability/sustained-load.test.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TenantId } from '@chidao/domain'
import autocannon from 'autocannon'
import pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import { outputOf } from '../../apps/gateway/test/reliability/child-output.js'
import type { BenchmarkReport } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark, isMain } from '../lib/command-line.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const SECRET = 'chidao-sustained-bench-secret-0123456789abcdef-0123456789'

export interface SustainedOptions {
  readonly seconds: number
  readonly windowS: number
  readonly backend: 'pglite' | 'postgres'
  readonly connections: number | null
  readonly writeShare: number
  readonly p99TargetMs: number
  readonly calibrationS: number
}

export interface Window {
  readonly t: number
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly errors: number
  readonly rssMB: number
  readonly heapMB: number
}

export interface SustainedSummary {
  readonly backend: string
  readonly connections: number
  readonly calibration: readonly { connections: number; rps: number; p99: number }[]
  readonly seconds: number
  readonly requests: number
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly worstWindowP99: number
  readonly errors: number
  readonly errorKinds: Record<string, number>
  readonly writesAcknowledged: number
  readonly writesStored: number
  readonly writesLost: number
  readonly rssMB: { readonly first: number; readonly last: number; readonly max: number }
  readonly heapMB: { readonly first: number; readonly last: number; readonly max: number }
  /** Least-squares slope of heapUsed over the run after the first window, MB per minute. */
  readonly heapSlopeMBPerMin: number
  readonly windows: readonly Window[]
}

export function sustainedOptions(argv: readonly string[]): SustainedOptions {
  const num = (name: string, fallback: number) => {
    const v = argValue(argv, name)
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`--${name} must be a positive number, got "${v}"`)
    return n
  }
  const quick = argv.includes('--quick')
  const backend = argValue(argv, 'backend') ?? 'pglite'
  if (backend !== 'pglite' && backend !== 'postgres') {
    throw new Error(`--backend must be pglite or postgres, got "${backend}"`)
  }
  const connections = argValue(argv, 'connections')
  return {
    seconds: num('seconds', quick ? 20 : num('minutes', 5) * 60),
    windowS: num('window', 5),
    backend,
    connections: connections === undefined ? null : num('connections', 8),
    writeShare: num('write-share', 0.2),
    p99TargetMs: num('p99-target', 1000),
    calibrationS: num('calibration', quick ? 3 : 5),
  }
}

interface Launched {
  readonly process: ChildProcess
  readonly base: string
  readonly output: () => string
  stop(): Promise<void>
}

async function launch(env: Record<string, string>): Promise<Launched> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--conditions=@chidao/source',
      '--import',
      'tsx',
      join(here, 'sustained-launcher.ts'),
    ],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output = outputOf(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 120_000
  let port: string | undefined
  while (!port) {
    port = /READY (\d+)/.exec(output())?.[1]
    if (child.exitCode !== null)
      throw new Error(`the gateway exited before listening:\n${output()}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the gateway did not listen within 120 s:\n${output()}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    process: child,
    base: `http://127.0.0.1:${port}`,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

const READS = [
  `query Overdue($asOf: Date) { tasks(first: 20, asOf: $asOf, filter: { timeliness: [OVERDUE, IN_PROGRESS] }) {
    totalCount edges { node { id reference title status timeliness progress lead { code name } } } } }`,
  `query Chain { directive(symbol: "93-KL/TW") { symbol title implementedBy { symbol }
    tasks(first: 20, includeImplementing: true) { totalCount edges { node { reference title status } } } } }`,
  `query Card($org: ID) { scorecard(organizationId: $org) { counts { total overdue completedOnTime }
    completionRateDueByDate { percent denominator } progress { percent } } }`,
  `query Orgs { organizations(first: 50, orderBy: NAME_ASC) { totalCount edges { node { code name level parent { code } } } } }`,
]
const WRITE = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) {
  __typename ... on ReportProgressPayload { report { id } } ... on Error { code message } } }`

type Result = {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
}
const cannon = autocannon as unknown as (options: Record<string, unknown>) => Promise<Result>

async function stats(base: string) {
  const response = await fetch(`${base}/__bench/stats`)
  return (await response.json()) as {
    rss: number
    heapUsed: number
    reports: number
  }
}

function slope(points: readonly [number, number][]): number {
  const n = points.length
  if (n < 2) return 0
  const mx = points.reduce((a, [x]) => a + x, 0) / n
  const my = points.reduce((a, [, y]) => a + y, 0) / n
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0)
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0)
  return sxx === 0 ? 0 : sxy / sxx
}

/** Runs the whole benchmark; `log` receives one line per step. */
export async function runSustained(
  opts: SustainedOptions,
  log: (line: string) => void = console.log,
): Promise<SustainedSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-sustained-'))
  let admin: pg.Client | null = null
  let database: string | null = null
  let gateway: Launched | null = null
  try {
    const env: Record<string, string> = { CHIDAO_JWT_SECRET: SECRET }
    if (opts.backend === 'postgres') {
      const server = process.env.CHIDAO_BENCH_PG_URL ?? process.env.DATABASE_URL
      if (!server) throw new Error('--backend postgres needs CHIDAO_BENCH_PG_URL or DATABASE_URL')
      database = `chidao_sustained_${process.pid}`
      admin = new pg.Client({ connectionString: server })
      await admin.connect()
      await admin.query(`drop database if exists ${database}`)
      await admin.query(`create database ${database}`)
      const url = new URL(server)
      url.pathname = `/${database}`
      env.DATABASE_URL = url.toString()
    } else {
      env.CHIDAO_DATA_DIR = join(dir, 'data')
    }
    gateway = await launch(env)
    const token = await mintDevelopmentToken(SECRET, {
      subject: 'bench-sustained',
      tenantId: 'demo' as TenantId,
      organizationCode: null,
      roles: ['ADMIN'],
      clearance: 'TUYET_MAT',
      ttlSeconds: 24 * 3600,
    })
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
    const setup = (await (
      await fetch(`${gateway.base}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query:
            '{ tasks(first: 50) { edges { node { id } } } organization(code: "SKHCN") { id } }',
        }),
      })
    ).json()) as {
      data: { tasks: { edges: { node: { id: string } }[] }; organization: { id: string } }
    }
    const taskIds = setup.data.tasks.edges.map((e) => e.node.id)
    const orgId = setup.data.organization.id

    let sequence = 0
    let acknowledged = 0
    const errorKinds: Record<string, number> = {}
    const countError = (kind: string) => {
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1
    }
    const request = {
      method: 'POST',
      setupRequest: (req: Record<string, unknown>) => {
        const n = sequence++
        if (Math.random() < opts.writeShare) {
          return {
            ...req,
            body: JSON.stringify({
              query: WRITE,
              variables: {
                input: {
                  taskId: taskIds[n % taskIds.length],
                  percent: n % 101,
                  narrative: `Báo cáo tải liên tục số ${n}: đã triển khai, đang tổng hợp kết quả.`,
                  idempotencyKey: `sustained-${process.pid}-${n}`,
                },
              },
            }),
          }
        }
        return {
          ...req,
          body: JSON.stringify({
            query: READS[n % READS.length],
            variables: { asOf: '2026-03-01', org: orgId },
          }),
        }
      },
      onResponse: (status: number, body: string) => {
        if (status !== 200) return countError(`HTTP ${status}`)
        if (body.includes('"errors"')) {
          const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'GRAPHQL_ERROR'
          return countError(code)
        }
        if (body.includes('"ReportProgressPayload"')) acknowledged++
        else if (body.includes('"reportProgress"')) countError('WRITE_REFUSED')
      },
    }
    const run = (connections: number, duration: number) =>
      cannon({
        url: `${gateway!.base}/graphql`,
        connections,
        duration,
        headers,
        requests: [request],
      })

    // Calibration: the most requests per second with p99 under the target.
    const calibration: { connections: number; rps: number; p99: number }[] = []
    let connections = opts.connections ?? 0
    if (opts.connections === null) {
      for (const c of [1, 2, 4, 8, 16, 32]) {
        const r = await run(c, opts.calibrationS)
        calibration.push({ connections: c, rps: r.requests.average, p99: r.latency.p99 })
        log(`calibration c=${c}: ${r.requests.average.toFixed(1)} req/s, p99 ${r.latency.p99} ms`)
        const best = calibration.filter((x) => x.p99 < opts.p99TargetMs)
        const top = best.reduce((a, b) => (b.rps > a.rps ? b : a), best[0] ?? calibration[0]!)
        connections = top.connections
        if (r.latency.p99 >= opts.p99TargetMs || (top.connections !== c && calibration.length > 2))
          break
      }
      log(`sustained run at ${connections} connection(s)`)
    }

    const windows: Window[] = []
    const started = performance.now()
    let requests = 0
    let errors = 0
    const latencies: { p50: number; p99: number; weight: number }[] = []
    while ((performance.now() - started) / 1000 < opts.seconds) {
      const r = await run(connections, opts.windowS)
      const s = await stats(gateway.base)
      const wErrors = r.errors + r.timeouts + r.non2xx
      if (r.errors) countError('transport')
      if (r.timeouts) countError('timeout')
      requests += r.requests.total
      errors += wErrors
      latencies.push({ p50: r.latency.p50, p99: r.latency.p99, weight: r.requests.total })
      const w: Window = {
        t: Math.round((performance.now() - started) / 1000),
        rps: Math.round(r.requests.average * 10) / 10,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        errors: wErrors,
        rssMB: Math.round(s.rss / 1e6),
        heapMB: Math.round(s.heapUsed / 1e5) / 10,
      }
      windows.push(w)
      log(
        `t=${w.t}s ${w.rps} req/s p50 ${w.p50} ms p99 ${w.p99} ms max ${w.max} ms errors ${w.errors} | rss ${w.rssMB} MB heap ${w.heapMB} MB`,
      )
    }
    const seconds = (performance.now() - started) / 1000
    const stored = (await stats(gateway.base)).reports
    const total = latencies.reduce((a, l) => a + l.weight, 0) || 1
    const graphqlErrors = Object.entries(errorKinds)
      .filter(([k]) => k !== 'transport' && k !== 'timeout')
      .reduce((a, [, v]) => a + v, 0)
    const after = windows.slice(1)
    const rss = windows.map((w) => w.rssMB)
    const heap = windows.map((w) => w.heapMB)
    return {
      backend: opts.backend,
      connections,
      calibration,
      seconds: Math.round(seconds),
      requests,
      rps: Math.round((requests / seconds) * 10) / 10,
      p50: Math.round(latencies.reduce((a, l) => a + l.p50 * l.weight, 0) / total),
      p99: Math.round(latencies.reduce((a, l) => a + l.p99 * l.weight, 0) / total),
      worstWindowP99: Math.max(...windows.map((w) => w.p99)),
      errors: errors + graphqlErrors,
      errorKinds,
      writesAcknowledged: acknowledged,
      writesStored: stored,
      writesLost: Math.max(0, acknowledged - stored),
      rssMB: { first: rss[0] ?? 0, last: rss.at(-1) ?? 0, max: Math.max(...rss) },
      heapMB: { first: heap[0] ?? 0, last: heap.at(-1) ?? 0, max: Math.max(...heap) },
      heapSlopeMBPerMin:
        Math.round(slope(after.map((w) => [w.t / 60, w.heapMB] as [number, number])) * 100) / 100,
      windows,
    }
  } finally {
    await gateway?.stop()
    if (admin && database) {
      await admin.query(`drop database if exists ${database}`).catch(() => {})
      await admin.end().catch(() => {})
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(argv: readonly string[]): Promise<BenchmarkReport> {
  const summary = await runSustained(sustainedOptions(argv))
  console.log(`SUSTAINED ${JSON.stringify({ ...summary, windows: undefined })}`)
  return {
    measurements: [],
    comparisons: [],
    notes: [
      `${summary.backend}, ${summary.connections} connection(s), ${summary.seconds} s: ${summary.rps} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms (worst window ${summary.worstWindowP99} ms)`,
      `errors ${summary.errors} ${JSON.stringify(summary.errorKinds)}; writes acknowledged ${summary.writesAcknowledged}, stored ${summary.writesStored}, lost ${summary.writesLost}`,
      `RSS ${summary.rssMB.first} → ${summary.rssMB.last} MB (max ${summary.rssMB.max}); heap ${summary.heapMB.first} → ${summary.heapMB.last} MB (max ${summary.heapMB.max}), slope ${summary.heapSlopeMBPerMin} MB/min`,
      `windows: ${JSON.stringify(summary.windows)}`,
    ],
  }
}

export default commandLineBenchmark(
  'sustained',
  'sustained mixed read/write load on the gateway, with memory over time',
  main,
)

if (isMain(import.meta.url)) await main(process.argv.slice(2))
