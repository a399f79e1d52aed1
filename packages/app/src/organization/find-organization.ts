import { domainError, type Organization, type OrganizationId } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase } from '../use-case/use-case.js'

/** One organisation, by id, by code, or by both (then both must name it). */
export interface FindOrganizationInput {
  readonly id?: OrganizationId | null
  /** The natural key within the tenant, e.g. `BTV-TU`, as the store matches it. */
  readonly code?: string | null
}

/** The ports {@link findOrganization} calls. */
export interface FindOrganizationPorts {
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode'>
}

/**
 * Finds one organisation by id or by code; `null` when there is none. Given both, the id finds
 * it and the code must name the same one, else `null`. Fails with `VALIDATION` when neither is
 * given.
 *
 * @example
 * ```ts
 * const result = await findOrganization(context, { code: 'btg' })
 * if (result.ok) result.value?.code // 'BTG'
 * ```
 */
export const findOrganization = defineUseCase({
  name: 'findOrganization',
  errors: ['VALIDATION'],
  async run(
    context: UseCaseContext<FindOrganizationPorts>,
    input: FindOrganizationInput,
  ): Promise<Organization | null> {
    const { organizations } = context.ports
    const { id, code } = input
    if (id == null) {
      if (code == null) {
        abort(domainError('VALIDATION', { en: 'Give id or code', vi: 'Cần truyền id hoặc code' }))
      }
      return organizations.findByCode(code)
    }
    const found = await organizations.findById(id)
    if (found && code != null && found.code !== (await organizations.findByCode(code))?.code) {
      return null
    }
    return found
  },
})

/** What {@link findOrganization} may fail with. */
export const FIND_ORGANIZATION_ERRORS = findOrganization.errors

/** A code {@link findOrganization} may fail with. */
export type FindOrganizationError = UseCaseErrorOf<typeof findOrganization>
