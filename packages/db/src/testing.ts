/**
 * @packageDocumentation
 * `@chidao/db/testing` — fresh, migrated databases for tests, on every backend.
 *
 * A test run's `globalSetup` ({@link prepareTestTemplates}) migrates one template per backend,
 * and writes each seed (the example programme, say) into one more, once. Every test database
 * is a copy of one: embedded, a PGlite loaded from the template's dump (≈ 0.7 s instead of
 * ≈ 3 s to boot and migrate, plus the seed's import); PostgreSQL, a new database created from
 * `DATABASE_URL` with `create database … template …` and dropped on dispose.
 */
import { randomBytes } from 'node:crypto'
import type { ChidaoDatabase } from './chidao-database.js'
import { MEMORY, type OpenDatabaseOptions, openDatabase } from './open-database.js'
import { adminQuery, databaseUrl } from './testing/admin-query.js'
import {
  pgliteTemplate,
  postgresTemplate,
  prepareTestTemplates,
  type TestSeed,
} from './testing/test-templates.js'

export { adminQuery, databaseUrl } from './testing/admin-query.js'
export { prepareTestTemplates, TEMPLATES_ENV, type TestSeed } from './testing/test-templates.js'

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

/**
 * Migrates the templates of a test run once (no seeds): `export { prepareTestTemplate as setup }`
 * in a Vitest `globalSetup`. See {@link prepareTestTemplates}, which also seeds them.
 */
export function prepareTestTemplate(): Promise<() => Promise<void>> {
  return prepareTestTemplates()
}

/** Options of {@link createTestDatabase}: those of `openDatabase`, and a seed. */
export interface TestDatabaseOptions
  extends Omit<OpenDatabaseOptions, 'url' | 'dataDir' | 'loadDataDir'> {
  /** What the database holds beyond the migrated schema: a copy of the run's template of it. */
  readonly seed?: TestSeed
}

/**
 * Opens a fresh, migrated database on the given backend, holding `options.seed` if given. It is
 * a copy of the run's template (see {@link prepareTestTemplates}); without one, the template is
 * made in this process (PGlite) or the database migrated and seeded in place (PostgreSQL).
 *
 * @example
 * ```ts
 * const { db, dispose } = await createTestDatabase('pglite')
 * afterAll(dispose)
 * ```
 */
export async function createTestDatabase(
  backend: TestBackend,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const { seed, ...open } = options
  if (backend === 'pglite') {
    const db = await openDatabase({ ...open, url: MEMORY, loadDataDir: await pgliteTemplate(seed) })
    return { db, backend, dispose: () => db.close() }
  }
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('DATABASE_URL is not set: no PostgreSQL to test on')
  const name = `chidao_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const template = postgresTemplate(seed)
  await adminQuery(
    serverUrl,
    template ? `create database ${name} template ${template.name}` : `create database ${name}`,
  )
  let db: ChidaoDatabase | undefined
  try {
    const opened = await openDatabase({ ...open, url: databaseUrl(serverUrl, name) })
    db = opened
    if (!template) await opened.migrate()
    if (seed && !template?.seeded) await seed.fill(opened)
    return {
      db: opened,
      backend,
      dispose: async () => {
        await opened.close()
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
      },
    }
  } catch (error) {
    await db?.close().catch(() => {})
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
  return {
    env: { DATABASE_URL: databaseUrl(serverUrl, name) },
    dispose: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  }
}
