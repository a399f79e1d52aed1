/**
 * The national benchmark's load: each question at concurrency 1, 8 and 32 against each server
 * in turn (autocannon) and the SQL floor (a closed loop in the bench process); then the figures
 * as the results file keeps them, the last line of JSON and the printed table.
 */
import type { Measurement } from '../lib/benchmark.js'
import type { floorQueries } from './floor-sql.js'
import { cannonRun, type HttpTarget, type RunFigures } from './http-targets.js'
import { type Question, TITLES } from './questions.js'

export const CONCURRENCY = [1, 8, 32] as const
/** The concurrency whose figures go into the last line of JSON. */
const SUMMARY_CONCURRENCY = 8
export const TARGETS = ['gateway', 'postgraphile', 'http', 'sql', 'pglite'] as const
export type Target = (typeof TARGETS)[number]
export const TARGET_LABELS: Record<Target, string> = {
  gateway: 'chidao',
  postgraphile: 'PostGraphile 5',
  http: 'HTTP floor',
  sql: 'SQL floor',
  pglite: 'chidao (PGlite)',
}

/** Figures by question, concurrency and server. */
export type Results = Record<string, Record<number, Partial<Record<Target, RunFigures>>>>

/** What a load run is asked: the questions, the run's length, the targets on. */
export interface LoadOptions {
  size: string
  durationS: number
  warmupS: number
  only: ReadonlySet<Target>
  questions: readonly Question[]
}

export const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits
export const mib = (bytes: number) => Math.round(bytes / 2 ** 20)

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

/** One benchmark measurement per server of a row (question, concurrency). */
function measurementsOf(
  q: Question,
  c: number,
  size: string,
  row: Partial<Record<Target, RunFigures>>,
): Measurement[] {
  return (Object.entries(row) as [Target, RunFigures][]).map(([name, f]) => ({
    label: `${q} ${TITLES[q]} — ${TARGET_LABELS[name]}`,
    variant: name === 'gateway' || name === 'pglite' ? 'chidao' : 'naive',
    input: `${size}, c=${c}`,
    timing: {
      warmup: 0,
      runs: f.requests,
      samplesMs: [],
      medianMs: f.p50,
      p95Ms: f.p99,
      minMs: Number.NaN,
    },
    figures: { 'req/s': round(f.rps), 'p99 ms': round(f.p99), errors: f.errors },
  }))
}

/**
 * Each question and concurrency against each server in turn, a warm-up run first; the floor
 * in this process. RSS of every server after the checks and its peak after each run. With
 * `settle`, each PostgreSQL run waits first for the database to go idle (see `databaseSettle`).
 */
export async function measureLoad(
  opts: LoadOptions,
  servers: Partial<Record<Target, HttpTarget>>,
  floor: ReturnType<typeof floorQueries> | null,
  log: (line: string) => void,
  settle: (() => Promise<number>) | null = null,
) {
  // Each run starts once PostgreSQL has finished what earlier runs' timed-out requests left.
  const settled = async (before: string) => {
    const waited = (await settle?.()) ?? 0
    if (waited > 1_000) log(`  waited ${waited} ms for the database to go idle before ${before}`)
  }
  const results: Results = {}
  const measurements: Measurement[] = []
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
        if (!opts.only.has(name)) continue
        if (name === 'sql') {
          if (!floor) continue
          await settled(`${q} c=${c} ${name}`)
          if (opts.warmupS > 0) await closedLoop(floor[q], c, opts.warmupS * 1000)
          row.sql = await closedLoop(floor[q], c, opts.durationS * 1000)
        } else {
          const target = servers[name]
          if (!target) continue
          if (name !== 'pglite') await settled(`${q} c=${c} ${name}`)
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
      measurements.push(...measurementsOf(q, c, opts.size, row))
    }
  }
  const rssMib = Object.fromEntries(
    Object.entries(rss).map(([n, r]) => [n, { idle: mib(r.idle), peak: mib(r.peak) }]),
  ) as Partial<Record<Target, { idle: number; peak: number }>>
  return { results, measurements, rssMib }
}

/** Every figure of a question, by concurrency and server (the results file's `q1`…`q6`). */
export function figuresByConcurrency(r: Results[string]) {
  return Object.fromEntries(
    CONCURRENCY.map((c) => [
      `c${c}`,
      Object.fromEntries(
        Object.entries(r[c]!).map(([n, f]) => [
          n,
          { rps: round(f.rps), p50_ms: round(f.p50, 2), p99_ms: round(f.p99, 2), errors: f.errors },
        ]),
      ),
    ]),
  )
}

/**
 * A question's entry in the last line of JSON: each server's req/s at concurrency 8 (null when
 * left out), chidao's p50 and p99 there.
 */
function lineOf(r: Results[string]) {
  const at = r[SUMMARY_CONCURRENCY]!
  const rps = (f: RunFigures | undefined) => (f ? round(f.rps) : null)
  return {
    chidao_rps: rps(at.gateway),
    postgraphile_rps: rps(at.postgraphile),
    http_rps: rps(at.http),
    sql_rps: rps(at.sql),
    p50_ms: at.gateway ? round(at.gateway.p50, 2) : null,
    p99_ms: at.gateway ? round(at.gateway.p99, 2) : null,
  }
}

/**
 * The last line of JSON: each question's entry (`lineOf`), chidao's statements per request
 * for questions 1 and 6 and whether question 6's grow with the scope, the cold start, and the
 * peak RSS (MiB) of chidao, PostGraphile and the bare HTTP floor (null when left out).
 */
export function summaryLine(
  opts: LoadOptions,
  results: Results,
  figures: {
    statementsQ1: unknown
    statementsQ6: unknown
    q6StatementsGrow: unknown
    coldStartMs: number | null
    rssMib: Partial<Record<Target, { idle: number; peak: number }>>
  },
): Record<string, unknown> {
  const line: Record<string, unknown> = { size: opts.size }
  for (const q of opts.questions) line[q] = lineOf(results[q]!)
  return {
    ...line,
    statements_per_request_q1: figures.statementsQ1,
    statements_per_request_q6: figures.statementsQ6,
    q6_statements_grow: figures.q6StatementsGrow,
    cold_start_ms: figures.coldStartMs,
    rss_mib: {
      chidao: figures.rssMib.gateway?.peak ?? null,
      postgraphile: figures.rssMib.postgraphile?.peak ?? null,
      http: figures.rssMib.http?.peak ?? null,
    },
  }
}

/**
 * One row per question, concurrency and server; ratios of chidao's throughput to the others,
 * and of chidao's p50 to the bare HTTP floor's.
 */
export function printTable(results: Results, opts: LoadOptions & { durationS: number }) {
  const rows: string[][] = [
    [
      'question',
      'c',
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      '÷ PostGraphile',
      '÷ HTTP',
      'p50 ÷ HTTP',
      '÷ SQL',
    ],
  ]
  const ratio = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b && !Number.isNaN(a) && !Number.isNaN(b) ? (a / b).toFixed(2) : ''
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
          chidao ? ratio(chidao.rps, r.postgraphile?.rps) : '',
          chidao ? ratio(chidao.rps, r.http?.rps) : '',
          chidao ? ratio(chidao.p50, r.http?.p50) : '',
          chidao ? ratio(chidao.rps, r.sql?.rps) : '',
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
