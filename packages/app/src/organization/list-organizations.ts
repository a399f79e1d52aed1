import type { Organization, Page, PageRequest } from '@chidao/domain'
import type {
  OrganizationFilter,
  OrganizationOrder,
  OrganizationReader,
} from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseResult } from '../use-case/use-case.js'
import { runUseCase } from '../use-case/use-case.js'

/** Which organisations to list, and in which order. */
export interface ListOrganizationsInput extends PageRequest {
  /** Every given field must match (`parentId`: the bodies directly below one). */
  readonly filter?: OrganizationFilter | null
  /** Default: `CODE_ASC`. Names sort in Vietnamese alphabetical order. */
  readonly orderBy?: OrganizationOrder | null
}

/** What {@link listOrganizations} may fail with: nothing (a cursor of another list is a bug). */
export const LIST_ORGANIZATIONS_ERRORS = [] as const

/** A code {@link listOrganizations} may fail with. */
export type ListOrganizationsError = (typeof LIST_ORGANIZATIONS_ERRORS)[number]

/** The ports {@link listOrganizations} calls. */
export interface ListOrganizationsPorts {
  readonly organizations: Pick<OrganizationReader, 'list'>
}

/**
 * Lists the tenant's organisations (danh mục tổ chức), filtered and ordered, by code unless
 * told otherwise, with the total of the filtered list.
 *
 * @example
 * ```ts
 * const result = await listOrganizations(context, { filter: { rootsOnly: true }, first: 20 })
 * if (result.ok) result.value.totalCount // every root, across all pages
 * ```
 */
export function listOrganizations(
  context: UseCaseContext<ListOrganizationsPorts>,
  input: ListOrganizationsInput,
): Promise<UseCaseResult<Page<Organization>, ListOrganizationsError>> {
  return runUseCase('listOrganizations', LIST_ORGANIZATIONS_ERRORS, () =>
    context.ports.organizations.list({
      first: input.first,
      after: input.after,
      last: input.last,
      before: input.before,
      filter: input.filter ?? null,
      orderBy: input.orderBy ?? 'CODE_ASC',
    }),
  )
}
