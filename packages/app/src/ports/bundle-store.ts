import type { Bundle, DomainError, Result, Secrecy, TenantId } from '@chidao/domain'
import type { ChangeContext } from './change-context.js'

/** What an import did to one kind of record. */
export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}

/** What an import did, per kind of record. Re-importing the same bundle changes nothing. */
export interface BundleImportReport {
  readonly tenantId: string
  readonly organizations: ImportCounts
  readonly memberships: ImportCounts
  readonly directives: ImportCounts
  readonly relations: ImportCounts
  readonly tasks: ImportCounts
  readonly progressReports: ImportCounts
  readonly assessments: ImportCounts
}

/** How a bundle is imported: at whose clearance, and who is told how far it got. */
export interface BundleImportOptions {
  /**
   * The importer's secrecy clearance: the import sees, matches and writes nothing above it.
   * The caller's own; `TUYET_MAT` only for the operator of the deployment.
   */
  readonly clearance: Secrecy
  /**
   * Called as the import goes: the kind of record being written, how many are done, and how
   * many there are (`done` once at the end), so that a long import can show progress.
   */
  readonly onProgress?: ((stage: string, done: number, total: number) => void) | null
  /**
   * Check without writing: run the whole import and roll it back, answering the report (or
   * the failure) the import would give, with nothing written.
   */
  readonly dryRun?: boolean
}

/**
 * A tenant's records as one bundle, read and written whole: what the import and export use
 * cases call. The tenant is fixed when the store is obtained. Implemented by `@chidao/db`
 * (`bundleStore(database, tenantId)`).
 *
 * @example
 * ```ts
 * const imported = await bundles.import(bundle, { actor: 'cli:import' }, { clearance: 'TUYET_MAT' })
 * if (imported.ok) imported.value.tasks.created // 12
 * ```
 */
export interface BundleStore {
  /** The tenant whose records this store reads and writes. */
  readonly tenantId: TenantId

  /**
   * The tenant's name as stored (the `tenant.name` of the bundle that created it, or the one
   * the gateway was started with): what a drafted bundle's header writes. `null` when the
   * database holds no such tenant yet.
   */
  tenantName(): Promise<string | null>

  /**
   * Imports a validated bundle of this tenant all or nothing, in one transaction, matching
   * records by natural key; each change writes its audit event. The import runs at
   * `options.clearance`: a stored record above it is neither matched nor counted. Fails,
   * writing nothing, with `SECRECY_ABOVE_CLEARANCE` (the first bundle record marked above the
   * clearance, at its path in the bundle: `['directives', 3, 'secrecy']`) or
   * `NATURAL_KEY_TAKEN` (a change would bring two stored instances of one natural key to the
   * same secrecy level; at the path of the bundle record being written).
   */
  import(
    bundle: Bundle,
    change: ChangeContext,
    options: BundleImportOptions,
  ): Promise<Result<BundleImportReport, DomainError>>

  /**
   * Everything the tenant holds, at every secrecy level, as a bundle that imports back
   * unchanged. Fails with `KEY_STORED_TWICE` when two stored records would take one bundle
   * key (a document, task reference or assessment key stored at two secrecy levels): one
   * failure whose `value` lists every such key, each a `KEY_STORED_TWICE` error at
   * `[kind, key]` (see {@link keysStoredTwiceOf}); with `TENANT_NOT_FOUND` when the database
   * holds no such tenant (nothing was imported into it yet).
   */
  export(): Promise<Result<Bundle, DomainError>>
}

/**
 * The keys an export failed on, one error each: the list a `KEY_STORED_TWICE` failure of
 * {@link BundleStore.export} carries, or the failure itself for any other.
 *
 * @example
 * ```ts
 * for (const p of keysStoredTwiceOf(failure)) console.error(`${p.path.join('.')}: ${p.message}`)
 * ```
 */
export function keysStoredTwiceOf(failure: DomainError): readonly DomainError[] {
  const listed = failure.code === 'KEY_STORED_TWICE' ? failure.value : undefined
  return Array.isArray(listed) && listed.length > 0 ? (listed as DomainError[]) : [failure]
}
