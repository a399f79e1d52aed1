import { loadAssessmentsByIds } from '@chidao/app'
import type { AssessmentId } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { nodeLoader } from './node-loader.js'

/**
 * Assessments by id, for the batched load of `Assessment`: one statement for every id asked
 * in a tick. One judging a document above the caller's clearance is not found.
 */
export const loadAssessments = nodeLoader('Assessment', async (ids, context: GatewayContext) =>
  queryResultOf(
    await loadAssessmentsByIds(useCaseContext(context), { ids: ids as AssessmentId[] }),
  ),
)
