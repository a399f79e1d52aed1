/**
 * The urging (đôn đốc) benchmark of issue 18: 10,000 tasks of which 2,000 overdue across 150
 * organisations, on a fresh PostgreSQL database made for the run and dropped after it. Each
 * organisation subscribes a webhook channel pointing at a local receiver that verifies every
 * signature with `standardwebhooks`. Per round (one per delivery concurrency, each on its own
 * copy of the loaded database, so each plans the same day from scratch):
 *
 * 1. plan the day: `planUrgingDay` through the runtime's own binding
 *    (`applicationUrgingUseCases`, as `chidao serve` calls it) — wall time, reminders,
 *    messages and deliveries created; then the same call again (it must add nothing);
 * 2. deliver every delivery planned: `deliverReminderMessage` with the real `WebhookSender`,
 *    N at once (the runtime's graphile-worker runs 4 jobs per process) — wall time, messages
 *    per second, every message received exactly once and verified;
 * 3. the load on PostgreSQL of each phase: the `pg_stat_database` deltas of the bench's
 *    database (commits, rows inserted/updated, blocks hit/read) and the statements the client
 *    sent, per message. `pg_stat_statements` is used when the server has it loaded.
 *
 * `npm run bench -- urging` (`--concurrency 4,16`, `--quick` for a tenth of the data).
 * Needs PostgreSQL (`CHIDAO_BENCH_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
 * Prints the table, and last a line `URGING {json}`; writes bench/results/urging.json.
 */
import { randomBytes } from 'node:crypto'
import { loadavg } from 'node:os'
import { systemClock } from '@chidao/app'
import { type ChidaoDatabase, openDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { WebhookSender } from '@chidao/notify'
import { sql } from 'kysely'
import pg from 'pg'
import { applicationUrgingUseCases } from '../../apps/gateway/src/urging/urging-use-cases.js'
import type { BenchmarkReport, Measurement } from '../lib/benchmark.js'
import { argValue, commandLineBenchmark } from '../lib/command-line.js'
import { timingOf } from '../lib/measure.js'
import { URGING_DAY, type UrgingDatasetCounts } from './generate-urging.js'
import { type LoadedUrgingDataset, loadUrgingDataset } from './load-urging.js'
import { startVerifyingReceiver, type VerifyingReceiver } from './verifying-receiver.js'

const ADMIN_URL = process.env.CHIDAO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const SEED = 42
const log = (line: string) => console.error(`urging: ${line}`)
const urlOf = (name: string) => ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)

async function admin<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** The counters of `pg_stat_database` the report reads. */
const STAT_COLUMNS = [
  'xact_commit',
  'xact_rollback',
  'tup_inserted',
  'tup_updated',
  'tup_deleted',
  'tup_fetched',
  'blks_hit',
  'blks_read',
] as const
type DatabaseStats = Record<(typeof STAT_COLUMNS)[number], number>

async function readStats(name: string): Promise<DatabaseStats> {
  const rows = await admin<Record<string, string>>(
    `select ${STAT_COLUMNS.join(', ')} from pg_stat_database where datname = $1`,
    [name],
  )
  const row = rows[0] ?? {}
  return Object.fromEntries(STAT_COLUMNS.map((c) => [c, Number(row[c] ?? 0)])) as DatabaseStats
}

/**
 * The database's counters once every backend of the phase has flushed its statistics: the
 * phase's pool is closed first (a backend flushes at exit); read until two reads agree.
 */
async function settledStats(name: string): Promise<DatabaseStats> {
  let last = await readStats(name)
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const next = await readStats(name)
    if (STAT_COLUMNS.every((c) => next[c] === last[c])) return next
    last = next
  }
  return last
}

const minus = (a: DatabaseStats, b: DatabaseStats) =>
  Object.fromEntries(STAT_COLUMNS.map((c) => [c, a[c] - b[c]])) as DatabaseStats

/** Whether `pg_stat_statements` can be read (loaded at server start, and created). */
async function statementsAvailable(): Promise<boolean> {
  const rows = await admin<{ loaded: boolean }>(
    `select current_setting('shared_preload_libraries') ~ 'pg_stat_statements' as loaded`,
  )
  return rows[0]?.loaded === true
}

interface Phase {
  readonly ms: number
  readonly statements: number
  readonly dbMs: number
  /** The database's counters over the phase; null on PGlite (no statistics collector). */
  readonly stats: DatabaseStats | null
}

