import type { AssessmentId } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { nodeLoader } from './node-loader.js'

/**
 * Assessments by id, for the batched load of `Assessment`: one statement for every id asked
 * in a tick. One judging a document above the caller's clearance is not found.
 */
export const loadAssessments = nodeLoader('Assessment', (ids, context: GatewayContext) =>
  context.tenant.assessments.findByIds(ids as AssessmentId[]),
)
