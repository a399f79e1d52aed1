import type {
  AssessmentFilter,
  AssessmentOrder,
  AssessmentReader,
} from '../ports/assessment-store.js'
import { defineListUseCase } from '../use-case/define-list-use-case.js'
import type { ListInput } from '../use-case/list-request-of.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'

/**
 * Which assessments to list, and in which order: every given field of the filter must match
 * (`directiveId`: of one document; `organizationId`: judging one body); the order by default
 * `ASSESSED_ON_DESC`, the newest judgement first.
 */
export type ListAssessmentsInput = ListInput<AssessmentFilter, AssessmentOrder>

/** The ports {@link listAssessments} calls. */
export interface ListAssessmentsPorts {
  readonly assessments: Pick<AssessmentReader, 'list'>
}

/**
 * Lists the tenant's assessments (đánh giá, sơ kết, tổng kết), filtered, the newest first
 * unless told otherwise, with the total of the filtered list. An assessment of a document (or
 * of a task of a document) above the caller's clearance is not counted, as if it did not exist.
 *
 * @example
 * ```ts
 * const result = await listAssessments(context, { filter: { directiveId }, first: 10 })
 * if (result.ok) result.value.edges[0]?.node.assessedOn // the latest
 * ```
 */
export const listAssessments = defineListUseCase(
  'listAssessments',
  'ASSESSED_ON_DESC',
  (ports: ListAssessmentsPorts) => ports.assessments,
)

/** What {@link listAssessments} may fail with: nothing (a cursor of another list is a bug). */
export const LIST_ASSESSMENTS_ERRORS = listAssessments.errors

/** A code {@link listAssessments} may fail with. */
export type ListAssessmentsError = UseCaseErrorOf<typeof listAssessments>
