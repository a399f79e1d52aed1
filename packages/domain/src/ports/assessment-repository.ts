import type { Assessment, AssessmentKind, NewAssessment } from '../assessment/assessment.js'
import type { IsoDate } from '../calendar/iso-date.js'
import type { DomainError } from '../domain-error.js'
import type { AssessmentId, DirectiveId, OrganizationId, TaskId } from '../ids.js'
import type { Page, PageRequest } from '../pagination.js'
import type { Result } from '../result.js'
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
 * The changes {@link AssessmentRepository.update} can make: any field of the assessment but
 * its subject and key; absent fields are left as they are. The whole result is validated again
 * with `validateAssessment`.
 *
 * @example
 * ```ts
 * const patch: AssessmentPatch = { score: 91, rating: 'EXCELLENT', ratingRulesId: 'vn-366-qd-tw-2025' }
 * ```
 */
export type AssessmentPatch = Partial<Omit<NewAssessment, 'subject'>>

/**
 * The persistence port for assessments of one tenant, at one secrecy clearance: assessments
 * of a directive (or of a task of a directive) above the clearance are hidden as if they did
 * not exist. Implemented by `@chidao/db`.
 *
 * @example
 * ```ts
 * const created = await assessments.create(validated, { actor: 'user:42' })
 * const page = await assessments.list({ filter: { directiveId }, first: 20 })
 * ```
 */
export interface AssessmentRepository {
  findById(id: AssessmentId): Promise<StoredAssessment | null>
  /** Loads many at once, in the order asked (`null` where none): for batched loading. */
  findByIds(ids: readonly AssessmentId[]): Promise<readonly (StoredAssessment | null)[]>
  findByKey(key: string): Promise<StoredAssessment | null>
  list(
    request: PageRequest & {
      readonly filter?: AssessmentFilter | null
      readonly orderBy?: AssessmentOrder | null
    },
  ): Promise<Page<StoredAssessment>>
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
  /**
   * Changes an assessment still at `expectedVersion`, bumping its version and writing the
   * audit event. Fails with `CONFLICT` (nothing is written), `ASSESSMENT_NOT_FOUND`, the codes
   * of `validateAssessment` or those of {@link AssessmentRepository.create}.
   */
  update?(
    id: AssessmentId,
    patch: AssessmentPatch,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredAssessment, DomainError>>
}
