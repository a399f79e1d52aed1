import type { Organization, OrganizationId, OrganizationMembership } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/**
 * Batched reads of organisations for the API's loaders: each is called once per batch with
 * every id a tick asked for, and answers with one statement. None fails.
 */

/** The ports the organisation loaders call. */
export interface LoadOrganizationsPorts {
  readonly organizations: Pick<
    OrganizationReader,
    'findByIds' | 'membershipsOf' | 'ancestorsOfMany'
  >
}

/**
 * Organisations by id, in the order asked, `null` where there is none.
 *
 * @example
 * ```ts
 * const result = await loadOrganizationsByIds(context, { ids })
 * ```
 */
export const loadOrganizationsByIds = defineBatchedRead(
  'loadOrganizationsByIds',
  (
    ports: LoadOrganizationsPorts,
    input: { readonly ids: readonly OrganizationId[] },
  ): Promise<readonly (Organization | null)[]> => ports.organizations.findByIds(input.ids),
)

/**
 * The memberships of each organisation, as member or as union, oldest first.
 *
 * @example
 * ```ts
 * const result = await loadMembershipsOfOrganizations(context, { ids })
 * if (result.ok) result.value.get(ids[0]) ?? []
 * ```
 */
export const loadMembershipsOfOrganizations = defineBatchedRead(
  'loadMembershipsOfOrganizations',
  (
    ports: LoadOrganizationsPorts,
    input: { readonly ids: readonly OrganizationId[] },
  ): Promise<ReadonlyMap<OrganizationId, readonly OrganizationMembership[]>> =>
    ports.organizations.membershipsOf(input.ids),
)

/**
 * The ancestors of each organisation, nearest first, in the order asked (`[]` for a root or an
 * unknown id): one recursive statement however many are asked.
 *
 * @example
 * ```ts
 * const result = await loadAncestorsOfOrganizations(context, { ids })
 * ```
 */
export const loadAncestorsOfOrganizations = defineBatchedRead(
  'loadAncestorsOfOrganizations',
  (
    ports: LoadOrganizationsPorts,
    input: { readonly ids: readonly OrganizationId[] },
  ): Promise<readonly (readonly Organization[])[]> =>
    ports.organizations.ancestorsOfMany(input.ids),
)
