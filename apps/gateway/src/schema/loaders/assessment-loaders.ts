import type { StoredAssessment } from '@chidao/app'
import type { AssessmentId } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { NodeNotFoundError } from '../support/global-id.js'

/**
 * Assessments by id, for the batched load of `Assessment`: one statement for every id asked
 * in a tick. One judging a document above the caller's clearance is not found.
 */
export async function loadAssessments(
  ids: string[],
  context: GatewayContext,
): Promise<(StoredAssessment | Error)[]> {
  const found = await context.tenant.assessments.findByIds(ids as AssessmentId[])
  // Copies: domain objects are frozen, and Pothos marks loaded objects with their type.
  return found.map((a, i) => (a ? { ...a } : new NodeNotFoundError('Assessment', ids[i]!)))
}

/** One assessment by id, or `null` where there is none the caller may see. */
export function assessmentById(
  context: GatewayContext,
  id: AssessmentId,
): Promise<StoredAssessment | null> {
  return context.tenant.assessments.findById(id)
}
