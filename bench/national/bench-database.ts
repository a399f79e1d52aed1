/**
 * The national benchmark's databases: a fresh PostgreSQL database bulk-loaded with the
 * generated bundles (and PostGraphile's functions, and ANALYZE), the first tenant in a PGlite
 * data directory, and the fixture every server is asked about.
 */
import { bulkLoadBundle, openDatabase } from '@chidao/db'
import type { Bundle } from '@chidao/domain'
import { CompiledQuery, sql } from 'kysely'
import pg from 'pg'
import { postgraphileSchemaSql } from './postgraphile-schema.js'
import { type Fixture, globalId, Q6_SCOPES } from './questions.js'

export const ADMIN_URL =
  process.env.CHIDAO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Runs one statement on a connection of its own (`ADMIN_URL` unless told). */
export async function adminQuery(sqlText: string, connectionString = ADMIN_URL) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(sqlText)
  } finally {
    await client.end()
  }
}

/** The fixture of a loaded database: the first tenant's People's Committee and its rows. */
export async function readFixture(
  one: (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  tenantId: string,
): Promise<Fixture> {
  const idOf = async (code: string) =>
    (
      await one(`select id from organization where tenant_id = $1 and code = $2`, [tenantId, code])
    )[0]!.id as string
  const org = await idOf('UBND-TINH')
  const scopeIds: Record<string, string> = {}
  for (const { code } of Object.values(Q6_SCOPES)) scopeIds[code] = await idOf(code)
  const chainSymbol = (
    await one(
      `select d.symbol_text from directive d where d.tenant_id = $1 and d.kind = 'PROGRAM'
       order by d.issued_on limit 1`,
      [tenantId],
    )
  )[0]!.symbol_text as string
  const taskIds = (
    await one(`select id from task where tenant_id = $1 order by id limit 100`, [tenantId])
  ).map((r) => r.id as string)
  const openTaskIds = (
    await one(
      `select id from task where tenant_id = $1 and status = 'IN_PROGRESS' order by id limit 200`,
      [tenantId],
    )
  ).map((r) => r.id as string)
  return {
    tenantId,
    organizationId: org,
    organizationGid: globalId('Organization', org),
    chainSymbol,
    taskIds,
    openTaskIds,
    scopeIds,
  }
}

/** Loads every bundle into a fresh PostgreSQL database; rows, time and statements. */
export async function loadPostgres(url: string, bundles: readonly Bundle[]) {
  const db = await openDatabase({ url })
  let rows = 0
  let ms = 0
  let statements = 0
  try {
    await db.migrate()
    for (const bundle of bundles) {
      const r = await bulkLoadBundle(db, bundle, { actor: 'bench:national' })
      rows += r.totalRows
      ms += r.ms
      statements += r.statements
    }
  } finally {
    await db.close()
  }
  return { rows, ms, statements }
}

/** Loads one bundle into a fresh PGlite data directory; its fixture is read before closing. */
export async function loadPglite(dataDir: string, bundle: Bundle) {
  const db = await openDatabase({ dataDir })
  try {
    await db.migrate()
    const r = await bulkLoadBundle(db, bundle, { actor: 'bench:national' })
    await sql`analyze`.execute(db.kysely)
    const one = async (text: string, params: unknown[]) =>
      (await db.kysely.executeQuery(CompiledQuery.raw(text, params))).rows as Record<
        string,
        unknown
      >[]
    const fixture = await readFixture(one, bundle.tenant.id)
    return { rows: r.totalRows, ms: r.ms, fixture }
  } finally {
    await db.close()
  }
}

/**
 * A fresh database `url` names (dropped first), migrated and loaded with `bundles`, with
 * PostGraphile's functions when asked, then analysed; rows, load time and statements, and how
 * long ANALYZE took.
 */
export async function preparePostgres(
  url: string,
  dbName: string,
  bundles: readonly Bundle[],
  withPostgraphile: boolean,
) {
  await adminQuery(`drop database if exists ${dbName} with (force)`)
  await adminQuery(`create database ${dbName}`)
  const load = await loadPostgres(url, bundles)
  if (withPostgraphile) await adminQuery(postgraphileSchemaSql(), url)
  const t = performance.now()
  await adminQuery('analyze', url)
  return { ...load, analyzeMs: Math.round(performance.now() - t) }
}

/**
 * The SQL floor's pools on `url`, 10 connections each: one for every question, one whose
 * connections run without JIT for question 6's calendar (as chidao's and PostGraphile's run).
 * An idle client whose server process ends (the database dropped `with (force)` while the pool
 * closes, or killed) emits 'error' on its pool: unhandled, it would end the process; logged
 * unless `stopping()`.
 */
export function floorPools(url: string, stopping: () => boolean) {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pool.on('error', (error) => {
    if (!stopping()) console.error(`floor pool: ${error.message}`)
  })
  const calendarPool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' })
  calendarPool.on('error', (error) => {
    if (!stopping()) console.error(`floor pool (calendar): ${error.message}`)
  })
  return { pool, calendarPool }
}
