import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import {
  migrationsFingerprint,
  readStartSnapshot,
  START_SNAPSHOT_DUMP,
  START_SNAPSHOT_MANIFEST,
  writeStartSnapshot,
} from '../src/embedded/start-snapshot.js'
import { MEMORY, openDatabase } from '../src/open-database.js'
import { EXAMPLE_SEED } from './support/example-seed.js'

// The start snapshot is an embedded feature: every database here is PGlite, on disk.

const CONTENTS = { tenant: 'demo', seed: 'example' }

/** What a database holds, to compare two: migrations, rows per table, roles, policies. */
async function inventory(db: ChidaoDatabase) {
  const migrations = (
    await sql<{ name: string }>`select name from chidao_migration order by name`.execute(db.kysely)
  ).rows.map((r) => r.name)
  const tables = (
    await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name not like 'chidao_migration%'
      order by table_name`.execute(db.kysely)
  ).rows.map((r) => r.name)
  const rows: Record<string, number> = {}
  for (const table of tables) {
    const counted = await sql<{
      n: number
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(db.kysely)
    rows[table] = counted.rows[0]!.n
  }
  const roles = (
    await sql<{ name: string }>`
      select rolname as name from pg_roles where rolname like 'chidao%' order by rolname`.execute(
      db.kysely,
    )
  ).rows.map((r) => r.name)
  const policies = (
    await sql<{ name: string }>`
      select tablename || '.' || policyname as name from pg_policies order by 1`.execute(db.kysely)
  ).rows.map((r) => r.name)
  const secured = (
    await sql<{ name: string }>`
      select relname as name from pg_class
      where relrowsecurity and relnamespace = 'public'::regnamespace order by 1`.execute(db.kysely)
  ).rows.map((r) => r.name)
  return { migrations, rows, roles, policies, secured }
}

describe('start snapshot (embedded PGlite)', () => {
  let dir: string
  let snapshotDir: string
  let slow: Awaited<ReturnType<typeof inventory>>

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-start-snapshot-'))
    snapshotDir = join(dir, 'snapshot')
    // The slow way, on disk: initdb, every migration, the example imported.
    const db = await openDatabase({ dataDir: join(dir, 'slow') })
    try {
      await db.migrate()
      await db.ensureTenant('demo' as never, 'Tỉnh minh họa (demo)')
      await EXAMPLE_SEED.fill(db)
      slow = await inventory(db)
      await writeStartSnapshot(db, snapshotDir, CONTENTS)
    } finally {
      await db.close()
    }
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  /** Opens `name` under the test directory, from the snapshot when it holds no database yet. */
  const open = (name: string, contents: Record<string, string> = CONTENTS) => {
    const asked: string[] = []
    const opening = openDatabase({
      dataDir: join(dir, name),
      firstStartDump: async () => {
        const found = await readStartSnapshot(snapshotDir, contents)
        asked.push(found.ok ? 'snapshot' : found.reason)
        return found.ok ? found.dump : null
      },
    })
    return { opening, asked }
  }

  it('gives the database the slow way gives: migrations, rows, roles, row-level security', async () => {
    expect(slow.migrations).toEqual(migrationsFingerprint().names)
    expect(slow.rows.organization).toBeGreaterThan(0)
    expect(slow.roles).toContain('chidao_app')
    expect(slow.policies.length).toBeGreaterThan(0)
    const { opening, asked } = open('fast')
    const db = await opening
    try {
      expect(asked).toEqual(['snapshot'])
      expect((await db.migrate()).applied).toEqual([])
      expect(await inventory(db)).toEqual(slow)
    } finally {
      await db.close()
    }
  })

  it('keeps a write made after a snapshot start across a restart, and is not asked again', async () => {
    const first = open('restart')
    const db = await first.opening
    try {
      await db.ensureTenant('tinh-sau' as never, 'Tỉnh viết sau')
    } finally {
      await db.close()
    }
    const second = open('restart')
    const again = await second.opening
    try {
      expect(first.asked).toEqual(['snapshot'])
      expect(second.asked).toEqual([])
      const tenant = await again.kysely
        .selectFrom('tenant')
        .select('name')
        .where('id', '=', 'tinh-sau' as never)
        .executeTakeFirst()
      expect(tenant?.name).toBe('Tỉnh viết sau')
      expect((await inventory(again)).rows.organization).toBe(slow.rows.organization)
    } finally {
      await again.close()
    }
  })

  it('is not used when its migrations are not the code’s: the database is created as before', async () => {
    const manifestFile = join(snapshotDir, START_SNAPSHOT_MANIFEST)
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
    const edited = { ...manifest, migrations: manifest.migrations.slice(0, -1) }
    await writeFile(manifestFile, JSON.stringify(edited))
    try {
      const found = await readStartSnapshot(snapshotDir, CONTENTS)
      expect(found.ok).toBe(false)
      const { opening, asked } = open('stale')
      const db = await opening
      try {
        expect(asked).toEqual([expect.stringMatching(/was migrated to 0\d+-[a-z-]+, the code to/)])
        // An empty database, migrated now: nothing from the snapshot's example.
        expect((await db.migrate()).applied).toEqual(migrationsFingerprint().names)
        expect((await inventory(db)).rows.organization).toBe(0)
      } finally {
        await db.close()
      }
    } finally {
      await writeFile(manifestFile, JSON.stringify(manifest))
    }
  })

  it('is not used for other contents, another migration code, or a dump that is not the one made', async () => {
    const other = await readStartSnapshot(snapshotDir, { ...CONTENTS, tenant: 'tinh-khac' })
    expect(other).toEqual({ ok: false, reason: expect.stringContaining('tinh-khac') })
    const manifestFile = join(snapshotDir, START_SNAPSHOT_MANIFEST)
    const manifest = await readFile(manifestFile, 'utf8')
    try {
      await writeFile(
        manifestFile,
        JSON.stringify({ ...JSON.parse(manifest), migrationsHash: '0'.repeat(64) }),
      )
      const edited = await readStartSnapshot(snapshotDir, CONTENTS)
      expect(edited).toEqual({ ok: false, reason: expect.stringContaining('code has changed') })
    } finally {
      await writeFile(manifestFile, manifest)
    }
    const dumpFile = join(snapshotDir, START_SNAPSHOT_DUMP)
    const dump = await readFile(dumpFile)
    try {
      await writeFile(dumpFile, dump.subarray(0, dump.length - 1))
      const cut = await readStartSnapshot(snapshotDir, CONTENTS)
      expect(cut).toEqual({ ok: false, reason: expect.stringContaining('not the one made') })
    } finally {
      await writeFile(dumpFile, dump)
    }
    expect((await readStartSnapshot(snapshotDir, CONTENTS)).ok).toBe(true)
    expect((await readStartSnapshot(join(dir, 'none'), CONTENTS)).ok).toBe(false)
  })

  it('is made only of a fully migrated embedded database', async () => {
    const db = await openDatabase({ url: MEMORY })
    try {
      await expect(writeStartSnapshot(db, join(dir, 'unmigrated'), CONTENTS)).rejects.toThrow(
        /fully migrated/,
      )
    } finally {
      await db.close()
    }
  })
})
