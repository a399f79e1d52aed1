import type { Organization, OrganizationId, TenantId } from '@chidao/domain'

/**
 * An organisation of the tenant `demo` as a test writes it: its id, code, name, level, kind
 * and parent; no short name, founding day, successor or term; version 1.
 */
export function tenantOrganization(
  id: string,
  code: string,
  name: string,
  level: Organization['level'],
  kind: Organization['kind'],
  parentId: string | null = null,
): Organization {
  return {
    id: id as OrganizationId,
    tenantId: 'demo' as TenantId,
    code,
    name,
    shortName: null,
    kind,
    level,
    parentId: parentId as OrganizationId | null,
    foundedOn: null,
    dissolvedOn: null,
    successorId: null,
    partyTerm: null,
    version: 1,
  }
}
