import type {
  OrganizationFilter,
  OrganizationOrder,
  OrganizationReader,
} from '../ports/organization-store.js'
import { defineListUseCase } from '../use-case/define-list-use-case.js'
import type { ListInput } from '../use-case/list-request-of.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'

/**
 * Which organisations to list, and in which order: every given field of the filter must match
 * (`parentId`: the bodies directly below one); the order by default `CODE_ASC` (names sort in
 * Vietnamese alphabetical order).
 */
export type ListOrganizationsInput = ListInput<OrganizationFilter, OrganizationOrder>

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
export const listOrganizations = defineListUseCase(
  'listOrganizations',
  'CODE_ASC',
  (ports: ListOrganizationsPorts) => ports.organizations,
)

/** What {@link listOrganizations} may fail with: nothing (a cursor of another list is a bug). */
export const LIST_ORGANIZATIONS_ERRORS = listOrganizations.errors

/** A code {@link listOrganizations} may fail with. */
export type ListOrganizationsError = UseCaseErrorOf<typeof listOrganizations>
