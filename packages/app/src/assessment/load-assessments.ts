import type { AssessmentId } from '@chidao/domain'
import type { AssessmentReader, StoredAssessment } from '../ports/assessment-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/** The ports the assessment loader calls. */
export interface LoadAssessmentsPorts {
  readonly assessments: Pick<AssessmentReader, 'findByIds'>
}

/**
 * Assessments by id, for the API's loaders: in the order asked, `null` where the caller sees
 * none (one judging a document above their clearance is absent). One statement for a batch;
 * it never fails.
 *
 * @example
 * ```ts
 * const result = await loadAssessmentsByIds(context, { ids })
 * ```
 */
export const loadAssessmentsByIds = defineBatchedRead(
  'loadAssessmentsByIds',
  (
    ports: LoadAssessmentsPorts,
    input: { readonly ids: readonly AssessmentId[] },
  ): Promise<readonly (StoredAssessment | null)[]> => ports.assessments.findByIds(input.ids),
)
