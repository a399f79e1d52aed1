import type { UseCaseResult } from '@chidao/app'
import { failureFor } from './error.js'

export { type GatewayPorts, useCaseContext } from '../../use-case-context.js'

/**
 * The value of a use case's result, or the typed failure its error becomes (`failureFor`): a
 * member of the mutation's result union, its path given from the argument (`["input", …]`).
 */
export function resultOf<T>(result: UseCaseResult<T, string>): T {
  if (result.ok) return result.value
  throw failureFor(result.error)
}
