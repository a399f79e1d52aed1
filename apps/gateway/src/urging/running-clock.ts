import { type Clock, dateInZone } from '@chidao/app'

/**
 * A clock that read `start` at the real instant `at` (by default, when it is made) and runs at
 * the machine's pace: a process started "on 7 December at 07:29" sees its digest time come a
 * minute later, and its retries' backoff elapse, as in production. Processes given the same
 * pair share one clock.
 *
 * @example
 * ```ts
 * const clock = runningClockFrom(new Date('2026-12-07T00:29:00Z'))
 * clock.today() // '2026-12-07' (Vietnam time)
 * ```
 */
export function runningClockFrom(
  start: Date,
  at: Date = new Date(),
  timeZone = 'Asia/Ho_Chi_Minh',
): Clock {
  const offset = start.getTime() - at.getTime()
  const now = () => new Date(Date.now() + offset)
  return Object.freeze({ now, today: () => dateInZone(now(), timeZone) })
}
