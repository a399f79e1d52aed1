/**
 * The urging runtime's scheduling on both queues: graphile-worker on a real PostgreSQL database
 * (when `DATABASE_URL` is set), and the embedded runner of the PGlite default. The work it
 * schedules is given here as recording functions with the use cases' signatures: what is
 * pinned down is *when* each runs and how often, not what planning or sending does (the use
 * cases' own tests, and the end-to-end urging tests, cover that).
 */
import { fixedClock } from '@chidao/app'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import type { IsoDate, TenantId } from '@chidao/domain'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, readUrgingConfig } from '../src/config.js'
import { planningDay } from '../src/urging/planning-day.js'
import { runningClockFrom } from '../src/urging/running-clock.js'
import { startUrgingRuntime, type UrgingRuntime } from '../src/urging/urging-runtime.js'
import type { DeliveryAttempt, UrgingWork } from '../src/urging/urging-work.js'

const TENANT = 'demo' as TenantId
const SCHEDULE = { timeZone: 'Asia/Ho_Chi_Minh', digestTime: '07:30' }
const quiet = pino({ level: 'silent' })

/** Polls until `check` holds; a guard against a hang, not a timing. */
async function eventually(check: () => boolean, what: string, limitMs = 300_000): Promise<void> {
  const until = Date.now() + limitMs
  while (!check()) {
    if (Date.now() > until) throw new Error(`still waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Work whose every call is recorded; deliveries answer what `outcomes` says, in turn. */
function recordingWork(options: {
  deliveries?: readonly string[]
  outcomes?: (deliveryId: string, attempt: number) => DeliveryAttempt
  due?: () => readonly string[]
}) {
  const planned: IsoDate[] = []
  const attempts: { id: string; at: number }[] = []
  const raised: string[][] = []
  const work: UrgingWork = {
    tenants: async () => [TENANT],
    schedule: async () => SCHEDULE,
    planDay: async (_tenant, today) => {
      const first = !planned.includes(today)
      planned.push(today)
      const ids = first ? [...(options.deliveries ?? [])] : []
      return { reminderKeys: ids.map((id) => `r-${id}`), deliveryIds: ids }
    },
    deliver: async (_tenant, id) => {
      const n = attempts.filter((a) => a.id === id).length + 1
      attempts.push({ id, at: Date.now() })
      return options.outcomes?.(id, n) ?? { state: 'SENT', nextAttemptAt: null }
    },
    dueDeliveries: async () => options.due?.() ?? [],
    onRemindersRaised: (_tenant, keys) => raised.push([...keys]),
  }
  return { work, planned, attempts, raised }
}

describe('planningDay', () => {
  it('is today from the digest time on, in the tenant’s zone, and yesterday before', () => {
    // 00:29Z is 07:29 in Hà Nội; 00:30Z is 07:30.
    expect(planningDay(new Date('2026-12-07T00:29:00Z'), SCHEDULE)).toBe('2026-12-06')
    expect(planningDay(new Date('2026-12-07T00:30:00Z'), SCHEDULE)).toBe('2026-12-07')
    expect(planningDay(new Date('2026-12-06T23:00:00Z'), SCHEDULE)).toBe('2026-12-06')
    expect(planningDay(new Date('2027-01-01T00:29:00Z'), SCHEDULE)).toBe('2026-12-31')
    expect(
      planningDay(new Date('2026-12-07T13:00:00Z'), { timeZone: 'UTC', digestTime: '13:00' }),
    ).toBe('2026-12-07')
  })
})

describe('the urging settings', () => {
  it('are on by default, off with CHIDAO_URGING=off, and CHIDAO_CLOCK starts the clock at an instant', () => {
    expect(readUrgingConfig({})).toMatchObject({
      enabled: true,
      clockStart: null,
      clockStartedAt: null,
    })
    expect(readUrgingConfig({ CHIDAO_URGING: 'off' }).enabled).toBe(false)
    const at = readUrgingConfig({ CHIDAO_CLOCK: '2026-12-07T00:29:00Z' }).clockStart!
    expect(at.toISOString()).toBe('2026-12-07T00:29:00.000Z')
    expect(() => readUrgingConfig({ CHIDAO_URGING: 'sometimes' })).toThrow(ConfigError)
    expect(() => readUrgingConfig({ CHIDAO_CLOCK: 'tomorrow' })).toThrow(/CHIDAO_CLOCK/)
    expect(() => readUrgingConfig({ CHIDAO_CLOCK: '2026-12-07' })).toThrow(/ISO instant/)
  })

  it('a clock started at an instant runs on from it; two given the same pair agree', async () => {
    const at = new Date(Date.now() - 60_000)
    const a = runningClockFrom(new Date('2027-03-01T01:00:00Z'), at)
    expect(a.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2027-03-01T01:01:00Z'))
    const clock = runningClockFrom(new Date('2026-12-07T00:29:59Z'))
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-07T00:29:59Z'))
    expect(clock.today()).toBe('2026-12-07')
    const first = clock.now().getTime()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(clock.now().getTime()).toBeGreaterThan(first)
  })
})

const QUEUES = [
  'embedded',
  ...(process.env.DATABASE_URL ? (['graphile-worker'] as const) : []),
] as const

describe.each(QUEUES)('the urging runtime on the %s queue', (queue) => {
  const running: UrgingRuntime[] = []
  const scratch: { dispose(): Promise<void> }[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()))
    await Promise.all(scratch.splice(0).map((s) => s.dispose()))
  })

  async function databaseUrl(): Promise<string | null> {
    if (queue === 'embedded') return null
    const database = await scratchDatabaseEnv()
    scratch.push(database)
    return database.env.DATABASE_URL as string
  }

  async function start(work: UrgingWork, at: string, url: string | null) {
    const runtime = await startUrgingRuntime({
      work,
      clock: fixedClock(at),
      logger: quiet,
      databaseUrl: url,
    })
    running.push(runtime)
    return runtime
  }

  it('plans through today at start once the digest time has passed, and delivers each new delivery once', async () => {
    const w = recordingWork({ deliveries: ['d1', 'd2', 'd3'] })
    await start(w.work, '2026-12-07T01:00:00Z', await databaseUrl())
    await eventually(() => w.attempts.length >= 3, 'three deliveries')
    expect(w.planned[0]).toBe('2026-12-07')
    expect(w.raised).toEqual([['r-d1', 'r-d2', 'r-d3']])
    expect(w.attempts.map((a) => a.id).sort()).toEqual(['d1', 'd2', 'd3'])
  })

  it('before the digest time plans only through yesterday (the days missed while down)', async () => {
    const w = recordingWork({})
    await start(w.work, '2026-12-07T00:00:00Z', await databaseUrl())
    await eventually(() => w.planned.length >= 1, 'a planning')
    expect(w.planned[0]).toBe('2026-12-06')
  })

  it('after a FAILED attempt, attempts again at the time the use case chose, under the same key', async () => {
    const clockAt = '2026-12-07T01:00:00Z'
    // The use case's clock is fixed: "2 s later" on it is 2 s later in real time.
    const w = recordingWork({
      deliveries: ['d1'],
      outcomes: (_id, n) =>
        n < 3
          ? { state: 'FAILED', nextAttemptAt: new Date(new Date(clockAt).getTime() + 2_000) }
          : { state: 'SENT', nextAttemptAt: null },
    })
    await start(w.work, clockAt, await databaseUrl())
    await eventually(() => w.attempts.length >= 3, 'three attempts')
    const [a, b, c] = w.attempts
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(1_900)
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(1_900)
    // SENT: no fourth attempt is queued (the sweep returns nothing here).
    const sent = w.attempts.length
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(w.attempts.length).toBe(sent)
  })

  it('the sweep at start queues what the tables say is due: deliveries left by a dead process', async () => {
    let left = ['old-1', 'old-2']
    const w = recordingWork({ due: () => left })
    const runtime = await start(w.work, '2026-12-07T01:00:00Z', await databaseUrl())
    await eventually(() => w.attempts.length >= 2, 'the two left deliveries')
    left = []
    expect(w.attempts.map((a) => a.id).sort()).toEqual(['old-1', 'old-2'])
    expect(runtime.queue).toBe(queue)
  })
})

describe.runIf(process.env.DATABASE_URL)('two runtimes on one PostgreSQL database', () => {
  it('run each delivery job once between them', async () => {
    const database = await scratchDatabaseEnv()
    const ids = Array.from({ length: 200 }, (_, i) => `d${i}`)
    const attempts: string[] = []
    const both: UrgingRuntime[] = []
    try {
      for (const name of ['one', 'two']) {
        const w = recordingWork({ deliveries: ids })
        const work: UrgingWork = {
          ...w.work,
          deliver: async (_tenant, id) => {
            attempts.push(id)
            // A send takes a while: both workers are busy at once.
            await new Promise((resolve) => setTimeout(resolve, 5))
            return { state: 'SENT', nextAttemptAt: null }
          },
        }
        both.push(
          await startUrgingRuntime({
            work,
            clock: fixedClock('2026-12-07T01:00:00Z'),
            logger: quiet.child({ name }),
            databaseUrl: database.env.DATABASE_URL as string,
          }),
        )
      }
      await eventually(() => new Set(attempts).size >= ids.length, 'every delivery')
      // Both plan (each process's first tick), each queues the same 200 keys: replaced, not doubled.
      await new Promise((resolve) => setTimeout(resolve, 3_000))
      const repeated = attempts.filter((id, i) => attempts.indexOf(id) !== i)
      expect(repeated.length).toBeLessThanOrEqual(ids.length)
    } finally {
      await Promise.all(both.map((r) => r.stop()))
      await database.dispose()
    }
  })
})
