import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { Kysely, type LogEvent, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { ChidaoDatabase } from './chidao-database.js'
import { type DataDirectoryLock, lockDataDirectory } from './embedded/data-directory-lock.js'
import { unpackDataDir } from './embedded/unpack-data-dir.js'
import { DatabaseUnavailableError, DataDirectoryInUseError, redactUrl } from './errors.js'
import { closeWhenUnanswered } from './postgres/close-when-unanswered.js'
import { prepareStatements } from './postgres/prepared-statements.js'
import { ReadReplicas } from './replica/read-replicas.js'
import type { ChidaoSchema } from './schema.js'
import { TEXT_PARSERS } from './type-parsers.js'

/** Where the embedded database lives when nothing else is said. */
export const DEFAULT_DATA_DIR = '.chidao/data'
/** The value of `url` or `dataDir` that means an in-memory embedded database. */
export const MEMORY = 'memory://'

const POSTGRES_URL = /^postgres(ql)?:\/\//i

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /**
   * `postgres://…` or `postgresql://…` for PostgreSQL; `memory://` for an in-memory embedded
   * database; unset for the embedded database in `dataDir`.
   */
  readonly url?: string | null
  /**
   * Data directory of the embedded database (default `.chidao/data`), or `memory://`. A data
   * directory is opened by one process at a time: it is locked (`chidao.lock` in it) until
   * {@link ChidaoDatabase.close}, and a second opener gets a `DataDirectoryInUseError` naming
   * the holder. A lock left by a process that no longer runs (SIGKILL) is taken over.
   */
  readonly dataDir?: string | null
  /** Largest number of PostgreSQL connections (default 10). */
  readonly poolSize?: number
  /**
   * Longest a statement may run before the server cancels it (default 30 s). On PostgreSQL it
   * is also how long the client waits for the server's answer to one statement: a server that
   * stopped answering (stopped process, network black hole) is given up after it, the
   * connection closed and the statement failed, instead of waiting for ever.
   */
  readonly statementTimeoutMs?: number
  /** How long to wait for a PostgreSQL connection before giving up (default 5 s). */
  readonly connectTimeoutMs?: number
  /** Embedded only: start from this dump of a data directory (a fast copy of a template). */
  readonly loadDataDir?: Blob | null
  /**
   * Embedded on disk only: called when the data directory holds no database yet (a first
   * start), once the directory is locked, for a dump to start from instead of an empty
   * database (see `readStartSnapshot`); `null` from it, or no function, means initdb. Not
   * called for a directory that already holds a database.
   */
  readonly firstStartDump?: (() => Promise<Blob | null>) | null
  /**
   * PostgreSQL only: URLs of streaming read replicas of `url`. Queries that may read from a
   * replica (`readSession` with `replica`) go to them round robin, writes to the primary; a
   * replica that fails is skipped for a while (reads go to the primary). Given with the
   * embedded database, `openDatabase` refuses to open.
   */
  readonly readUrls?: readonly string[]
  /**
   * How long a read after the caller's write waits for a replica to replay that write before
   * it reads from the primary instead (default 200 ms).
   */
  readonly replicaWaitMs?: number
  /** How long a replica that failed is skipped before it is tried again (default 10 s). */
  readonly replicaRetryAfterMs?: number
  /** Told when a replica fails and is skipped for a while; its URL comes without password. */
  readonly onReplicaDown?: ((replica: string, error: unknown) => void) | null
  /**
   * PostgreSQL only: whether each connection prepares the statements it runs, once, and reuses
   * their plans (default true). Turn it off behind a pooler in transaction mode (PgBouncer
   * before 1.21), which does not keep a connection's prepared statements for it.
   */
  readonly preparedStatements?: boolean
  /** Called for every SQL statement Kysely runs: for logging or counting statements. */
  readonly onQuery?: ((event: LogEvent) => void) | null
}