/** Runs `work` on a pool of its own on database `name`, measuring it and its load. */
async function phase<T>(
  name: string,
  poolSize: number,
  work: (db: ChidaoDatabase) => Promise<T>,
): Promise<{ value: T } & Phase> {
  let statements = 0
  let dbMs = 0
  const db = await openDatabase({
    url: urlOf(name),
    poolSize,
    onQuery: (event) => {
      statements++
      dbMs += event.queryDurationMillis
    },
  })
  let value: T
  let ms: number
  const before = await settledStats(name)
  const counted = statements
  try {
    const started = performance.now()
    value = await work(db)
    ms = performance.now() - started
  } finally {
    await db.close()
  }
  const stats = minus(await settledStats(name), before)
  return { value, ms, statements: statements - counted, dbMs, stats }
}

async function load(name: string, receiver: VerifyingReceiver, quick: boolean) {
  const db = await openDatabase({ url: urlOf(name) })
  try {
    return await loadUrgingDataset(db, receiver, { quick, seed: SEED })
  } finally {
    await db.close()
  }
}

/** The messages the plan wrote (one per reminder, or a digest of several). */
async function countMessages(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: urlOf(name) })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from reminder_message')
    return Number(rows[0]?.n ?? 0)
  } finally {
    await client.end()
  }
}

interface Round {
  readonly concurrency: number
  readonly plan: Phase & { reminders: number; messages: number; deliveries: number }
  readonly replanMs: number
  readonly replanAdded: number
  readonly deliver: Phase & {
    states: Record<string, number>
    received: number
    repeated: number
    refused: number
    missing: number
  }
}

/** The use cases as the runtime binds them, with the real webhook sender. */
const bind = (db: ChidaoDatabase) =>
  applicationUrgingUseCases({
    db,
    clock: systemClock,
    sender: new WebhookSender(),
    leaseMs: 300_000,
  })

