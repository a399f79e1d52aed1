import { type Organization, type OrganizationInput, validateNewOrganization } from '@chidao/domain'
import type { OrganizationWriter } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { manageOrganization } from './manage-organization.js'
import {
  ORGANIZATION_PARENT_ERRORS,
  ORGANIZATION_VALIDATION_ERRORS,
} from './organization-errors.js'

/**
 * A new organisation: its code (the natural key, stored in upper case), names, kind, level,
 * and optionally the code of the body above it, its founding day and party term (khóa).
 */
export type CreateOrganizationInput = OrganizationInput

/** The organisation as created. */
export interface CreateOrganizationOutput {
  readonly organization: Organization
}

/** The ports {@link createOrganization} calls. */
export interface CreateOrganizationPorts {
  readonly organizations: Pick<OrganizationWriter, 'create'>
}

/**
 * Creates an organisation (thành lập): only an ADMIN (`organization.manage`). The district
 * level is refused for a body recorded from 1 July 2025 on (`DISTRICT_LEVEL_ABOLISHED`, judged
 * on its founding day or else today); a parent must exist and sit at its level or above.
 *
 * @example
 * ```ts
 * const result = await createOrganization(context, {
 *   code: 'btv-tu', name: 'Ban Thường vụ Tỉnh ủy', kind: 'STANDING_COMMITTEE', level: 'PROVINCE',
 * })
 * if (result.ok) result.value.organization.code // 'BTV-TU'
 * ```
 */
export const createOrganization = defineUseCase({
  name: 'createOrganization',
  errors: [
    ...REFUSAL_CODES,
    ...ORGANIZATION_VALIDATION_ERRORS,
    ...ORGANIZATION_PARENT_ERRORS,
    'ORGANIZATION_CODE_TAKEN',
  ],
  async run(
    context: UseCaseContext<CreateOrganizationPorts>,
    input: CreateOrganizationInput,
  ): Promise<CreateOrganizationOutput> {
    return manageOrganization(context, (change) => {
      const organization = orAbort(validateNewOrganization(input, { today: context.clock.today() }))
      return context.ports.organizations.create(organization, change)
    })
  },
})

/** What {@link createOrganization} may fail with. */
export const CREATE_ORGANIZATION_ERRORS = createOrganization.errors

/** A code {@link createOrganization} may fail with. */
export type CreateOrganizationError = UseCaseErrorOf<typeof createOrganization>
