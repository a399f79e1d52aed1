import {
  loadAncestorsOfOrganizations,
  loadMembershipsOfOrganizations,
  loadOrganizationsByIds,
} from '@chidao/app'
import type { Organization, OrganizationId, OrganizationMembership } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { nodeLoader } from './node-loader.js'

/**
 * Organisations by id, for the batched load of `Organization`: one statement for every id
 * asked in a tick.
 */
export const loadOrganizations = nodeLoader('Organization', loadOrganizationsByIds)

/**
 * The memberships of each organisation, as member or as union, oldest first: one statement
 * for every organisation asked in a tick.
 */
export async function loadMemberships(
  ids: string[],
  context: GatewayContext,
): Promise<OrganizationMembership[][]> {
  const map = queryResultOf(
    await loadMembershipsOfOrganizations(useCaseContext(context), {
      ids: ids as OrganizationId[],
    }),
  )
  return ids.map((id) => [...(map.get(id as OrganizationId) ?? [])])
}

/**
 * The ancestors of each organisation, nearest first: one recursive statement for every
 * organisation asked in a tick, so a list of 100 still costs one.
 */
export async function loadAncestors(
  ids: OrganizationId[],
  context: GatewayContext,
): Promise<Organization[][]> {
  const lists = queryResultOf(await loadAncestorsOfOrganizations(useCaseContext(context), { ids }))
  return lists.map((list) => list.map((organization) => ({ ...organization })))
}
