import type { OrganizationMembershipTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/** A membership with both organisations resolved to ids. */
export interface MembershipFields {
  readonly memberId: string
  readonly unionId: string
  readonly from: string
  readonly to: string | null
}

/** Every column of a membership but its tenant. */
export type MembershipColumns = WrittenColumns<OrganizationMembershipTable, 'tenant_id'>

/**
 * The column values of a membership; its key is member, union and first day.
 *
 * @example
 * ```ts
 * membershipColumns({ memberId, unionId, from: '2010-05-15', to: null }).from_on // '2010-05-15'
 * ```
 */
export function membershipColumns(m: MembershipFields): MembershipColumns {
  return { member_id: m.memberId, union_id: m.unionId, from_on: m.from, to_on: m.to }
}
