/**
 * `chidao backup` while `chidao serve` writes: a stream of progress reports goes on while a
 * second process asks the server for a copy of its embedded database; the copy is restored into
 * a new directory with `chidao restore`. Every write acknowledged before the backup was asked
 * for must be in the restored database, once, with its audit event; writes acknowledged while
 * it ran may or may not be (counted). On PostgreSQL the same with the documented pg_dump and
 * pg_restore (docs/backups.md), in the suite's PostgreSQL run. The refusals are tested in @chidao/db
 * (embedded-backup.test.ts) and the command line's words in test/backup-command.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ChidaoDatabase, openDatabase } from '@chidao/db'
import { adminQuery, databaseUrl, scratchDatabaseEnv } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import {
  CHILD_JWT_SECRET,
  childAdminToken,
  childrenAndFoldersForSuite,
  firstTaskIds,
  httpAgent,
  postProgressReport,
  reportIdsByKey,
  reportsWithoutAuditEvent,
  runCli,
  startCli,
  startServing,
  stopChild,
} from './support.js'

const IN_FLIGHT = 4
const BACKUP_AFTER_ACKS = 80
const MAX_SENT = 3_000

interface LoadResult {
  readonly sent: number
  /** Acknowledged writes: idempotency key → report id and when the answer came. */
  readonly acknowledged: ReadonlyMap<string, { readonly id: string; readonly at: number }>
  /** When the backup was asked for (performance.now()). */
  readonly backupAskedAt: number
}

/**
 * Sends progress reports to `url`, IN_FLIGHT at a time, and once BACKUP_AFTER_ACKS are
 * acknowledged runs `takeBackup`; the writes go on until it ends.
 */
