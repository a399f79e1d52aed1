import { type Bundle, domainError } from '@chidao/domain'
import { mayImportBundle } from '../policy/policy.js'
import type { BundleImportReport, BundleStore } from '../ports/bundle-store.js'
import type { UseCaseContext, UseCaseResult } from '../use-case/use-case.js'
import {
  abort,
  changeOf,
  enforce,
  orAbort,
  REFUSAL_CODES,
  runUseCase,
} from '../use-case/use-case.js'

/** A bundle to import, and who is told how far the import got. */
export interface ImportBundleInput {
  /** A validated bundle (`parseBundle`; `loadBundle` of `@chidao/db` for JSON or YAML text). */
  readonly bundle: Bundle
  /** Called as the import goes: the kind of record, how many are done, how many there are. */
  readonly onProgress?: ((stage: string, done: number, total: number) => void) | null
}

/** What the import did, per kind of record. */
export type ImportBundleOutput = BundleImportReport

/** What {@link importBundle} may fail with. */
export const IMPORT_BUNDLE_ERRORS = [
  ...REFUSAL_CODES,
  'SECRECY_ABOVE_CLEARANCE',
  'NATURAL_KEY_TAKEN',
] as const

/** A code {@link importBundle} may fail with. */
export type ImportBundleError = (typeof IMPORT_BUNDLE_ERRORS)[number]

/** The ports {@link importBundle} calls. */
export interface ImportBundlePorts {
  readonly bundles: Pick<BundleStore, 'tenantId' | 'import'>
}

/**
 * Imports a bundle (gói dữ liệu) into the tenant, all or nothing, matching records by natural
 * key: a second import of the same bundle changes nothing. The policy (`bundle.import`: ADMIN)
 * decides before anything is read or written, and a bundle of another tenant is refused. The
 * import then runs at the caller's own clearance: a stored record above it is neither matched
 * nor counted, and a bundle record marked above it refuses the bundle.
 *
 * @example
 * ```ts
 * const result = await importBundle(context, { bundle: await loadExampleBundle() })
 * if (result.ok) result.value.tasks.created // 0 the second time
 * ```
 */
export function importBundle(
  context: UseCaseContext<ImportBundlePorts>,
  input: ImportBundleInput,
): Promise<UseCaseResult<ImportBundleOutput, ImportBundleError>> {
  return runUseCase('importBundle', IMPORT_BUNDLE_ERRORS, async () => {
    const { ports, caller } = context
    enforce(mayImportBundle(caller))
    const tenantId = input.bundle.tenant.id
    if (tenantId !== ports.bundles.tenantId) {
      abort(
        domainError(
          'FORBIDDEN',
          {
            en: `The bundle belongs to tenant ${tenantId}; this deployment serves ${ports.bundles.tenantId}`,
            vi: `Gói dữ liệu thuộc đơn vị ${tenantId}; hệ thống này phục vụ ${ports.bundles.tenantId}`,
          },
          ['bundle', 'tenant', 'id'],
        ),
      )
    }
    return orAbort(
      await ports.bundles.import(input.bundle, changeOf(context), {
        clearance: caller.clearance,
        onProgress: input.onProgress ?? null,
      }),
      ['bundle'],
    )
  })
}
