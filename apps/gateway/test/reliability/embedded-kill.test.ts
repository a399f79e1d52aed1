/**
 * The embedded database and SIGKILL: `chidao serve` on a data directory, a stream of progress
 * reports, SIGKILL mid-stream, a restart on the same directory. Every acknowledged write must
 * be there exactly once, with its audit event, and the database must open.
 *
 * What PGlite 0.4 guarantees (read from @electric-sql/pglite's dist, see RELIABILITY.md): on
 * Node the data directory is Emscripten's NODEFS, whose writes are synchronous `fs.writeSync`
 * calls; PostgreSQL's WAL is written at each COMMIT before the answer, but NODEFS has no fsync
 * (an fsync is a no-op), and `relaxedDurability` only changes IndexedDB/OPFS syncing. So a
 * committed write is in the kernel's page cache: it survives the death of the process (this
 * test), not a power cut or kernel crash (not testable here).
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import {
  CHILD_JWT_SECRET,
  childAdminToken,
  childrenAndFoldersForSuite,
  firstTaskIds,
  httpAgent,
  leakIn,
  postGraphql,
  postProgressReport,
  REPORT_PROGRESS,
  reportIdsByKey,
  reportsWithoutAuditEvent,
  startCli,
  stopChild,
  waitForUrl,
} from './support.js'

const IN_FLIGHT = 8
const KILL_AFTER_ACKS = 150
const MAX_SENT = 2_000

describe('embedded database and SIGKILL', () => {
  const { children, dirs } = childrenAndFoldersForSuite(2_000)

  it('keeps every acknowledged write exactly once after SIGKILL and restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-kill-'))
    dirs.push(dir)
    const env = { CHIDAO_DATA_DIR: join(dir, 'data'), CHIDAO_JWT_SECRET: CHILD_JWT_SECRET }
    const token = await childAdminToken('reliability')
    const agent = httpAgent(IN_FLIGHT)
    try {
      const first = startCli(['serve'], env)
      children.push(first)
      const url = await waitForUrl(first)
      const taskIds = await firstTaskIds(url, 10, { token, agent })
      expect(taskIds.length).toBeGreaterThan(0)

      // A stream of writes, IN_FLIGHT at a time; SIGKILL once KILL_AFTER_ACKS are acknowledged.
      const acknowledged = new Map<string, string>() // idempotency key → report id
      let sent = 0
      let failedAfterKill = 0
      let killed = false
      const worker = async () => {
        while (!killed && sent < MAX_SENT) {
          const i = sent++
          const key = `sigkill-${i}`
          try {
            const a = await postProgressReport(
              url,
              {
                taskId: taskIds[i % taskIds.length]!,
                key,
                percent: i % 100,
                narrative: `Ghi liên tục ${i}`,
              },
              { token, agent, timeoutMs: 10_000 },
            )
            const id = a.body?.data?.reportProgress.report?.id
            if (a.status === 200 && id) acknowledged.set(key, id)
            if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
              killed = true
              first.process.kill('SIGKILL')
            }
          } catch {
            failedAfterKill++ // the connection died with the process: not acknowledged
          }
        }
      }
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
      expect(await first.exited).toBe('SIGKILL')
      agent.destroy()

      // Restart on the same directory: it opens, serves, and answers every key with its report.
      const second = startCli(['serve'], env)
      children.push(second)
      const url2 = await waitForUrl(second)
      const ready = await fetch(url2.replace('/graphql', '/ready'))
      expect(ready.status).toBe(200)
      const agent2 = httpAgent(IN_FLIGHT)
      try {
        const fresh = await postGraphql<{ reportProgress: { __typename: string } }>(
          url2,
          REPORT_PROGRESS,
          { input: { taskId: taskIds[0], percent: 1, idempotencyKey: 'after-restart' } },
          { token, agent: agent2 },
        )
        expect(leakIn(fresh.text)).toBeNull()
        expect(fresh.body?.data?.reportProgress.__typename).toBe('ReportProgressPayload')
      } finally {
        agent2.destroy()
      }
      await stopChild(second)
      expect(await second.exited).toBe(0)

      // Read the directory itself: each acknowledged key once, with its report id and audit event.
      const db = await openDatabase({ dataDir: env.CHIDAO_DATA_DIR })
      try {
        const rows = await db.kysely
          .selectFrom('progress_report')
          .select(['id', 'idempotency_key'])
          .where('idempotency_key', 'like', 'sigkill-%')
          .execute()
        const byKey = reportIdsByKey(rows)
        const lost = [...acknowledged].filter(([key, id]) => byKey.get(key)?.[0] !== id)
        expect(lost).toEqual([])
        expect([...byKey.values()].filter((ids) => ids.length > 1)).toEqual([])
        const halfApplied = await reportsWithoutAuditEvent(db, rows)
        expect(halfApplied).toEqual([])
        console.log(
          `[figures] SIGKILL on PGlite: ${sent} writes sent (${IN_FLIGHT} in flight), ` +
            `${acknowledged.size} acknowledged before the kill, ${failedAfterKill} cut off; ` +
            `after restart: ${rows.length} stored (${rows.length - acknowledged.size} committed ` +
            `but unacknowledged), acknowledged lost: ${lost.length}, duplicates: 0, ` +
            `reports without audit event: ${halfApplied.length}`,
        )
      } finally {
        await db.close()
      }
    } finally {
      agent.destroy()
    }
  })
})