/** Delivers every id, `concurrency` at once, as the job queue's workers do; counts the states. */
async function deliverAll(
  useCases: ReturnType<typeof bind>,
  tenantId: TenantId,
  deliveryIds: readonly string[],
  concurrency: number,
): Promise<Record<string, number>> {
  const states: Record<string, number> = {}
  let next = 0
  const worker = async () => {
    while (next < deliveryIds.length) {
      const id = deliveryIds[next++]!
      const attempt = await useCases.deliver(tenantId, id)
      states[attempt.state] = (states[attempt.state] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return states
}

/** What the receiver got of `deliveryIds`, and the delivery phase's figures. */
function delivered(
  deliver: Phase & { value: Record<string, number> },
  deliveryIds: readonly string[],
  receiver: VerifyingReceiver,
): Round['deliver'] {
  const received = receiver.counts.size
  return {
    ...deliver,
    states: deliver.value,
    received,
    repeated: [...receiver.counts.values()].filter((n) => n > 1).length,
    refused: receiver.refused.count,
    missing: deliveryIds.length - received,
  }
}

/**
 * The same round on the embedded PGlite, in this process: load, plan, plan again, deliver.
 * No statistics collector there: the statements and their time at the client only.
 */
async function pgliteRound(
  receiver: VerifyingReceiver,
  quick: boolean,
  concurrency: number,
): Promise<{ round: Round; loaded: LoadedUrgingDataset }> {
  let statements = 0
  let dbMs = 0
  const db = await openDatabase({
    url: 'memory://',
    onQuery: (event) => {
      statements++
      dbMs += event.queryDurationMillis
    },
  })
  try {
    const loaded = await loadUrgingDataset(db, receiver, { quick, seed: SEED })
    log(`pglite: loaded ${loaded.rows} rows in ${Math.round(loaded.loadMs)} ms`)
    const timed = async <T>(work: () => Promise<T>) => {
      const [s0, d0, t0] = [statements, dbMs, performance.now()]
      const value = await work()
      return {
        value,
        ms: performance.now() - t0,
        statements: statements - s0,
        dbMs: dbMs - d0,
        stats: null,
      }
    }
    const useCases = bind(db)
    const { tenantId } = loaded
    receiver.reset()
    const plan = await timed(() => useCases.planDay(tenantId, URGING_DAY))
    const { reminderKeys, deliveryIds } = plan.value
    const counted = await sql<{
      n: number | string
    }>`select count(*) as n from reminder_message`.execute(db.kysely)
    const messages = Number(counted.rows[0]?.n ?? 0)
    log(
      `pglite: planned ${reminderKeys.length} reminders, ${messages} messages in ${Math.round(plan.ms)} ms`,
    )
    const replan = await timed(() => useCases.planDay(tenantId, URGING_DAY))
    const deliver = await timed(() => deliverAll(useCases, tenantId, deliveryIds, concurrency))
    log(
      `pglite: delivered ${receiver.counts.size}/${deliveryIds.length} in ${Math.round(deliver.ms)} ms`,
    )
    return {
      loaded,
      round: {
        concurrency,
        plan: { ...plan, reminders: reminderKeys.length, messages, deliveries: deliveryIds.length },
        replanMs: replan.ms,
        replanAdded: replan.value.deliveryIds.length + replan.value.reminderKeys.length,
        deliver: delivered(deliver, deliveryIds, receiver),
      },
    }
  } finally {
    await db.close()
  }
}

async function round(
  template: string,
  tenantId: TenantId,
  concurrency: number,
  receiver: VerifyingReceiver,
): Promise<Round> {
  const name = `${template}_c${concurrency}`
  await admin(`create database ${name} template ${template}`)
  receiver.reset()
  try {
    const plan = await phase(name, 10, (db) => bind(db).planDay(tenantId, URGING_DAY))
    const { reminderKeys, deliveryIds } = plan.value
    const messages = await countMessages(name)
    log(
      `c${concurrency}: planned ${reminderKeys.length} reminders, ${messages} messages, ${deliveryIds.length} deliveries in ${Math.round(plan.ms)} ms`,
    )
    const replan = await phase(name, 10, (db) => bind(db).planDay(tenantId, URGING_DAY))
    const deliver = await phase(name, concurrency + 2, (db) =>
      deliverAll(bind(db), tenantId, deliveryIds, concurrency),
    )
    const outcome = delivered(deliver, deliveryIds, receiver)
    log(
      `c${concurrency}: delivered ${outcome.received}/${deliveryIds.length} in ${Math.round(deliver.ms)} ms (${JSON.stringify(deliver.value)}; repeats ${outcome.repeated}; refused ${outcome.refused})`,
    )
    return {
      concurrency,
      plan: {
        ...plan,
        reminders: reminderKeys.length,
        messages,
        deliveries: deliveryIds.length,
      },
      replanMs: replan.ms,
      replanAdded: replan.value.deliveryIds.length + replan.value.reminderKeys.length,
      deliver: outcome,
    }
  } finally {
    await admin(`drop database if exists ${name} with (force)`)
  }
}

const perMessage = (value: number | undefined, messages: number) =>
  value === undefined ? '' : messages > 0 ? Number((value / messages).toFixed(2)) : 0

function measurements(rounds: readonly Round[], counts: UrgingDatasetCounts): Measurement[] {
  const input = `${counts.tasks.toLocaleString('en')} tasks, ${counts.overdue.toLocaleString('en')} overdue`
  return rounds.flatMap((r): Measurement[] => {
    const n = r.plan.deliveries
    return [
      {
        label: `plan the day (round c=${r.concurrency})`,
        variant: 'chidao',
        input,
        timing: timingOf([r.plan.ms], 0),
        figures: {
          messages: r.plan.messages,
          'msg/s': '',
          stmts: r.plan.statements,
          commits: r.plan.stats?.xact_commit ?? '',
          inserted: r.plan.stats?.tup_inserted ?? '',
          updated: r.plan.stats?.tup_updated ?? '',
          fetched: r.plan.stats?.tup_fetched ?? '',
          blksHit: r.plan.stats?.blks_hit ?? '',
          blksRead: r.plan.stats?.blks_read ?? '',
          'again ms': Math.round(r.replanMs),
        },
      },
      {
        label: `deliver, ${r.concurrency} at once (per msg)`,
        variant: 'chidao',
        input: `${n.toLocaleString('en')} webhooks`,
        timing: timingOf([r.deliver.ms], 0),
        figures: {
          messages: `${r.deliver.received} once`,
          'msg/s': Math.round((r.deliver.received / r.deliver.ms) * 1000),
          stmts: perMessage(r.deliver.statements, n),
          commits: perMessage(r.deliver.stats?.xact_commit, n),
          inserted: perMessage(r.deliver.stats?.tup_inserted, n),
          updated: perMessage(r.deliver.stats?.tup_updated, n),
          fetched: perMessage(r.deliver.stats?.tup_fetched, n),
          blksHit: perMessage(r.deliver.stats?.blks_hit, n),
          blksRead: r.deliver.stats?.blks_read ?? '',
          'db ms/msg': perMessage(r.deliver.dbMs, n),
        },
      },
    ]
  })
}

async function main(argv: readonly string[]): Promise<BenchmarkReport> {
  const quick = argv.includes('--quick')
  const backend = argValue(argv, 'backend') ?? 'postgres'
  if (backend !== 'postgres' && backend !== 'pglite')
    throw new Error(`--backend is postgres or pglite, not ${backend}`)
  // The runtime's concurrency: graphile-worker's 4 per process; the embedded runner's 2.
  const concurrencies = (argValue(argv, 'concurrency') ?? (backend === 'pglite' ? '2' : '4,16'))
    .split(',')
    .map((c) => Number.parseInt(c, 10))
    .filter((c) => c > 0)
  const receiver = await startVerifyingReceiver()
  const loadBefore = loadavg()
  const rounds: Round[] = []
  let loaded: LoadedUrgingDataset
  const pgStatStatements = backend === 'postgres' && (await statementsAvailable())
  if (backend === 'pglite') {
    try {
      const run = await pgliteRound(receiver, quick, concurrencies[0] ?? 2)
      loaded = run.loaded
      rounds.push(run.round)
    } finally {
      await receiver.close()
    }
  } else {
    const template = `chidao_bench_urging_${process.pid}_${randomBytes(3).toString('hex')}`
    await admin(`create database ${template}`)
    try {
      loaded = await load(template, receiver, quick)
      log(
        `loaded ${loaded.rows} rows in ${Math.round(loaded.loadMs)} ms: ${JSON.stringify(loaded.counts)}`,
      )
      for (const c of concurrencies)
        rounds.push(await round(template, loaded.tenantId, c, receiver))
    } finally {
      await receiver.close()
      await admin(`drop database if exists ${template} with (force)`)
    }
  }
  const { counts, rows: loadedRows, loadMs } = loaded
  const exactlyOnce = rounds.every(
    (r) =>
      r.deliver.missing === 0 &&
      r.deliver.repeated === 0 &&
      r.deliver.refused === 0 &&
      r.deliver.states.SENT === r.plan.deliveries &&
      r.replanAdded === 0,
  )
  const summary = {
    backend,
    day: URGING_DAY,
    dataset: counts,
    loadedRows,
    loadMs: Math.round(loadMs),
    pgStatStatements,
    loadAverage: {
      before: loadBefore.map((l) => l.toFixed(2)),
      after: loadavg().map((l) => l.toFixed(2)),
    },
    exactlyOnce,
    rounds: rounds.map((r) => ({
      concurrency: r.concurrency,
      planMs: Math.round(r.plan.ms),
      reminders: r.plan.reminders,
      messages: r.plan.messages,
      deliveries: r.plan.deliveries,
      planStatements: r.plan.statements,
      planPg: r.plan.stats,
      replanMs: Math.round(r.replanMs),
      deliverMs: Math.round(r.deliver.ms),
      messagesPerSecond: Math.round((r.deliver.received / r.deliver.ms) * 1000),
      received: r.deliver.received,
      repeated: r.deliver.repeated,
      refused: r.deliver.refused,
      deliverStatements: r.deliver.statements,
      deliverPg: r.deliver.stats,
      deliverDbMs: Math.round(r.deliver.dbMs),
    })),
  }
  console.log(`URGING ${JSON.stringify(summary)}`)
  if (!exactlyOnce) process.exitCode = 1
  return {
    measurements: measurements(rounds, counts),
    comparisons: [],
    notes: [
      `day ${URGING_DAY}; ${counts.tasks} tasks (${counts.overdue} overdue: ${counts.escalated} late by 14 days → escalated, the rest on an overdue repeat day; ${counts.dueSoon} due in 1 or 7 days; ${counts.completed} completed), ${counts.organizations} organisations, one webhook channel each`,
      `exactly once and verified (standardwebhooks) in every round: ${exactlyOnce}`,
      backend === 'pglite'
        ? 'PGlite in this process: statements and their time counted at the client (no statistics collector)'
        : `PostgreSQL load from pg_stat_database of the bench's own database; pg_stat_statements ${pgStatStatements ? 'loaded' : 'not loaded on this server (needs shared_preload_libraries and a restart): statements counted at the client instead'}`,
      backend === 'pglite'
        ? 'one round on an in-memory PGlite: load, plan, plan again, deliver'
        : 'each round plans on a fresh copy of the loaded database (CREATE DATABASE … TEMPLATE), then delivers what it planned',
      `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} after`,
    ],
  }
}

export default commandLineBenchmark(
  'urging',
  'đôn đốc: plan and deliver one day of reminders (PostgreSQL; --backend pglite)',
  main,
)
