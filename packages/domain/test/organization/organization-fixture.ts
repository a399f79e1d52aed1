import type { OrganizationId, TenantId } from '../../src/ids.js'
import type { Organization } from '../../src/organization/organization.js'
import type { OrganizationLevel } from '../../src/organization/organization-level.js'

/**
 * A maker of frozen organisations for a test: the id and the name are the code, the rest the
 * test's `defaults`, then what each call patches.
 *
 * @example
 * ```ts
 * const org = organizationMaker({ tenantId: 'demo' as TenantId, level: 'COMMUNE' })
 * const district = org('HU-AN-PHU', { level: 'DISTRICT' })
 * ```
 */
export function organizationMaker(defaults: Partial<Organization> = {}) {
  return (code: string, patch: Partial<Organization> = {}): Organization =>
    Object.freeze({
      id: code as OrganizationId,
      tenantId: 'demo' as TenantId,
      code,
      name: code,
      shortName: null,
      kind: 'PARTY_COMMITTEE',
      level: 'PROVINCE',
      parentId: null,
      foundedOn: '2000-01-01',
      dissolvedOn: null,
      successorId: null,
      partyTerm: null,
      version: 1,
      ...defaults,
      ...patch,
    })
}

/**
 * An organisation as a lead of tasks is listed and named (a scorecard row, a letter's
 * recipient): its id, code, name and level (`null`: unknown).
 *
 * @example
 * ```ts
 * const STC = leadOrganization('o-stc', 'STC', 'Sở Tài chính', 'PROVINCE')
 * ```
 */
export function leadOrganization<Level extends OrganizationLevel | null>(
  id: string,
  code: string,
  name: string,
  level: Level,
) {
  return { id: id as OrganizationId, code, name, level }
}
