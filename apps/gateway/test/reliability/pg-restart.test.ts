/**
 * PostgreSQL restarted while the gateway serves. A PRIVATE cluster (initdb in a temporary
 * directory, its own port on 127.0.0.1, sockets in the directory) so that nothing else is
 * disturbed; `chidao serve` runs on it as a child process while writes stream in. The cluster is
 * stopped (`pg_ctl stop -m fast`): /ready must answer 503 and every request DATABASE_UNAVAILABLE
 * quickly (no hang). It is started again: /ready must answer 200 and writes succeed, the gateway
 * never restarted. Every write acknowledged, before or after, must be stored exactly once.
 *
 * Needs PostgreSQL's server binaries (/usr/lib/postgresql/<version>/bin); initdb refuses to run
 * as root, so as root the cluster runs as the `postgres` user (runuser). Without them the test
 * is skipped with the reason printed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clusterDirectory, clusterTool, findPostgresBinaries, freePort } from './private-cluster.js'
import {
  CHILD_JWT_SECRET,
  type Child,
  childAdminToken,
  firstTaskIds,
  leakIn,
  postGraphql,
  postProgressReport,
  startCli,
  stopChild,
  waitForUrl,
} from './support.js'

const found = findPostgresBinaries()
if ('reason' in found) console.log(`PostgreSQL restart: skipped, ${found.reason}`)

describe.skipIf('reason' in found)('PostgreSQL restarted while serving', () => {
  const bin = 'bin' in found ? found.bin : ''
  let dir: string
  let port: number
  let gateway: Child | null = null
  let url: string
  let token: string
  let taskIds: string[] = []

  /** Runs a cluster binary, as the postgres user when we are root. */
  const cluster = (tool: string, args: string[]) => clusterTool(bin, tool, args)
  const data = () => join(dir, 'data')
  const start = () =>
    cluster('pg_ctl', [
      '-D',
      data(),
      '-w',
      '-t',
      '30',
      '-l',
      join(dir, 'postgres.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ])
  const stop = () => cluster('pg_ctl', ['-D', data(), '-w', '-t', '30', '-m', 'fast', 'stop'])

  const ready = async () => (await fetch(url.replace('/graphql', '/ready'))).status

  /** Waits until /ready answers 200 again, at most 30 s; how long that took, in ms. */
  async function readyAgain(): Promise<number> {
    const started = performance.now()
    while ((await ready()) !== 200) {
      expect(performance.now() - started, 'not ready again within 30 s').toBeLessThan(30_000)
      await new Promise((r) => setTimeout(r, 100))
    }
    return performance.now() - started
  }

  /** Runs `work` with a client of the cluster itself, not through the gateway; ends it after. */
  async function inCluster(work: (client: pg.Client) => Promise<void>): Promise<void> {
    const client = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    })
    await client.connect()
    try {
      await work(client)
    } finally {
      await client.end()
    }
  }

  /**
   * Writes progress reports on the seeded tasks in turn, each with a key of its own
   * (`<prefix>-<n>`): no answer may be a server error or leak internals; it keeps the reports
   * acknowledged (key → id) and the codes of the writes refused.
   */
  function reportWriter(prefix: string, percent: number, timeoutMs: number) {
    const acknowledged = new Map<string, string>()
    const failures: string[] = []
    let n = 0
    const write = async () => {
      const key = `${prefix}-${n++}`
      const answer = await postProgressReport(
        url,
        { taskId: taskIds[n % taskIds.length]!, key, percent },
        { token, timeoutMs },
      )
      expect(answer.status, answer.text).toBeLessThan(500)
      expect(leakIn(answer.text)).toBeNull()
      const id = answer.body?.data?.reportProgress?.report?.id
      if (id) acknowledged.set(key, id)
      else failures.push(String(answer.body?.errors?.[0]?.extensions?.code))
      return answer
    }
    return { acknowledged, failures, write, written: () => n }
  }

  beforeAll(async () => {
    dir = await clusterDirectory('chidao-pg-restart-')
    port = await freePort()
    cluster('initdb', [
      '-D',
      data(),
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
      '--locale=C.UTF-8',
    ])
    start()
    gateway = startCli(['serve'], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
      CHIDAO_JWT_SECRET: CHILD_JWT_SECRET,
      CHIDAO_TENANT: 'demo',
      CHIDAO_SEED: 'example',
    })
    url = await waitForUrl(gateway)
    token = await childAdminToken('pg-restart')
    taskIds = await firstTaskIds(url, 5, { token })
    expect(taskIds.length).toBe(5)
  }, 120_000)

  afterAll(async () => {
    await stopChild(gateway)
    if (dir) {
      try {
        cluster('pg_ctl', ['-D', data(), '-m', 'immediate', 'stop'])
      } catch {
        // not running
      }
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reports not-ready and DATABASE_UNAVAILABLE while it is down, then recovers by itself', async () => {
    const { acknowledged, failures, write, written } = reportWriter('pg-restart', 10, 20_000)

    expect(await ready()).toBe(200)
    for (let i = 0; i < 20; i++) await write()
    expect(acknowledged.size).toBe(20)

    // Down: a stream of writes keeps going while the server stops.
    let streaming = true
    const stream = (async () => {
      while (streaming) await write()
    })()
    await new Promise((r) => setTimeout(r, 200))
    const stopStarted = performance.now()
    stop()
    const stopMs = performance.now() - stopStarted
    const notReadyStarted = performance.now()
    expect(await ready()).toBe(503)
    const notReadyMs = performance.now() - notReadyStarted
    const downStarted = performance.now()
    const down = await write()
    const downMs = performance.now() - downStarted
    expect(down.body?.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE')
    expect(down.body?.errors?.[0]?.extensions?.messageVi).toContain(
      'Cơ sở dữ liệu tạm thời không truy cập được',
    )
    const read = await postGraphql(url, '{ organizations { totalCount } }', {}, { token })
    expect(read.body?.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE')
    await new Promise((r) => setTimeout(r, 1_000))
    expect(await ready()).toBe(503)

    // Up again: the same gateway process recovers.
    start()
    const recoverMs = await readyAgain()
    streaming = false
    await stream
    const failedDuring = failures.length
    for (let i = 0; i < 20; i++)
      expect((await write()).body?.data?.reportProgress?.__typename).toBe('ReportProgressPayload')
    expect(gateway!.process.exitCode).toBeNull()

    // Nothing acknowledged was lost, nothing stored twice, every report with its audit event.
    await inCluster(async (client) => {
      const rows = await client.query<{ key: string; id: string; audited: boolean }>(
        `select p.idempotency_key as key, p.id::text as id,
           exists (select 1 from audit_event a where a.entity_id = p.id::text) as audited
         from progress_report p where p.idempotency_key like 'pg-restart-%'`,
      )
      const stored = new Map(rows.rows.map((r) => [r.key, r.id]))
      expect(rows.rows.length).toBe(stored.size)
      for (const [key, id] of acknowledged) expect(stored.get(key), key).toBe(id)
      expect(rows.rows.every((r) => r.audited)).toBe(true)
      console.log(
        `[figures] PostgreSQL restart: pg_ctl stop ${Math.round(stopMs)} ms; /ready 503 in ${Math.round(notReadyMs)} ms; ` +
          `a write while down answered DATABASE_UNAVAILABLE in ${Math.round(downMs)} ms; ` +
          `ready again ${Math.round(recoverMs)} ms after start; writes ${written()}, acknowledged ${acknowledged.size}, ` +
          `failed ${failures.length} (${[...new Set(failures)].join(', ')}; ${failedDuring} during the outage), stored ${stored.size}, lost 0`,
      )
      expect(new Set(failures)).toEqual(new Set(['DATABASE_UNAVAILABLE']))
    })
  }, 120_000)

  /** The postmaster (from postmaster.pid) and every process it started: the whole cluster. */
  function clusterProcesses(): number[] {
    const postmaster = Number(readFileSync(join(data(), 'postmaster.pid'), 'utf8').split('\n')[0])
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster
        } catch {
          return false // ended meanwhile
        }
      })
      .map(Number)
    return [postmaster, ...children]
  }

  const signalAll = (pids: number[], signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal)
      } catch {
        // ended meanwhile
      }
    }
  }

  it('answers /ready 503 and writes DATABASE_UNAVAILABLE promptly while PostgreSQL is frozen (SIGSTOP), then recovers', async () => {
    const { acknowledged, write } = reportWriter('pg-frozen', 20, 60_000)
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now()
      const result = await work()
      return [result, performance.now() - started]
    }

    expect(await ready()).toBe(200)
    for (let i = 0; i < 10; i++) await write()
    expect(acknowledged.size).toBe(10)

    // Frozen: the processes stop without closing a connection; the kernel still accepts them.
    const frozen = clusterProcesses()
    expect(frozen.length).toBeGreaterThan(1)
    let readyMs: number
    let writeMs: number
    let readMs: number
    let readyBody: { code?: string; message?: string }
    try {
      signalAll(frozen, 'SIGSTOP')
      const [notReady, ms] = await timed(() =>
        fetch(url.replace('/graphql', '/ready'), { signal: AbortSignal.timeout(60_000) }),
      )
      readyMs = ms
      expect(notReady.status).toBe(503)
      readyBody = await notReady.json()
      expect(readyBody.code).toBe('DATABASE_TIMEOUT')
      expect(readyBody.message).toContain('2000 ms (CHIDAO_READY_TIMEOUT_MS)')
      // CHIDAO_READY_TIMEOUT_MS is 2 s: well under the 12–25 s it hung before.
      expect(readyMs).toBeLessThan(8_000)

      const [down, wms] = await timed(write)
      writeMs = wms
      expect(down.body?.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE')
      expect(down.body?.errors?.[0]?.extensions?.messageVi).toContain(
        'Cơ sở dữ liệu tạm thời không truy cập được',
      )
      // CHIDAO_DB_TIMEOUT_MS is 5 s: a third of the request timeout (15 s) it waited before.
      expect(writeMs).toBeLessThan(10_000)

      const [read, rms] = await timed(() =>
        postGraphql(url, '{ organizations { totalCount } }', {}, { token, timeoutMs: 60_000 }),
      )
      readMs = rms
      expect(read.body?.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE')
      expect(readMs).toBeLessThan(10_000)
    } finally {
      signalAll(frozen, 'SIGCONT')
    }

    // Thawed: the same gateway serves again, and nothing acknowledged was lost.
    const recoverMs = await readyAgain()
    for (let i = 0; i < 10; i++)
      expect((await write()).body?.data?.reportProgress?.__typename).toBe('ReportProgressPayload')
    expect(gateway!.process.exitCode).toBeNull()
    await inCluster(async (client) => {
      const rows = await client.query<{ key: string; id: string }>(
        `select idempotency_key as key, id::text as id from progress_report
         where idempotency_key like 'pg-frozen-%'`,
      )
      const stored = new Map(rows.rows.map((r) => [r.key, r.id]))
      for (const [key, id] of acknowledged) expect(stored.get(key), key).toBe(id)
      console.log(
        `[figures] PostgreSQL frozen (SIGSTOP on ${frozen.length} processes): /ready 503 ${readyBody.code} in ${Math.round(readyMs)} ms; ` +
          `a write answered DATABASE_UNAVAILABLE in ${Math.round(writeMs)} ms, a read in ${Math.round(readMs)} ms; ` +
          `ready again ${Math.round(recoverMs)} ms after SIGCONT; acknowledged ${acknowledged.size}, stored ${stored.size}, lost 0`,
      )
    })
  }, 180_000)
})
