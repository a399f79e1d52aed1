import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asId, type TenantId } from '@chidao/domain'
import { afterAll, describe, expect, it } from 'vitest'
import {
  BackupError,
  backupEmbedded,
  backupSocketPath,
  DataDirectoryInUseError,
  listenForBackups,
  openDatabase,
  restoreEmbedded,
} from '../src/index.js'
import { pgliteTemplate } from '../src/testing/test-templates.js'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chidao-db-backup-'))
  dirs.push(dir)
  return dir
}

/** A data directory holding one tenant, made and closed. */
async function databaseIn(dataDir: string, tenant = 'mot-tinh'): Promise<void> {
  // From the run's migrated template: an initdb and the migrations per directory cost minutes.
  const db = await openDatabase({ dataDir, firstStartDump: () => pgliteTemplate() })
  try {
    await db.migrate()
    await db.ensureTenant(asId<TenantId>(tenant), 'Tỉnh một')
  } finally {
    await db.close()
  }
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirectoryInUseError) return error.code
    throw error
  }
  return 'no error'
}

// The embedded database only: PostgreSQL's backups are pg_dump's (docs/backups.md), so the
// run with DATABASE_URL does not repeat these.
describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'backup and restore of the embedded database',
  () => {
    it('copies a closed directory and restores it into an empty place', async () => {
      const dir = await scratch()
      await databaseIn(join(dir, 'data'))
      const written = await backupEmbedded({
        dataDir: join(dir, 'data'),
        file: join(dir, 'a.backup'),
      })
      expect(written.fromRunningServer).toBe(false)
      expect(written.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([])

      const done = await restoreEmbedded({
        file: join(dir, 'a.backup'),
        dataDir: join(dir, 'copy'),
      })
      expect(done.previousMovedTo).toBeNull()
      expect(done.counts.tenants).toBe(1)
      expect(existsSync(join(dir, 'copy', 'chidao.lock'))).toBe(false)
      const copy = await openDatabase({ dataDir: join(dir, 'copy') })
      try {
        const tenants = await copy.kysely.selectFrom('tenant').select('id').execute()
        expect(tenants.map((t) => t.id)).toEqual(['mot-tinh'])
      } finally {
        await copy.close()
      }
    })

    it('asks the process that holds the directory, through its backup socket', async () => {
      const dir = await scratch()
      const dataDir = join(dir, 'data')
      await databaseIn(dataDir)
      const db = await openDatabase({ dataDir })
      const listener = await listenForBackups(db, dataDir)
      try {
        expect(listener.path).toBe(backupSocketPath(dataDir))
        // A write committed before the request is in the copy.
        await db.ensureTenant(asId<TenantId>('hai-tinh'), 'Tỉnh hai')
        const written = await backupEmbedded({ dataDir, file: join(dir, 'served.backup') })
        expect(written.fromRunningServer).toBe(true)
      } finally {
        await listener.close()
        await db.close()
      }
      expect(existsSync(backupSocketPath(dataDir))).toBe(false)
      const done = await restoreEmbedded({
        file: join(dir, 'served.backup'),
        dataDir: join(dir, 'copy'),
      })
      expect(done.counts.tenants).toBe(2)
    })

    it('refuses, touching nothing: an existing file, a directory without a database, a server that does not answer', async () => {
      const dir = await scratch()
      const dataDir = join(dir, 'data')
      await databaseIn(dataDir)
      await writeFile(join(dir, 'taken.backup'), 'keep me')
      expect(await codeOf(backupEmbedded({ dataDir, file: join(dir, 'taken.backup') }))).toBe(
        'BACKUP_FILE_EXISTS',
      )
      expect(
        await codeOf(
          backupEmbedded({ dataDir: join(dir, 'nothing'), file: join(dir, 'n.backup') }),
        ),
      ).toBe('NO_DATABASE_TO_BACK_UP')
      expect(existsSync(join(dir, 'nothing'))).toBe(false)
      // Held by a process that answers no backups (this one, without a listener).
      const db = await openDatabase({ dataDir })
      try {
        expect(await codeOf(backupEmbedded({ dataDir, file: join(dir, 'held.backup') }))).toBe(
          'BACKUP_SERVER_UNREACHABLE',
        )
      } finally {
        await db.close()
      }
      expect(existsSync(join(dir, 'held.backup'))).toBe(false)
    })

    it('restores over a database only when asked, keeping the old one aside', async () => {
      const dir = await scratch()
      await databaseIn(join(dir, 'source'), 'nguon')
      await backupEmbedded({ dataDir: join(dir, 'source'), file: join(dir, 's.backup') })
      const dataDir = join(dir, 'data')
      await databaseIn(dataDir, 'dang-dung')

      expect(await codeOf(restoreEmbedded({ file: join(dir, 's.backup'), dataDir }))).toBe(
        'RESTORE_WOULD_REPLACE',
      )
      const db = await openDatabase({ dataDir })
      try {
        // Open in another process (here: this one): refused before anything moves.
        expect(
          await codeOf(restoreEmbedded({ file: join(dir, 's.backup'), dataDir, replace: true })),
        ).toBe('DATA_DIRECTORY_IN_USE')
      } finally {
        await db.close()
      }
      expect(
        (await readdir(dir)).filter((n) => n.includes('before-restore') || n.includes('restoring')),
      ).toEqual([])

      const done = await restoreEmbedded({ file: join(dir, 's.backup'), dataDir, replace: true })
      expect(done.previousMovedTo).toMatch(/data\.before-restore-/)
      const restored = await openDatabase({ dataDir })
      const kept = await openDatabase({ dataDir: done.previousMovedTo! })
      try {
        expect(
          (await restored.kysely.selectFrom('tenant').select('id').execute()).map((t) => t.id),
        ).toEqual(['nguon'])
        expect(
          (await kept.kysely.selectFrom('tenant').select('id').execute()).map((t) => t.id),
        ).toEqual(['dang-dung'])
      } finally {
        await restored.close()
        await kept.close()
      }
    })

    it('refuses a file that is not a backup, naming it, and writes nothing', async () => {
      const dir = await scratch()
      const junk = join(dir, 'junk.backup')
      await writeFile(junk, 'not a tar at all, just text\n'.repeat(40))
      const error = await restoreEmbedded({ file: junk, dataDir: join(dir, 'data') }).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(BackupError)
      expect((error as BackupError).code).toBe('NOT_A_BACKUP')
      expect((error as BackupError).english).toContain('junk.backup')
      expect((error as BackupError).vietnamese).toContain('không phải bản sao lưu')
      expect(existsSync(join(dir, 'data'))).toBe(false)
    })
  },
)
