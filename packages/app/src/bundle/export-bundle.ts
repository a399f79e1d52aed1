import { type Bundle, SECRECY_LABELS } from '@chidao/domain'
import type { Caller } from '../caller.js'
import { ALLOWED, type Decision, refused } from '../policy/decision.js'
import { maySee } from '../policy/policy.js'
import type { BundleStore } from '../ports/bundle-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, enforce, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'

/** The tenant's records as one bundle. */
export interface ExportBundleOutput {
  readonly bundle: Bundle
}

/** The ports {@link exportBundle} calls. */
export interface ExportBundlePorts {
  readonly bundles: Pick<BundleStore, 'export'>
}

/**
 * Reads everything the tenant holds, at every secrecy level, into a bundle that imports back
 * unchanged (pass it to `bundleToJson` for the canonical text). Reading is decided by
 * clearance alone, and an export reads every level: only a caller cleared for the highest may
 * export. A tenant holding one document, task reference or assessment key at two secrecy
 * levels cannot be written as one bundle: it fails with `KEY_STORED_TWICE`, every such key
 * listed (see `keysStoredTwiceOf`). A tenant the database does not hold yet (nothing was
 * imported into it) fails with `TENANT_NOT_FOUND`.
 *
 * @example
 * ```ts
 * const result = await exportBundle(context)
 * if (result.ok) await writeFile('export.json', bundleToJson(result.value.bundle))
 * ```
 */
export const exportBundle = defineUseCase({
  name: 'exportBundle',
  errors: [...REFUSAL_CODES, 'KEY_STORED_TWICE', 'TENANT_NOT_FOUND'],
  async run(context: UseCaseContext<ExportBundlePorts>): Promise<ExportBundleOutput> {
    enforce(mayReadEveryLevel(context.caller))
    return { bundle: orAbort(await context.ports.bundles.export()) }
  },
})

/** What {@link exportBundle} may fail with. */
export const EXPORT_BUNDLE_ERRORS = exportBundle.errors

/** A code {@link exportBundle} may fail with. */
export type ExportBundleError = UseCaseErrorOf<typeof exportBundle>

/** Whether the caller may read records of every secrecy level, as an export does. */
function mayReadEveryLevel(caller: Caller): Decision {
  if (maySee(caller, 'TUYET_MAT')) return ALLOWED
  const top = SECRECY_LABELS.TUYET_MAT
  const own = SECRECY_LABELS[caller.clearance]
  const why = {
    en: `An export holds every record, up to ${top.en}; your clearance is ${own.en}`,
    vi: `Bản xuất chứa mọi bản ghi, đến độ ${top.vi}; độ mật bạn được phép là ${own.vi}`,
  }
  return caller.authenticated
    ? refused('FORBIDDEN', why.en, why.vi)
    : refused('UNAUTHENTICATED', `Sign in first: ${why.en}`, `Cần đăng nhập: ${why.vi}`)
}
