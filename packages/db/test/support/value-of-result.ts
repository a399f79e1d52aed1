import type { DomainError, Result } from '@chidao/domain'

/**
 * The value of a result the test needs to succeed; a failure stops the test with its code and
 * message.
 *
 * @example
 * ```ts
 * const directive = valueOfResult(await scope.directives.create(validated, ctx))
 * ```
 */
export function valueOfResult<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`)
  return result.value
}
