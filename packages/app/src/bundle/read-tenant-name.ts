import { mayImportBundle } from '../policy/policy.js'
import type { BundleStore } from '../ports/bundle-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, enforce, REFUSAL_CODES } from '../use-case/use-case.js'

/** The tenant as a drafted bundle's header names it. */
export interface TenantNameOutput {
  readonly tenantId: string
  /** The name stored for the tenant; `null` when the database holds no such tenant yet. */
  readonly name: string | null
}

/** The ports {@link readTenantName} calls. */
export interface ReadTenantNamePorts {
  readonly bundles: Pick<BundleStore, 'tenantId' | 'tenantName'>
}

/**
 * The tenant's id and stored name, for the header of a bundle drafted from a document (pass
 * the name as `draftBundle`'s `tenantName`; where none is stored yet the draft's header keeps
 * the id, and the adapter says so). Who may draft a bundle may read it (`bundle.import`:
 * ADMIN); refused otherwise, before anything is read.
 *
 * @example
 * ```ts
 * const tenant = await readTenantName(context)
 * const draft = await draftBundle(context, { document, tenantName: tenant.ok ? tenant.value.name : null })
 * ```
 */
export const readTenantName = defineUseCase({
  name: 'readTenantName',
  errors: [...REFUSAL_CODES],
  async run(context: UseCaseContext<ReadTenantNamePorts>): Promise<TenantNameOutput> {
    enforce(mayImportBundle(context.caller))
    const { bundles } = context.ports
    const name = (await bundles.tenantName())?.trim() || null
    return { tenantId: bundles.tenantId, name }
  },
})

/** What {@link readTenantName} may fail with. */
export const READ_TENANT_NAME_ERRORS = readTenantName.errors

/** A code {@link readTenantName} may fail with. */
export type ReadTenantNameError = UseCaseErrorOf<typeof readTenantName>
