import type { OrganizationId, TenantId } from '../../src/ids.js'
import type { Organization } from '../../src/organization/organization.js'

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
