/**
 * The national benchmark: generate a dataset, bulk-load it into a fresh PostgreSQL database,
 * and drive the five questions of issue 6 and question 6 of issue 16 (missing reports) with autocannon at concurrency 1, 8 and 32 against,
 * in the same run and on the same database:
 * - `gateway`: the chidao gateway (PostgreSQL), in a child process (gateway-launcher.mjs);
 * - `postgraphile`: PostGraphile 5 (amber preset) in a child process (postgraphile-launcher.mjs),
 *   its own documents in queries/postgraphile/, fenced by the same row-level security;
 * - `http`: the bare HTTP floor (http-floor-server.ts), a child process answering the same
 *   questions with the SQL floor's statements over `node:http`, fenced by the same row-level
 *   security, in the shape of chidao's answers: no GraphQL;
 * - `sql`: the floor, the same rows fetched by hand-written SQL through `pg`, no GraphQL;
 * - `pglite`: the chidao gateway on embedded PGlite loaded with the same dataset (first tenant;
 *   not at `national` unless asked for).
 * Also the `npm start` cold start (cold-start.ts) when the gateway is measured.
 *
 * `npm run bench -- national [--size small|province|national] [--only gateway,postgraphile,http,sql,pglite]
 *   [--duration 10] [--warmup 2] [--seed 42] [--quick]` (or `npm run bench -- --size small`, or
 * `node --conditions=@chidao/source --import tsx bench/national/load.bench.ts …`).
 * Writes `bench/results/<date>-<size>.json` and ends with one line of JSON.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBundle } from '@chidao/domain'
import type pg from 'pg'
import { mintDevelopmentToken } from '../../apps/gateway/src/auth/mint-token.js'
import type { BenchmarkReport } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark, isMain } from '../lib/command-line.js'
import { checkAnswers, checksSummary } from './agreement.js'
import { startPgliteServer, startPostgresServers, stopChild } from './bench-children.js'
import {
  ADMIN_URL,
  adminQuery,
  floorPools,
  loadPglite,
  preparePostgres,
  readFixture,
} from './bench-database.js'
import { coldStart, median } from './cold-start.js'
import { databaseSettle } from './database-settle.js'
import { floorQueries } from './floor-sql.js'
import { type DatasetSize, generateDataset } from './generate.js'
import type { HttpTarget } from './http-targets.js'
import {
  figuresByConcurrency,
  measureLoad,
  printTable,
  summaryLine,
  TARGET_LABELS,
  TARGETS,
  type Target,
} from './load-runs.js'
import { type Fixture, QUESTIONS, type Question } from './questions.js'

export { gatewayArgs, startChild, stopChild } from './bench-children.js'
export { adminQuery, loadPostgres, readFixture } from './bench-database.js'
export {
  ask,
  cannonRun,
  chidaoBodies,
  type HttpTarget,
  type RunFigures,
  type ServerStats,
} from './http-targets.js'
export type { Fixture, Question } from './questions.js'

const here = dirname(fileURLToPath(import.meta.url))

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

async function run(argv: readonly string[]): Promise<{
  report: BenchmarkReport
  summary: Record<string, unknown>
  line: Record<string, unknown>
}> {
  const opts = options(argv)
  const notes: string[] = []
  const log = (line: string) => console.log(line)
  const on = (t: Target) => opts.only.has(t)
  log(`targets: ${[...opts.only].join(', ')}; size ${opts.size}; ${opts.durationS} s runs`)

  // 1. Data.
  const t = performance.now()
  const bundles = generateDataset(opts.size, opts.seed).map((input) => {
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

  const needsPostgres = on('gateway') || on('postgraphile') || on('http') || on('sql')
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
    let fixture: Fixture | null = null
    let pgliteFixture: Fixture | null = null

    // 3. PostgreSQL: load, the bench-only functions for PostGraphile, ANALYZE.
    if (needsPostgres) {
      const load = await preparePostgres(url, dbName, bundles, on('postgraphile'))
      const rowsPerSecond = Math.round(load.rows / (load.ms / 1000))
      log(
        `bulk load (PostgreSQL): ${load.rows.toLocaleString('en')} rows in ${load.ms} ms (${load.statements} statements): ${rowsPerSecond.toLocaleString('en')} rows/s`,
      )
      Object.assign(summary, { rows_loaded: load.rows, load_rows_per_s: rowsPerSecond })
      notes.push(`analyze after load: ${load.analyzeMs} ms`)
      ;({ pool, calendarPool } = floorPools(url, () => stopping))
      const p = pool
      fixture = await readFixture(
        async (text, params) => (await p.query(text, params)).rows,
        bundles[0]!.tenant.id,
      )
      Object.assign(
        servers,
        await startPostgresServers(
          {
            url,
            secret,
            token: await mint(fixture.tenantId),
            fixture,
            gateway: on('gateway'),
            postgraphile: on('postgraphile'),
            http: on('http'),
          },
          children,
        ),
      )
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
      servers.pglite = await startPgliteServer(
        pgliteDir,
        load.fixture,
        { secret, token: await mint(load.fixture.tenantId) },
        children,
      )
    }

    // 5. Check the answers agree, and count SQL statements per request.
    const floor =
      pool && calendarPool && fixture && on('sql')
        ? floorQueries(pool, calendarPool, fixture)
        : null
    const { checks, statements, q6Scopes } = await checkAnswers(servers, floor, {
      postgres: fixture,
      pglite: pgliteFixture,
    })
    Object.assign(summary, checksSummary({ checks, statements, q6Scopes }, log))

    // 6. Load: autocannon against each server in turn; the floor in this process.
    const settle = needsPostgres ? databaseSettle(url) : null
    const { results, measurements, rssMib } = await measureLoad(opts, servers, floor, log, settle)
    notes.push(
      `size ${opts.size}, seed ${opts.seed}, ${bundles.length} tenant(s)`,
      `${opts.durationS} s per run after ${opts.warmupS} s of warm-up; the p95 column holds p99`,
      `RSS (MiB, after the checks / peak): ${Object.entries(rssMib)
        .map(([n, r]) => `${TARGET_LABELS[n as Target]} ${r.idle} / ${r.peak}`)
        .join(', ')}`,
      `SQL statements per request: ${JSON.stringify(statements)}`,
    )
    summary.rss_mib = rssMib
    for (const q of opts.questions) summary[q] = figuresByConcurrency(results[q]!)
    const line = summaryLine(opts, results, {
      statementsQ1: summary.statements_per_request_q1 as number | null,
      statementsQ6: summary.statements_per_request_q6 as number | null,
      q6StatementsGrow: q6Scopes.gateway?.grows ?? q6Scopes.pglite?.grows ?? null,
      coldStartMs,
      rssMib,
    })
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