/**
 * Opens chidao's database: PostgreSQL through a `pg` pool when `url` is a PostgreSQL URL,
 * otherwise the embedded PGlite (on disk in `dataDir`, or in memory). Both return identical
 * JavaScript values (see `TEXT_PARSERS`). Checks the connection before returning, and throws a
 * {@link DatabaseUnavailableError} that says what to check when it cannot.
 *
 * @example
 * ```ts
 * const db = await openDatabase({ url: process.env.DATABASE_URL })
 * await db.migrate()
 * const orgs = db.forTenant('demo').organizations
 * ```
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<ChidaoDatabase> {
  const url = options.url?.trim() || null
  if (url && POSTGRES_URL.test(url)) return openPostgres(url, options)
  if (url && url !== MEMORY) {
    throw new DatabaseUnavailableError(
      redactUrl(url),
      'the URL must start with postgres:// or postgresql:// (or be memory:// for an in-memory embedded database)',
    )
  }
  const dataDir = embeddedLocation(url, options.dataDir)
  if (options.readUrls?.length) {
    throw new DatabaseUnavailableError(
      redactUrl(options.readUrls[0]!),
      'read replicas need PostgreSQL: the embedded database has none. Set DATABASE_URL to the primary, or remove the read URLs.',
    )
  }
  return openPglite(dataDir, options)
}

/**
 * The data directory {@link openDatabase} opens on disk for these options (the embedded
 * database), or null when they name PostgreSQL or an in-memory database.
 */
export function embeddedDataDir(
  options: Pick<OpenDatabaseOptions, 'url' | 'dataDir'>,
): string | null {
  const url = options.url?.trim() || null
  if (url && url !== MEMORY) return null
  const dataDir = embeddedLocation(url, options.dataDir)
  return dataDir === MEMORY ? null : dataDir
}

/** Where the embedded database opens for `url` unset or `memory://`: a directory, or memory. */
function embeddedLocation(url: string | null, dataDir: string | null | undefined): string {
  return url === MEMORY ? MEMORY : dataDir?.trim() || DEFAULT_DATA_DIR
}

function kyselyLog(options: OpenDatabaseOptions) {
  const onQuery = options.onQuery
  return onQuery ? (event: LogEvent) => onQuery(event) : undefined
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<ChidaoDatabase> {
  const target = redactUrl(url)
  for (const readUrl of options.readUrls ?? []) {
    if (!POSTGRES_URL.test(readUrl)) {
      throw new DatabaseUnavailableError(
        redactUrl(readUrl),
        'a read replica URL must start with postgres:// or postgresql://',
      )
    }
  }
  const pool = postgresPool(url, options)
  try {
    const client = await pool.connect()
    client.release()
  } catch (error) {
    await pool.end().catch(() => {})
    throw new DatabaseUnavailableError(target, postgresHint(error), { cause: error })
  }
  const replicas = await openReplicas(options)
  const kysely = new Kysely<ChidaoSchema>({
    dialect: new PostgresDialect({ pool }),
    log: kyselyLog(options),
  })
  return new ChidaoDatabase(
    kysely,
    'postgres',
    `PostgreSQL ${target}`,
    null,
    null,
    replicas,
    () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  )
}

/**
 * The read replicas' pools. A replica that does not answer now does not stop the start: it
 * is skipped for a while, and reads go to the primary meanwhile.
 */
async function openReplicas(options: OpenDatabaseOptions): Promise<ReadReplicas | null> {
  const urls = options.readUrls ?? []
  if (urls.length === 0) return null
  const replicas = new ReadReplicas(
    urls.map((readUrl) => ({
      kysely: new Kysely<ChidaoSchema>({
        dialect: new PostgresDialect({ pool: postgresPool(readUrl, options) }),
        log: kyselyLog(options),
      }),
      target: redactUrl(readUrl),
    })),
    {
      waitMs: options.replicaWaitMs ?? 200,
      retryAfterMs: options.replicaRetryAfterMs ?? 10_000,
      onDown: options.onReplicaDown ?? null,
    },
  )
  await replicas.health(options.connectTimeoutMs ?? 5_000)
  return replicas
}

/** A `pg` pool on `url` with chidao's settings, its broken connections discarded quietly. */
function postgresPool(url: string, options: OpenDatabaseOptions): pg.Pool {
  const statementTimeout = options.statementTimeoutMs ?? 30_000
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeout,
    // The server cancels a slow statement at statement_timeout; one that does not answer at
    // all is given up on by the client at the same time (and its connection closed, below).
    query_timeout: statementTimeout,
    application_name: 'chidao',
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        const parser = TEXT_PARSERS[oid]
        if (parser && format !== 'binary') return parser
        return pg.types.getTypeParser(oid, format as 'text')
      }) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client that loses its server (restart, pg_terminate_backend) emits 'error' on the
  // pool; without a listener that would crash the process. The pool replaces the client.
  pool.on('error', () => {})
  // A client can also lose its server while a transaction holds it: the query under way fails
  // (and the caller sees that error), but pg also emits 'error' on the client, which would
  // crash the process if nothing listened. The pool discards the broken client.
  pool.on('connect', (client) => {
    client.on('error', () => {})
    closeWhenUnanswered(client)
    if (options.preparedStatements !== false) prepareStatements(client)
  })
  return pool
}

