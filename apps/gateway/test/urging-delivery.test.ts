/**
 * Reminders delivered exactly once by real `chidao serve` processes to a real webhook receiver:
 * two processes on one PostgreSQL database, `kill -9` of one during a burst, the planning of days
 * missed while no process ran, and the same on the embedded PGlite in one process, restarted on
 * its data directory. The urging clock is set with `CHIDAO_CLOCK`; the example programme's
 * deadlines give a burst of messages between 29 January and 1 March 2027.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '@chidao/db'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import {
  type Child,
  childrenAndFoldersForSuite,
  startServing,
  stopChild,
} from './reliability/support.js'
import {
  allDeliveries,
  eventually,
  prepareUrgingDatabase,
  startWebhookReceiver,
  type WebhookReceiver,
} from './support/urging-processes.js'

/** 08:00 in Hà Nội, after the 07:30 digest: the first day planned (the first run plans only it). */
const FIRST_DAY = '2027-01-28T01:00:00Z'
/** A month later: the days between are planned on return, a burst of messages. */
const RETURN_DAY = '2027-03-01T01:00:00Z'
/** Jobs one process runs at once: graphile-worker's 4, the embedded runner's 2. */
const GRAPHILE_CONCURRENCY = 4
const EMBEDDED_CONCURRENCY = 2

/** Waits for the process's log to say it planned through `day`. */
function plannedThrough(child: Child, day: string) {
  return eventually(
    () => child.output().includes(`planned the reminders of demo through ${day}`),
    `the planning through ${day}`,
  )
}

/** The deliveries in a PostgreSQL database, now. */
async function deliveriesOn(url: string) {
  const db = await openDatabase({ url, dataDir: null })
  try {
    return await allDeliveries(db)
  } finally {
    await db.close()
  }
}

/** The deliveries in a data directory no process holds. */
async function deliveriesIn(dataDir: string) {
  const db = await openDatabase({ url: null, dataDir })
  try {
    return await allDeliveries(db)
  } finally {
    await db.close()
  }
}

/** The real instant every process's clock read its `CHIDAO_CLOCK` at: one clock for all. */
const CLOCK_AT = new Date().toISOString()

/**
 * A `chidao serve` process on `where` (a database URL or a data directory) with its clock at
 * `clock`, once it listens; the suite's `children`, stopped after it, hold it.
 */
async function serve(
  children: Child[],
  where: Record<string, string>,
  clock: string,
): Promise<Child> {
  const { child } = await startServing(children, {
    ...where,
    CHIDAO_SEED: 'none',
    CHIDAO_CLOCK: clock,
    CHIDAO_CLOCK_AT: CLOCK_AT,
    // A process killed mid-send leaves its claim for this long before another may take it.
    CHIDAO_URGING_LEASE_SECONDS: '5',
  })
  return child
}

/** Waits until every delivery of the database is SENT; returns them. */
async function allSent(where: { url: string } | { dataDir: string }, least: number) {
  let last: Awaited<ReturnType<typeof allDeliveries>> = []
  await eventually(
    async () => {
      const db = await openDatabase(
        'url' in where ? { url: where.url, dataDir: null } : { url: null, dataDir: where.dataDir },
      )
      try {
        last = await allDeliveries(db)
      } finally {
        await db.close()
      }
      return last.length >= least && last.every((d) => d.state === 'SENT')
    },
    `every delivery SENT (${last.filter((d) => d.state === 'SENT').length}/${last.length})`,
  )
  return last
}

/** Checks the receiver got each delivery's message, and no id twice. */
/** Every delivery's message reached the receiver (some perhaps more than once). */
function expectEveryMessageReceived(
  receiver: WebhookReceiver,
  deliveries: { messageId: string }[],
) {
  expect(new Set(receiver.received.map((r) => r.id))).toEqual(
    new Set(deliveries.map((d) => d.messageId)),
  )
}

function expectExactlyOnce(receiver: WebhookReceiver, deliveries: { messageId: string }[]) {
  expectEveryMessageReceived(receiver, deliveries)
  expect(receiver.repeated()).toEqual([])
}

/**
 * Runs `body` with a webhook receiver answering after `answerMs` and a scratch PostgreSQL
 * database prepared for urging to it; both go afterwards, whatever happened.
 */
async function onPreparedPostgres(
  answerMs: number,
  body: (url: string, receiver: WebhookReceiver) => Promise<void>,
): Promise<void> {
  const receiver = await startWebhookReceiver(answerMs)
  const database = await scratchDatabaseEnv()
  const url = database.env.DATABASE_URL as string
  try {
    await prepareUrgingDatabase({ url }, receiver.url)
    await body(url, receiver)
  } finally {
    await receiver.close()
    await database.dispose()
  }
}

