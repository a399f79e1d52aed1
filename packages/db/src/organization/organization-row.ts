import {
  asId,
  type Organization,
  type OrganizationId,
  type OrganizationKind,
  type OrganizationLevel,
  type TenantId,
} from '@chidao/domain'
import type { Selectable } from 'kysely'
import type { OrganizationTable } from '../schema.js'

/** The columns an organisation is read from. */
export const ORGANIZATION_COLUMNS = [
  'tenant_id',
  'id',
  'code',
  'name',
  'short_name',
  'kind',
  'level',
  'parent_id',
  'founded_on',
  'dissolved_on',
  'successor_id',
  'successor_ids',
  'party_term',
  'version',
] as const

/** A row as read with {@link ORGANIZATION_COLUMNS}. */
export type OrganizationRow = Pick<
  Selectable<OrganizationTable>,
  (typeof ORGANIZATION_COLUMNS)[number]
>

/** Turns a row into the domain's frozen {@link Organization}. */
export function toOrganization(row: OrganizationRow): Organization {
  return Object.freeze({
    id: asId<OrganizationId>(row.id),
    tenantId: asId<TenantId>(row.tenant_id),
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as OrganizationKind,
    level: row.level as OrganizationLevel,
    parentId: row.parent_id === null ? null : asId<OrganizationId>(row.parent_id),
    foundedOn: row.founded_on,
    dissolvedOn: row.dissolved_on,
    successorId: row.successor_id === null ? null : asId<OrganizationId>(row.successor_id),
    // Only a body split among several carries the list: other values stay as they always were.
    ...(row.successor_ids.length > 1
      ? { successorIds: Object.freeze(row.successor_ids.map((id) => asId<OrganizationId>(id))) }
      : {}),
    partyTerm: row.party_term,
    version: row.version,
  })
}