async function writesAcrossBackup(
  url: string,
  token: string,
  prefix: string,
  takeBackup: () => Promise<void>,
): Promise<LoadResult> {
  const agent = httpAgent(IN_FLIGHT)
  const taskIds = await firstTaskIds(url, 10, { token, agent })
  expect(taskIds.length).toBeGreaterThan(0)
  const acknowledged = new Map<string, { id: string; at: number }>()
  let sent = 0
  let backupAskedAt = Number.NaN
  let backupRun: Promise<void> | null = null
  let backupDone = false
  const worker = async () => {
    while (!backupDone && sent < MAX_SENT) {
      const i = sent++
      const key = `${prefix}-${i}`
      const a = await postProgressReport(
        url,
        {
          taskId: taskIds[i % taskIds.length]!,
          key,
          percent: i % 100,
          narrative: `Ghi khi sao lưu ${i}`,
        },
        { token, agent, timeoutMs: 60_000 },
      )
      const id = a.body?.data?.reportProgress.report?.id
      if (a.status === 200 && id) acknowledged.set(key, { id, at: performance.now() })
      if (!backupRun && acknowledged.size >= BACKUP_AFTER_ACKS) {
        backupAskedAt = performance.now()
        backupRun = takeBackup().finally(() => {
          backupDone = true
        })
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
    await backupRun
  } finally {
    agent.destroy()
  }
  return { sent, acknowledged, backupAskedAt }
}

/**
 * Checks the restored database `db`: every write acknowledged before the backup was asked for
 * is there once with its report id and its audit event. Returns the figures line.
 */
async function checkRestored(db: ChidaoDatabase, prefix: string, load: LoadResult, what: string) {
  const rows = await db.kysely
    .selectFrom('progress_report')
    .select(['id', 'idempotency_key'])
    .where('idempotency_key', 'like', `${prefix}-%`)
    .execute()
  const byKey = reportIdsByKey(rows)
  const before = [...load.acknowledged].filter(([, ack]) => ack.at < load.backupAskedAt)
  const lost = before.filter(([key, ack]) => byKey.get(key)?.[0] !== ack.id)
  expect(lost).toEqual([])
  expect([...byKey.values()].filter((ids) => ids.length > 1)).toEqual([])
  expect(await reportsWithoutAuditEvent(db, rows)).toEqual([])
  console.log(
    `[figures] ${what}: ${load.sent} writes sent (${IN_FLIGHT} in flight), ` +
      `${before.length} acknowledged before the backup was asked for, ` +
      `${load.acknowledged.size - before.length} while it ran; restored: ${rows.length} ` +
      `(acknowledged before and lost: ${lost.length}, duplicates: 0)`,
  )
}

describe('backups under write load', () => {
  const { children, dirs } = childrenAndFoldersForSuite(5_000)

  it('chidao backup of a serving embedded database restores every write acknowledged before it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-backup-'))
    dirs.push(dir)
    const file = join(dir, 'chidao.backup')
    const env = {
      CHIDAO_DATA_DIR: join(dir, 'data'),
      CHIDAO_JWT_SECRET: CHILD_JWT_SECRET,
      CHIDAO_URGING: 'off',
      DATABASE_URL: '', // the embedded database, also in the suite's PostgreSQL run
    }
    const token = await childAdminToken('reliability')
    const { child: server, url } = await startServing(children, env)
    let backupOutput = ''
    const load = await writesAcrossBackup(url, token, 'embedded', async () => {
      const backup = startCli(['backup', file], env)
      children.push(backup)
      const exit = await backup.exited
      backupOutput = backup.output()
      expect(exit, backupOutput).toBe(0)
    })
    expect(backupOutput).toMatch(/from the running server/)
    await stopChild(server)
    expect(await server.exited).toBe(0)

    // Restored into a directory of its own: the original stays as the server left it.
    const restoredDir = join(dir, 'restored')
    const restore = runCli(['restore', file], { ...env, CHIDAO_DATA_DIR: restoredDir })
    expect(restore.code, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/Restored .* \d+ task\(s\)/)
    const db = await openDatabase({ dataDir: restoredDir })
    try {
      await checkRestored(db, 'embedded', load, 'chidao backup under load (PGlite)')
    } finally {
      await db.close()
    }
  })

  it.skipIf(!process.env.DATABASE_URL || !hasPgTools())(
    'pg_dump of a served PostgreSQL database, pg_restore, restores every write acknowledged before it',
    async () => {
      const scratch = await scratchDatabaseEnv()
      const restoredName = `chidao_restored_${process.pid}`
      const serverUrl = process.env.DATABASE_URL!
      const restoredUrl = databaseUrl(serverUrl, restoredName)
      const dir = await mkdtemp(join(tmpdir(), 'chidao-pgdump-'))
      dirs.push(dir)
      const file = join(dir, 'chidao.dump')
      try {
        const env = { ...scratch.env, CHIDAO_JWT_SECRET: CHILD_JWT_SECRET, CHIDAO_URGING: 'off' }
        const token = await childAdminToken('reliability')
        const { child: server, url } = await startServing(children, env)
        // The commands docs/backups.md gives, as `chidao backup` prints them.
        const load = await writesAcrossBackup(url, token, 'pgdump', async () => {
          await pgTool('pg_dump', ['--format=custom', `--file=${file}`, scratch.env.DATABASE_URL!])
        })
        await stopChild(server)
        await adminQuery(serverUrl, `create database ${restoredName}`)
        await pgTool('pg_restore', [
          '--no-owner',
          '--exit-on-error',
          `--dbname=${restoredUrl}`,
          file,
        ])
        const db = await openDatabase({ url: restoredUrl })
        try {
          await checkRestored(db, 'pgdump', load, 'pg_dump under load (PostgreSQL)')
        } finally {
          await db.close()
        }
      } finally {
        await adminQuery(serverUrl, `drop database if exists ${restoredName} with (force)`)
        await scratch.dispose()
      }
    },
  )
})

function hasPgTools(): boolean {
  return ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0)
}

/** Runs pg_dump or pg_restore to its end without blocking the event loop (the load goes on). */
function pgTool(tool: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8')
    })
    child.once('error', fail)
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${tool} exited ${code}: ${stderr}`)),
    )
  })
}
