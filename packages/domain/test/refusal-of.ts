import type { DomainError } from '../src/domain-error.js'
import type { Result } from '../src/result.js'

/**
 * What a validator says of an input: its error, or `null` when it accepts it. The input may
 * have any shape, as JSON brings it: the edge tests feed validators what their types forbid.
 */
export function refusalOf<I>(
  validate: (input: I) => Result<unknown, DomainError>,
): (input: unknown) => DomainError | null {
  return (input) => {
    const r = validate(input as I)
    return r.ok ? null : r.error
  }
}
