import type { AssessmentId } from '@chidao/domain'
import type { AssessmentReader, StoredAssessment } from '../ports/assessment-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'

/**
 * Finds one assessment (đánh giá, sơ kết, tổng kết) by id; `null` when there is none, and
 * likewise when it judges a document (or a task of a document) above the caller's clearance:
 * hidden is answered as absent.
 *
 * @example
 * ```ts
 * const result = await findAssessment(context, { id })
 * if (result.ok) result.value?.assessedOn // '2025-12-20'
 * ```
 */
export const findAssessment = defineUseCase({
  name: 'findAssessment',
  errors: [],
  run: (
    context: UseCaseContext<FindAssessmentPorts>,
    input: { readonly id: AssessmentId },
  ): Promise<StoredAssessment | null> => context.ports.assessments.findById(input.id),
})

/** The ports {@link findAssessment} calls. */
export interface FindAssessmentPorts {
  readonly assessments: Pick<AssessmentReader, 'findById'>
}

/** What {@link findAssessment} may fail with: nothing. */
export const FIND_ASSESSMENT_ERRORS = findAssessment.errors

/** A code {@link findAssessment} may fail with. */
export type FindAssessmentError = UseCaseErrorOf<typeof findAssessment>
