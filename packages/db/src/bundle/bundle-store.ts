import type { BundleStore } from '@chidao/app'
import { type DomainError, domainError, err, ok, type TenantId } from '@chidao/domain'
import type { ChidaoDatabase } from '../chidao-database.js'
import { BundleAboveClearanceError } from './bundle-clearance.js'
import { BundleExportConflictError } from './bundle-export-conflict.js'
import { BundleMergeConflictError } from './bundle-merge-conflict.js'
import { exportBundle, TenantNotFoundError } from './export-bundle.js'
import { importBundle } from './import-bundle.js'

/**
 * One tenant's records as one bundle, for the import and export use cases of `@chidao/app`:
 * {@link importBundle} and {@link exportBundle}, their expected failures given back as values
 * (`SECRECY_ABOVE_CLEARANCE`, `NATURAL_KEY_TAKEN`, `KEY_STORED_TWICE`, and `TENANT_NOT_FOUND`
 * for an export of a tenant the database does not hold yet) instead of thrown.
 *
 * @example
 * ```ts
 * const bundles = bundleStore(database, 'demo')
 * const imported = await bundles.import(bundle, { actor: 'cli:seed' }, { clearance: 'TUYET_MAT' })
 * if (!imported.ok) imported.error.code // 'NATURAL_KEY_TAKEN'
 * ```
 */
export function bundleStore(db: ChidaoDatabase, tenantId: TenantId): BundleStore {
  return Object.freeze({
    tenantId,
    async tenantName() {
      const row = await db.kysely
        .selectFrom('tenant')
        .select('name')
        .where('id', '=', tenantId)
        .executeTakeFirst()
      return row?.name ?? null
    },
    async import(bundle, change, options) {
      if (bundle.tenant.id !== tenantId) {
        throw new Error(`A bundle of tenant ${bundle.tenant.id} given to the store of ${tenantId}`)
      }
      try {
        return ok(
          await importBundle(db, bundle, change, {
            clearance: options.clearance,
            onProgress: options.onProgress ?? undefined,
            dryRun: options.dryRun ?? false,
          }),
        )
      } catch (error) {
        if (error instanceof BundleAboveClearanceError && error.problems[0]) {
          return err(error.problems[0])
        }
        if (error instanceof BundleMergeConflictError) return err(error.problem)
        throw error
      }
    },
    async export() {
      try {
        return ok(await exportBundle(db, tenantId))
      } catch (error) {
        if (error instanceof BundleExportConflictError) return err(keysStoredTwice(error.problems))
        if (error instanceof TenantNotFoundError) return err(tenantNotFound(error.tenantId))
        throw error
      }
    },
  } satisfies BundleStore)
}

/** One failure listing every key an export found stored twice (its `value`). */
function keysStoredTwice(problems: readonly DomainError[]): DomainError {
  return domainError(
    'KEY_STORED_TWICE',
    {
      en: `The tenant cannot be exported as a bundle: ${problems.length} key(s) name two stored records each`,
      vi: `Không xuất được dữ liệu của đơn vị thành gói: ${problems.length} khóa, mỗi khóa ứng với hai bản ghi đang lưu`,
    },
    [],
    Object.freeze([...problems]),
  )
}

/** A tenant nothing was imported into yet: there is nothing to export. */
function tenantNotFound(tenantId: string): DomainError {
  return domainError(
    'TENANT_NOT_FOUND',
    {
      en: `The database holds no tenant "${tenantId}" yet: import a bundle into it first`,
      vi: `Cơ sở dữ liệu chưa có đơn vị "${tenantId}": hãy nạp một gói dữ liệu vào trước`,
    },
    [],
  )
}
