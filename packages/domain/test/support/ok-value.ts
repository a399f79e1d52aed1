import type { Result } from '../../src/index.js'

/**
 * The value of a result a test needs to be ok (a fixture, a step before the one tested); throws
 * with the refusal's message otherwise, so that a broken fixture says why.
 */
export function okValue<T>(result: Result<T, { readonly message: string }>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
