import { randomBytes } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChidaoDatabase } from '../chidao-database.js'
import { MEMORY, openDatabase } from '../open-database.js'
import { adminQuery, databaseUrl } from './admin-query.js'

/**
 * What a test database holds beyond the migrated schema (the example programme, say), written
 * once per test run into a template that every test database of the seed is a copy of.
 */
export interface TestSeed {
  /** Names the seed's template: lower-case letters, digits, `-` or `_`; unique in a run. */
  readonly name: string
  /** Writes the seed into a freshly migrated database. */
  fill(db: ChidaoDatabase): Promise<void>
}

/** The environment variable through which a test run tells its workers where its templates are. */
export const TEMPLATES_ENV = 'CHIDAO_TEST_TEMPLATES'

/** Where a run's templates are, by seed name (`''`: migrated, no seed). */
interface TemplateLocations {
  /** Files holding a dump of a PGlite data directory. */
  readonly pglite: Readonly<Record<string, string>>
  /** Databases on the server of `DATABASE_URL`, to `create database … template` from. */
  readonly postgres: Readonly<Record<string, string>>
}

const MIGRATED = ''
const SEED_NAME = /^[a-z0-9_-]{1,24}$/

function locations(): TemplateLocations {
  const text = process.env[TEMPLATES_ENV]
  return text ? (JSON.parse(text) as TemplateLocations) : { pglite: {}, postgres: {} }
}

function keyOf(seed: TestSeed | undefined): string {
  if (seed === undefined) return MIGRATED
  if (!SEED_NAME.test(seed.name)) {
    throw new Error(`Test seed name "${seed.name}" must match ${SEED_NAME.source}`)
  }
  return seed.name
}

async function dumpOf(db: ChidaoDatabase): Promise<Blob> {
  const blob = await db.snapshot()
  if (!blob) throw new Error('PGlite returned no snapshot')
  return blob
}

async function migratedDump(): Promise<Blob> {
  const db = await openDatabase({ url: MEMORY })
  try {
    await db.migrate()
    return await dumpOf(db)
  } finally {
    await db.close()
  }
}

async function seededDump(migrated: Blob, seed: TestSeed): Promise<Blob> {
  const db = await openDatabase({ url: MEMORY, loadDataDir: migrated })
  try {
    await seed.fill(db)
    return await dumpOf(db)
  } finally {
    await db.close()
  }
}

const pgliteDumps = new Map<string, Promise<Blob>>()

/**
 * The dump a PGlite test database of `seed` (none: migrated only) starts from: read from the
 * file the run's {@link prepareTestTemplates} wrote, else made once in this process.
 */
export function pgliteTemplate(seed?: TestSeed): Promise<Blob> {
  const key = keyOf(seed)
  let dump = pgliteDumps.get(key)
  if (dump === undefined) {
    dump = (async () => {
      const file = locations().pglite[key]
      if (file) return new Blob([await readFile(file)])
      return seed ? seededDump(await pgliteTemplate(), seed) : migratedDump()
    })()
    pgliteDumps.set(key, dump)
  }
  return dump
}

/**
 * The PostgreSQL database to copy for a test database of `seed` (none: migrated only), and
 * whether it already holds the seed; `null` when the run prepared none (then the copy is made
 * from an empty database, migrated and filled).
 */
export function postgresTemplate(
  seed?: TestSeed,
): { readonly name: string; readonly seeded: boolean } | null {
  const found = locations().postgres
  const seeded = found[keyOf(seed)]
  if (seeded) return { name: seeded, seeded: true }
  const migrated = found[MIGRATED]
  return migrated ? { name: migrated, seeded: seed === undefined } : null
}

async function withDatabase(url: string, work: (db: ChidaoDatabase) => Promise<void>) {
  const db = await openDatabase({ url })
  try {
    await work(db)
  } finally {
    await db.close()
  }
}

/**
 * Makes a test run's templates once, before its test files: a migrated PGlite dump and one per
 * seed (files in the temporary directory), and, when `DATABASE_URL` is set, a migrated
 * PostgreSQL database and one per seed. Tells the workers where they are through
 * {@link TEMPLATES_ENV}, so that no test file migrates or seeds a database of its own. Gives the
 * function that removes them all. Use it as a Vitest `globalSetup`.
 *
 * @example
 * ```ts
 * // test/global-setup.ts
 * export const setup = () => prepareTestTemplates([EXAMPLE_SEED])
 * ```
 */
export async function prepareTestTemplates(
  seeds: readonly TestSeed[] = [],
): Promise<() => Promise<void>> {
  const run = `${process.pid}_${randomBytes(4).toString('hex')}`
  const serverUrl = process.env.DATABASE_URL
  const files: string[] = []
  const databases: string[] = []
  const teardown = async () => {
    delete process.env[TEMPLATES_ENV]
    await Promise.all(files.map((file) => rm(file, { force: true })))
    for (const name of databases) {
      if (serverUrl) await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
    }
  }
  const pglite: Record<string, string> = {}
  const postgres: Record<string, string> = {}
  try {
    const keys = [MIGRATED, ...seeds.map(keyOf)]
    const migrated = await migratedDump()
    for (const [i, key] of keys.entries()) {
      const seed = seeds[i - 1]
      const file = join(tmpdir(), `chidao-template-${run}-${key || 'migrated'}.tar`)
      const dump = seed ? await seededDump(migrated, seed) : migrated
      files.push(file)
      await writeFile(file, Buffer.from(await dump.arrayBuffer()))
      pglite[key] = file
    }
    if (serverUrl) {
      const base = `chidao_template_${run}`
      for (const [i, key] of keys.entries()) {
        const seed = seeds[i - 1]
        const name = seed ? `${base}_${key.replaceAll('-', '_')}` : base
        await adminQuery(
          serverUrl,
          seed ? `create database ${name} template ${base}` : `create database ${name}`,
        )
        databases.push(name)
        await withDatabase(databaseUrl(serverUrl, name), (db) =>
          seed ? seed.fill(db) : db.migrate().then(() => {}),
        )
        postgres[key] = name
      }
    }
  } catch (error) {
    await teardown()
    throw error
  }
  process.env[TEMPLATES_ENV] = JSON.stringify({ pglite, postgres } satisfies TemplateLocations)
  return teardown
}