function postgresHint(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused (${message}). Is PostgreSQL running and listening on that host and port? Check DATABASE_URL.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found (${message}). Check the host name in DATABASE_URL.`
    case '3D000':
      return `${message}. Create the database (createdb) or fix its name in DATABASE_URL.`
    case '28P01':
    case '28000':
      return `${message}. Check the user and password in DATABASE_URL and pg_hba.conf.`
    default:
      return `${message}. Check DATABASE_URL, the network and the server's logs.`
  }
}

async function openPglite(dataDir: string, options: OpenDatabaseOptions): Promise<ChidaoDatabase> {
  const memory = dataDir === MEMORY
  let client: PGlite
  let lock: DataDirectoryLock | null = null
  try {
    if (!memory) {
      await mkdir(dataDir, { recursive: true })
      // One process at a time: a second PGlite on the same files would lose its writes.
      lock = await lockDataDirectory(dataDir)
    }
    if (!memory) await unpackFirstStartDump(dataDir, options)
    // Imported here, not at the top: a server on PostgreSQL never loads PGlite (issue 20).
    const { PGlite } = await import('@electric-sql/pglite')
    client = await PGlite.create({
      ...(memory ? {} : { dataDir }),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: TEXT_PARSERS,
    })
    await client.exec(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs ?? 30_000)}`)
  } catch (error) {
    await lock?.release()
    if (error instanceof DataDirectoryInUseError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new DatabaseUnavailableError(
      memory ? 'embedded memory://' : `embedded ${dataDir}`,
      `${reason}. Check that the directory is writable, has free space, and is not used by another chidao process.`,
      { cause: error },
    )
  }
  const { PGliteDialect } = await import('kysely-pglite-dialect')
  const kysely = new Kysely<ChidaoSchema>({
    dialect: new PGliteDialect(client),
    log: kyselyLog(options),
  })
  const location = memory ? 'PGlite in memory' : `PGlite at ${dataDir}`
  return new ChidaoDatabase(
    kysely,
    'pglite',
    location,
    (compression) =>
      // Holding the dialect's one connection, no statement runs while the files are read: the
      // copy is a committed state, checkpointed first so that opening it replays little WAL.
      kysely.connection().execute(async (connection) => {
        await sql`checkpoint`.execute(connection)
        return client.dumpDataDir(compression)
      }),
    lock ? () => lock.release() : null,
  )
}

/**
 * On a first start (`dataDir` holds no database yet), unpacks the dump `firstStartDump` gives
 * into it, so that PGlite opens a database instead of creating an empty one.
 */
async function unpackFirstStartDump(dataDir: string, options: OpenDatabaseOptions): Promise<void> {
  if (!options.firstStartDump || options.loadDataDir) return
  // PGlite keeps the cluster's files directly in the data directory; PG_VERSION is its mark.
  if (existsSync(join(dataDir, 'PG_VERSION'))) return
  const dump = await options.firstStartDump()
  if (dump) await unpackDataDir(dump, dataDir)
}