describe.runIf(process.env.DATABASE_URL)('urging on PostgreSQL with two gateway processes', () => {
  const { children } = childrenAndFoldersForSuite(10_000)

  it('plans the days missed while down, and two processes deliver every message once', () =>
    onPreparedPostgres(50, async (url, receiver) => {
      const first = await serve(children, { DATABASE_URL: url }, FIRST_DAY)
      await plannedThrough(first, '2027-01-28')
      const before = await allSent({ url }, 0)
      await stopChild(first)
      // Down for a month; back with two processes.
      const one = await serve(children, { DATABASE_URL: url }, RETURN_DAY)
      const two = await serve(children, { DATABASE_URL: url }, RETURN_DAY)
      const deliveries = await allSent({ url }, before.length + 20)
      expectExactlyOnce(receiver, deliveries)
      // The days between the first day and the return were planned on return.
      const missed = receiver.received.filter(
        (r) => r.deliverOn > '2027-01-28' && r.deliverOn < '2027-03-01',
      )
      expect(missed.length).toBeGreaterThan(0)
      await stopChild(one)
      await stopChild(two)
      expect(one.output()).toMatch(/urging runtime started \(graphile-worker\)/)
    }))

  it('after kill -9 of one process mid-burst and its restart, every message arrives; repeats only of those in flight', () =>
    // Slow answers: the killed process has sends in flight.
    onPreparedPostgres(400, async (url, receiver) => {
      const first = await serve(children, { DATABASE_URL: url }, FIRST_DAY)
      await plannedThrough(first, '2027-01-28')
      await stopChild(first)
      const victim = await serve(children, { DATABASE_URL: url }, RETURN_DAY)
      const other = await serve(children, { DATABASE_URL: url }, RETURN_DAY)
      await eventually(() => receiver.received.length >= 6, 'a burst under way')
      victim.process.kill('SIGKILL')
      await victim.exited
      // Claimed and not yet SENT just after the kill: the killed process's sends among them.
      const inFlight = new Set(
        (await deliveriesOn(url)).filter((d) => d.state === 'SENDING').map((d) => d.messageId),
      )
      const restarted = await serve(children, { DATABASE_URL: url }, RETURN_DAY)
      const deliveries = await allSent({ url }, 20)
      expectEveryMessageReceived(receiver, deliveries)
      const repeated = receiver.repeated()
      // Only a message whose send was under way in the killed process comes twice.
      expect(repeated.length).toBeLessThanOrEqual(GRAPHILE_CONCURRENCY)
      for (const id of repeated) expect(inFlight.has(id)).toBe(true)
      // The log shows each delivery SENT once: one row per message and channel, SENT.
      expect(new Set(deliveries.map((d) => d.id)).size).toBe(deliveries.length)
      await stopChild(other)
      await stopChild(restarted)
    }))
})

describe('urging on the embedded PGlite in one process', () => {
  const { children, dirs } = childrenAndFoldersForSuite(10_000)

  it('plans the days missed while down, survives kill -9 mid-burst, and restarts on its data directory', async () => {
    const receiver = await startWebhookReceiver(400)
    const dir = await mkdtemp(join(tmpdir(), 'chidao-urging-'))
    dirs.push(dir)
    const dataDir = join(dir, 'data')
    try {
      await prepareUrgingDatabase({ dataDir }, receiver.url)
      const first = await serve(children, { CHIDAO_DATA_DIR: dataDir }, FIRST_DAY)
      await plannedThrough(first, '2027-01-28')
      await stopChild(first, 60_000)
      const back = await serve(children, { CHIDAO_DATA_DIR: dataDir }, RETURN_DAY)
      await eventually(() => receiver.received.length >= 4, 'a burst under way')
      back.process.kill('SIGKILL')
      await back.exited
      const killedAt = Date.now()
      // The data directory is free again: what was planned, and what is still to send.
      const planned = await deliveriesIn(dataDir)
      expect(planned.some((d) => d.state !== 'SENT')).toBe(true)
      const again = await serve(children, { CHIDAO_DATA_DIR: dataDir }, RETURN_DAY)
      expect(again.output()).toMatch(/urging runtime started \(embedded\)/)
      // Sent but not recorded SENT at the kill: sent again after it (the only possible repeats).
      const inFlight = new Set(planned.filter((d) => d.state === 'SENDING').map((d) => d.messageId))
      await eventually(
        () =>
          new Set(receiver.received.map((r) => r.id)).size >= planned.length &&
          [...inFlight].every((id) =>
            receiver.received.some((r) => r.id === id && r.at > killedAt),
          ),
        'the burst delivered, and the sends in flight at the kill sent again',
      )
      await stopChild(again, 60_000)
      const deliveries = await allSent({ dataDir }, 20)
      expectEveryMessageReceived(receiver, deliveries)
      const repeated = receiver.repeated()
      expect(repeated.length).toBeLessThanOrEqual(EMBEDDED_CONCURRENCY)
      for (const id of repeated) expect(inFlight.has(id)).toBe(true)
      expect(
        receiver.received.some((r) => r.deliverOn > '2027-01-28' && r.deliverOn < '2027-03-01'),
      ).toBe(true)
    } catch (error) {
      for (const child of children) console.error(child.output().slice(-3_000))
      console.error(JSON.stringify(receiver.received))
      throw error
    } finally {
      await receiver.close()
    }
  })
})
