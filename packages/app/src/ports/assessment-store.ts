import type {
  Assessment,
  AssessmentId,
  AssessmentKind,
  DirectiveId,
  DomainError,
  IsoDate,
  NewAssessment,
  OrganizationId,
  Page,
  PageRequest,
  Result,
  TaskId,
} from '@chidao/domain'
import type { ChangeContext } from './change-context.js'

/**
 * An assessment as stored: with its natural `key`, unique within the tenant, by which bundles
 * import it again idempotently (e.g. `so-ket-3-nam-06-ctr-tu`).
 *
 * @example
 * ```ts
 * const stored: StoredAssessment = { ...assessment, key: 'tu-danh-gia-lhh-2025' }
 * ```
 */
export interface StoredAssessment extends Assessment {
  readonly key: string
}

/**
 * Filters for listing assessments. All given filters must match.
 *
 * @example
 * ```ts
 * const f: AssessmentFilter = { kind: ['INTERIM_REVIEW'], organizationId, from: '2025-01-01', to: '2025-12-31' }
 * ```
 */
export interface AssessmentFilter {
  readonly kind?: readonly AssessmentKind[] | null
  /** Assessments of a directive's implementation. */
  readonly directiveId?: DirectiveId | null
  /** Assessments whose subject is this organisation (its implementation of a directive, its year). */
  readonly organizationId?: OrganizationId | null
  /** Assessments made by this organisation. */
  readonly assessorId?: OrganizationId | null
  readonly taskId?: TaskId | null
  /** Assessments whose period overlaps this calendar year. */
  readonly year?: number | null
  /** Assessments whose period ends on or after this day. */
  readonly from?: IsoDate | null
  /** Assessments whose period starts on or before this day. */
  readonly to?: IsoDate | null
}

/** Orders in which assessments can be listed; ties are broken by id. */
export type AssessmentOrder = 'ASSESSED_ON_DESC' | 'ASSESSED_ON_ASC'

/**
 * What the use cases read of a tenant's assessments, at the caller's clearance: assessments
 * of a directive (or of a task of a directive) above it are hidden as if they did not exist.
 * Implemented by `@chidao/db`.
 */
export interface AssessmentReader {
  findById(id: AssessmentId): Promise<StoredAssessment | null>
  /** Loads many at once, in the order asked (`null` where none): for batched loading. */
  findByIds(ids: readonly AssessmentId[]): Promise<readonly (StoredAssessment | null)[]>
  list(
    request: PageRequest & {
      readonly filter?: AssessmentFilter | null
      readonly orderBy?: AssessmentOrder | null
    },
  ): Promise<Page<StoredAssessment>>
}

/** How the use cases record and change assessments; each write carries its audit event. */
export interface AssessmentWriter {
  /**
   * Stores a validated assessment (see `validateAssessment`) with its indicators and its audit
   * event in one transaction. Without a `key`, one is generated. Fails with
   * `ASSESSMENT_KEY_TAKEN`, or with `DIRECTIVE_NOT_FOUND`, `TASK_NOT_FOUND`,
   * `ORGANIZATION_NOT_FOUND` (path of the field naming it) for a subject, assessor or
   * requesting body the tenant does not have, or that the clearance does not show.
   */
  create(
    assessment: NewAssessment & { readonly key?: string | null },
    context: ChangeContext,
  ): Promise<Result<StoredAssessment, DomainError>>
}

/** A tenant's assessments, read and written: what `@chidao/db` provides. */
export interface AssessmentStore extends AssessmentReader, AssessmentWriter {}
