import { type OrganizationInput, validateNewOrganization } from '@chidao/domain'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { orAbort } from '../use-case/use-case.js'
import {
  type ChangedOrganization,
  defineOrganizationChange,
  type OrganizationChangePorts,
} from './define-organization-change.js'
import { ORGANIZATION_BODY_ERRORS } from './organization-errors.js'

/**
 * A new organisation: its code (the natural key, stored in upper case), names, kind, level,
 * and optionally the code of the body above it, its founding day and party term (khóa).
 */
export type CreateOrganizationInput = OrganizationInput

/** The organisation as created. */
export type CreateOrganizationOutput = ChangedOrganization

/** The ports {@link createOrganization} calls. */
export type CreateOrganizationPorts = OrganizationChangePorts<'create'>

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
export const createOrganization = defineOrganizationChange({
  name: 'createOrganization',
  errors: [...ORGANIZATION_BODY_ERRORS, 'ORGANIZATION_CODE_TAKEN'],
  write(context: UseCaseContext<CreateOrganizationPorts>, input: CreateOrganizationInput, change) {
    const organization = orAbort(validateNewOrganization(input, { today: context.clock.today() }))
    return context.ports.organizations.create(organization, change)
  },
})

/** What {@link createOrganization} may fail with. */
export const CREATE_ORGANIZATION_ERRORS = createOrganization.errors

/** A code {@link createOrganization} may fail with. */
export type CreateOrganizationError = UseCaseErrorOf<typeof createOrganization>
