import { ANONYMOUS_CALLER } from '../../src/caller.js'
import { fixedClock } from '../../src/ports/clock.js'
import type { UseCaseContext } from '../../src/use-case/use-case-context.js'

/** The day the tests' clock reads: 15 January 2026, in Vietnam. */
export const TODAY = '2026-01-15'

/**
 * What a read is called with in these tests: the given ports (tiny in-memory objects), an
 * anonymous caller, and a clock fixed on {@link TODAY}.
 */
export function readContext<Ports>(ports: Ports): UseCaseContext<Ports> {
  return { ports, caller: ANONYMOUS_CALLER, clock: fixedClock(`${TODAY}T03:00:00Z`) }
}

/** Every call a port received, by method, to check what a use case asked. */
export function recorder<Args extends unknown[], R>(answer: (...args: Args) => R) {
  const calls: Args[] = []
  const call = (...args: Args): R => {
    calls.push(args)
    return answer(...args)
  }
  return Object.assign(call, { calls })
}
