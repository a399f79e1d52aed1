import { loadAssessmentsByIds } from '@chidao/app'
import { nodeLoader } from './node-loader.js'

/**
 * Assessments by id, for the batched load of `Assessment`: one statement for every id asked
 * in a tick. One judging a document above the caller's clearance is not found.
 */
export const loadAssessments = nodeLoader('Assessment', loadAssessmentsByIds)
