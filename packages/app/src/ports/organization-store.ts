import type {
  DomainError,
  IsoDate,
  NewOrganization,
  Organization,
  OrganizationId,
  OrganizationKind,
  OrganizationLevel,
  OrganizationMembership,
  Page,
  PageRequest,
  Result,
} from '@chidao/domain'
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

/**
 * The changes {@link OrganizationWriter.update} can make; absent fields are left as they
 * are, `null` clears an optional field (`parentCode: null` makes the body a root). The code is
 * the natural key and never changes; dissolution has its own method.
 *
 * @example
 * ```ts
 * const patch: OrganizationPatch = { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', parentCode: 'TU' }
 * ```
 */
export interface OrganizationPatch {
  readonly name?: string
  readonly shortName?: string | null
  readonly kind?: OrganizationKind
  readonly level?: OrganizationLevel
  /** Code of the new parent: a move. */
  readonly parentCode?: string | null
  readonly foundedOn?: IsoDate | null
  readonly partyTerm?: number | null
}

/**
 * A dissolution to record: the first day the body no longer exists and, optionally, the code
 * of the body that takes over its work.
 *
 * @example
 * ```ts
 * const d: OrganizationDissolution = { on: '2025-03-01', successorCode: 'BTGDV-TU' }
 * ```
 */
export interface OrganizationDissolution {
  readonly on: IsoDate
  readonly successorCode?: string | null
  /**
   * Codes of the bodies the work is split among (a district's among communes), the principal
   * first; instead of `successorCode`. An unknown code, or one the caller cannot see, fails
   * with `SUCCESSOR_NOT_FOUND` at `['successorCodes', i]`.
   */
  readonly successorCodes?: readonly string[] | null
}

/** Orders in which organisations can be listed; ties are broken by id. */
export type OrganizationOrder = 'CODE_ASC' | 'CODE_DESC' | 'NAME_ASC' | 'NAME_DESC'

/**
 * What the use cases read of a tenant's organisations. The tenant is fixed when the reader is
 * obtained, so no method can reach another tenant. Implemented by `@chidao/db`.
 */
export interface OrganizationReader {
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
   * Memberships in which each organisation is the member or the union, oldest first: one
   * statement for many organisations, for batched loading.
   */
  membershipsOf(
    ids: readonly OrganizationId[],
  ): Promise<ReadonlyMap<OrganizationId, readonly OrganizationMembership[]>>
  /**
   * The ancestors of an organisation, nearest first (its parent, the parent's parent… up to a
   * root), in one statement. Empty for a root or an unknown id.
   */
  ancestorsOf(id: OrganizationId): Promise<readonly Organization[]>

  /**
   * The ancestors of many organisations at once, nearest first, in the order asked (empty
   * where none): one statement however many are asked, for batched loading.
   */
  ancestorsOfMany(ids: readonly OrganizationId[]): Promise<readonly (readonly Organization[])[]>
}

/**
 * How the use cases change a tenant's organisations; each change writes its audit event in
 * the same transaction. Implemented by `@chidao/db`.
 */
export interface OrganizationWriter {
  /**
   * Stores a validated organisation and its audit event in one transaction. Fails with
   * `ORGANIZATION_CODE_TAKEN`, `PARENT_NOT_FOUND` or `INVALID_PARENT_LEVEL`.
   */
  create(
    organization: NewOrganization,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>>

  /**
   * Changes an organisation still at `expectedVersion`, bumping its version and writing the
   * audit event (before and after) in the same transaction. The result is validated as
   * `validateNewOrganization` validates a new body. A move (`parentCode`) is refused when the
   * new parent is the body itself or lies below it (`CYCLE_IN_HIERARCHY`, checked in the
   * database in the same transaction), or is of a lower level (`INVALID_PARENT_LEVEL`; also
   * when a new `level` would put the body below its parent, or its children above it).
   * Fails with `CONFLICT` (changed meanwhile: nothing is written), `ORGANIZATION_NOT_FOUND`,
   * `PARENT_NOT_FOUND` or the validation codes.
   */
  update(
    id: OrganizationId,
    patch: OrganizationPatch,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>>

  /**
   * Records the dissolution of an organisation still at `expectedVersion`, by the rules of the
   * domain's `dissolveOrganization` (`ORGANIZATION_ALREADY_DISSOLVED`,
   * `DISSOLVED_BEFORE_FOUNDED`, `SUCCESSOR_IS_SELF`, `SUCCESSOR_NOT_ACTIVE`…), with its audit
   * event. Fails also with `CONFLICT`, `ORGANIZATION_NOT_FOUND` or `SUCCESSOR_NOT_FOUND`.
   */
  dissolve(
    id: OrganizationId,
    dissolution: OrganizationDissolution,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>>
}

/** A tenant's organisations, read and written: what `@chidao/db` provides. */
export interface OrganizationStore extends OrganizationReader, OrganizationWriter {}
