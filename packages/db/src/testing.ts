/**
 * @packageDocumentation
 * `@chidao/db/testing` — fresh, migrated databases for tests, on every backend.
 *
 * Embedded: one migrated template per process, copied for each test database (≈ 0.7 s instead
 * of ≈ 3 s to boot and migrate). PostgreSQL: a new database per call, created from
 * `DATABASE_URL` and dropped on dispose.
 */
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { ChidaoDatabase } from './chidao-database.js'
import { MEMORY, type OpenDatabaseOptions, openDatabase } from './open-database.js'

/** The backends tests run on: always the embedded one; PostgreSQL when `DATABASE_URL` is set. */
export type TestBackend = 'pglite' | 'postgres'

/**
 * The backends to run on in this process: `['pglite']`, plus `'postgres'` when
 * `DATABASE_URL` names a PostgreSQL server.
 *
 * @example
 * ```ts
 * describe.each(testBackends())('organisations on %s', (backend) => { … })
 * ```
 */
export function testBackends(): TestBackend[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

/** A database for one test suite, and the function that disposes of it. */
export interface TestDatabase {
  readonly db: ChidaoDatabase
  readonly backend: TestBackend
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>
}

/** The environment variable through which a test run shares its migrated template. */
export const TEMPLATE_ENV = 'CHIDAO_TEST_PGLITE_TEMPLATE'

let template: Promise<Blob> | null = null

async function migratedSnapshot(): Promise<Blob> {
  const db = await openDatabase({ url: MEMORY })
  try {
    await db.migrate()
    const blob = await db.snapshot()
    if (!blob) throw new Error('PGlite returned no snapshot')
    return blob
  } finally {
    await db.close()
  }
}

function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = process.env[TEMPLATE_ENV]
    if (file) return new Blob([await readFile(file)])
    return migratedSnapshot()
  })()
  return template
}

/**
 * Migrates one embedded template for a whole test run and tells the test workers where it is,
 * so that no worker boots and migrates its own. Use it as (part of) a Vitest `globalSetup`.
 *
 * @example
 * ```ts
 * // vitest.global-setup.ts
 * export { prepareTestTemplate as setup } from '@chidao/db/testing'
 * ```
 */
export async function prepareTestTemplate(): Promise<void> {
  const file = join(
    tmpdir(),
    `chidao-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`,
  )
  const blob = await migratedSnapshot()
  await writeFile(file, Buffer.from(await blob.arrayBuffer()))
  process.env[TEMPLATE_ENV] = file
}

/**
 * Opens a fresh, migrated database on the given backend.
 *
 * @example
 * ```ts
 * const { db, dispose } = await createTestDatabase('pglite')
 * afterAll(dispose)
 * ```
 */
export async function createTestDatabase(
  backend: TestBackend,
  options: Omit<OpenDatabaseOptions, 'url' | 'dataDir' | 'loadDataDir'> = {},
): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const db = await openDatabase({ ...options, url: MEMORY, loadDataDir: await pgliteTemplate() })
    return { db, backend, dispose: () => db.close() }
  }
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('DATABASE_URL is not set: no PostgreSQL to test on')
  const name = `chidao_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  try {
    const db = await openDatabase({ ...options, url: url.toString() })
    await db.migrate()
    return {
      db,
      backend,
      dispose: async () => {
        await db.close()
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
      },
    }
  } catch (error) {
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
    throw error
  }
}

/**
 * For a test that runs the command line as another process: the environment that points it at
 * an empty PostgreSQL database of its own when `DATABASE_URL` is set (dropped by `dispose`), so
 * that it never migrates or writes the server's shared database; nothing on the embedded
 * backend.
 *
 * @example
 * ```ts
 * const scratch = await scratchDatabaseEnv()
 * spawnSync(node, args, { env: { ...process.env, ...scratch.env } })
 * await scratch.dispose()
 * ```
 */
export async function scratchDatabaseEnv(): Promise<{
  readonly env: Readonly<Record<string, string>>
  dispose(): Promise<void>
}> {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) return { env: {}, dispose: async () => {} }
  const name = `chidao_cli_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URL: url.toString() },
    dispose: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
