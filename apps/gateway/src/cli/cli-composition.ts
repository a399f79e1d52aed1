import { existsSync } from 'node:fs'
import {
  type BundleProblem,
  type BundleStore,
  type BundleTextReader,
  type DocumentReader,
  operatorCaller,
  type TenantStore,
  type UseCaseContext,
} from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import type { Bundle, Result, Secrecy, TenantId } from '@chidao/domain'
import type { GatewayConfig } from '../config.js'
import { operatorContext } from '../operator-context.js'

// The command line's one door to @chidao/db: the commands call the use cases of @chidao/app
// with the context built here, and read bundle files through the functions below. The database
// module (Kysely, PGlite, pg) is loaded the first time a command needs it, not when `chidao`
// starts: `chidao --help`, `chidao deadline` and `chidao token` never load it.
export { type BundleProblem, formatBundleProblems } from '@chidao/app'

/** @chidao/db, loaded once, on first use. */
function database(): Promise<typeof import('@chidao/db')> {
  return import('@chidao/db')
}

/**
 * The failures of opening a database that a person can act on, told in one line
 * (run-chidao.ts): loading them loads the database module.
 */
export async function databaseErrors() {
  const { DatabaseUnavailableError, DataDirectoryInUseError } = await database()
  return { DatabaseUnavailableError, DataDirectoryInUseError }
}

/** Opens the database the configuration names (DATABASE_URL or the embedded one) and migrates it. */
async function openConfiguredDatabase(config: GatewayConfig): Promise<ChidaoDatabase> {
  const { openDatabase } = await database()
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    preparedStatements: config.preparedStatements,
  })
  try {
    await db.migrate()
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}

/**
 * The ports a command offers the use cases: the tenant's stores, its records as a bundle, the
 * reader of a bundle's text and the reader of a programme's file.
 */
export interface CliPorts extends TenantStore {
  readonly bundles: BundleStore
  readonly bundleReader: BundleTextReader
  readonly documentReader: DocumentReader
}

/** The configuration a command runs with, and the tenant it works on. */
export interface CommandTenant {
  readonly settings: GatewayConfig
  /** The tenant `--tenant` gave, else the configured one (CHIDAO_TENANT, else demo). */
  readonly tenantId: TenantId
}

/**
 * Reads the configuration and picks the tenant a command works on: `tenant` (its `--tenant`),
 * else the configured one.
 *
 * @example
 * ```ts
 * const { settings, tenantId } = commandTenant(config, options.tenant)
 * const report = await asOperator(settings, 'report', tenantId, (context) => draftReport(context, input))
 * ```
 */
export function commandTenant(
  config: () => GatewayConfig,
  tenant: TenantId | undefined,
): CommandTenant {
  const settings = config()
  return { settings, tenantId: tenant ?? settings.tenantId }
}

/** How {@link asOperator} runs a command. */
export interface OperatorOptions {
  /**
   * The clearance the operator reads at: the stores hide what is marked above it. Default
   * `TUYET_MAT`, every level (an import, an export, a seed); a report is read at the level the
   * command was given.
   */
  readonly clearance?: Secrecy
}

/**
 * Runs `work` as the operator of the deployment (`operatorCaller(command)`: an ADMIN, cleared
 * for every level unless `options.clearance` says less) on one tenant: opens and migrates the
 * configured database, builds the use cases' context — the tenant's stores at the operator's
 * clearance, the system clock — and closes the database however `work` ends. `work` is also
 * told where the data lives (`PGlite at .chidao/data`, `PostgreSQL postgres://…`), for the
 * line a command prints.
 *
 * @example
 * ```ts
 * const result = await asOperator(config(), 'seed', 'demo', (context) =>
 *   importBundle(context, { bundle }),
 * )
 * const report = await asOperator(config(), 'report', 'demo', (context) =>
 *   draftReport(context, input), { clearance: 'PUBLIC' },
 * )
 * ```
 */
export async function asOperator<T>(
  config: GatewayConfig,
  command: string,
  tenantId: TenantId,
  work: (context: UseCaseContext<CliPorts>, location: string) => Promise<T>,
  options: OperatorOptions = {},
): Promise<T> {
  const db = await openConfiguredDatabase(config)
  try {
    const operator = operatorCaller(command)
    const caller =
      options.clearance === undefined ? operator : { ...operator, clearance: options.clearance }
    return await work(operatorContext(db, tenantId, caller), db.location)
  } finally {
    await db.close()
  }
}

/**
 * Reads and validates a bundle file, JSON or YAML: the bundle, or every problem located by
 * line, column and path (`formatBundleProblems` writes them one per line). Touches no database.
 */
export async function readBundle(file: string): Promise<Result<Bundle, readonly BundleProblem[]>> {
  const { bundleTextReader, readBundleFile } = await database()
  const read = await readBundleFile(file)
  return read.ok ? bundleTextReader.read(read.value, file) : read
}

/** The example bundle shipped with chidao: the Conclusion 93 programme, tenant "demo". */
export async function exampleBundle(): Promise<Bundle> {
  const { loadExampleBundle } = await database()
  return loadExampleBundle()
}

/**
 * The embedded data directory the configuration names when no database was created in it yet
 * (so there is nothing to read, and opening it would create one); null for PostgreSQL, an
 * in-memory database or a directory that exists.
 *
 * @example
 * ```ts
 * const missing = await missingDataDirectory(config()) // '.chidao/data' before the first start
 * ```
 */
export async function missingDataDirectory(config: GatewayConfig): Promise<string | null> {
  if (config.databaseUrl) return null
  const { DEFAULT_DATA_DIR } = await database()
  const dir = config.dataDir ?? DEFAULT_DATA_DIR
  return dir.startsWith('memory://') || existsSync(dir) ? null : dir
}
