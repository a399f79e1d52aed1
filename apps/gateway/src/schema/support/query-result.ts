import type { UseCaseResult } from '@chidao/app'
import { queryError } from '../../query-error.js'

/**
 * The value of a read use case's result, or its failure as a top-level GraphQL error: the
 * English message, and the code, the Vietnamese message and the path in `extensions`.
 */
export function queryResultOf<T>(result: UseCaseResult<T, string>): T {
  if (result.ok) return result.value
  throw queryError(result.error)
}
