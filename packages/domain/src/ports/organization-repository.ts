import type { DomainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import type { NewOrganization, Organization } from '../organization/organization.js'
import type { OrganizationKind } from '../organization/organization-kind.js'
import type { OrganizationLevel } from '../organization/organization-level.js'
import type { Page, PageRequest } from '../pagination.js'
import type { Result } from '../result.js'
import type { ChangeContext } from './change-context.js'

/** Filters for listing organisations. All given filters must match. */
export interface OrganizationFilter {
  readonly kind?: readonly OrganizationKind[] | null
  readonly level?: readonly OrganizationLevel[] | null
  /** Direct children of this organisation. */
  readonly parentId?: OrganizationId | null
  /** Only roots (no parent). */
  readonly rootsOnly?: boolean | null
  /** Accent-insensitive search in code, name and short name. */
  readonly search?: string | null
}

/** Orders in which organisations can be listed; ties are broken by id. */
export type OrganizationOrder = 'CODE_ASC' | 'CODE_DESC' | 'NAME_ASC' | 'NAME_DESC'

/**
 * The persistence port for organisations of one tenant. Implemented by `@chidao/db`; the
 * tenant is fixed when the repository is obtained, so no method can reach another tenant.
 */
export interface OrganizationRepository {
  findById(id: OrganizationId): Promise<Organization | null>
  /** Loads many at once, in the order asked (`null` where none): for batched loading. */
  findByIds(ids: readonly OrganizationId[]): Promise<readonly (Organization | null)[]>
  findByCode(code: string): Promise<Organization | null>
  list(
    request: PageRequest & {
      readonly filter?: OrganizationFilter | null
      readonly orderBy?: OrganizationOrder | null
    },
  ): Promise<Page<Organization>>
  /**
   * Stores a validated organisation and its audit event in one transaction. Fails with
   * `ORGANIZATION_CODE_TAKEN`, `PARENT_NOT_FOUND` or `INVALID_PARENT_LEVEL`.
   */
  create(
    organization: NewOrganization,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>>
}
