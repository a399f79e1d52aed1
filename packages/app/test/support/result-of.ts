import type { DomainError, ErrorPath, Result } from '@chidao/domain'
import { assert } from 'vitest'

/** The value a result answered; a failure fails the test, with its message. */
export function successOf<T>(result: Result<T, DomainError>): T {
  if (!result.ok)
    assert.fail(`expected a success, got ${result.error.code}: ${result.error.message}`)
  return result.value
}

/** The error a result failed with; a success fails the test, showing the value it answered. */
export function errorOf<E>(result: Result<unknown, E>): E {
  if (result.ok) assert.fail(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}

/** The code and the path a result failed with, to check both in one assertion. */
export function failureOf(result: Result<unknown, DomainError>): readonly [string, ErrorPath] {
  const { code, path } = errorOf(result)
  return [code, path]
}

/**
 * Checks that a record the caller may not see was answered exactly as an absent one: the same
 * error, code, messages and path, but for the value each names (the id asked for).
 */
export function assertAnsweredAsAbsent(
  hidden: Result<unknown, DomainError>,
  absent: Result<unknown, DomainError>,
): void {
  const { value: _hidden, ...hiddenError } = errorOf(hidden)
  const { value: _absent, ...absentError } = errorOf(absent)
  assert.deepStrictEqual(hiddenError, absentError)
}
