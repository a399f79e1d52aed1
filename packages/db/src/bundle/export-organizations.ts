import type {
  BundleMembership,
  BundleOrganization,
  OrganizationKind,
  OrganizationLevel,
  TenantId,
} from '@chidao/domain'
import type { Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { tenantRows } from '../tenant/tenant-rows.js'

/** An organisation's code from its stored id (`null` for `null` or an id not in the tenant). */
export type OrganizationCodeOf = (id: string | null) => string | null

/** The organisations and memberships section of a bundle, and the look-up the others key by. */
export interface ExportedOrganizations {
  readonly organizations: readonly BundleOrganization[]
  readonly memberships: readonly BundleMembership[]
  readonly codeOf: OrganizationCodeOf
}

/** Reads a tenant's organisations (by code) and memberships for `exportBundle`. */
export async function exportOrganizations(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
): Promise<ExportedOrganizations> {
  const orgRows = await tenantRows(trx, 'organization', tenantId).orderBy('code').execute()
  const codes = new Map(orgRows.map((row) => [row.id, row.code]))
  const codeOf: OrganizationCodeOf = (id) => (id === null ? null : (codes.get(id) ?? null))
  const organizations = orgRows.map((row) => ({
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as OrganizationKind,
    level: row.level as OrganizationLevel,
    parent: codeOf(row.parent_id),
    foundedOn: row.founded_on,
    dissolvedOn: row.dissolved_on,
    successor: codeOf(row.successor_id),
    successors:
      row.successor_ids.length > 1
        ? row.successor_ids.map((id) => codeOf(id)!)
        : row.successor_id === null
          ? []
          : [codeOf(row.successor_id)!],
    partyTerm: row.party_term,
  }))
  const membershipRows = await tenantRows(trx, 'organization_membership', tenantId).execute()
  const memberships = membershipRows.map((row) => ({
    member: codeOf(row.member_id)!,
    union: codeOf(row.union_id)!,
    from: row.from_on,
    to: row.to_on,
  }))
  return { organizations, memberships, codeOf }
}
