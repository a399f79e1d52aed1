import { type Clock, dateInZone } from '@chidao/app'

/**
 * A clock that reads `start` at the moment it is made and then runs at the machine's pace: a
 * process started "on 7 December at 07:29" sees its digest time come a minute later, and its
 * retries' backoff elapse, as in production.
 *
 * @example
 * ```ts
 * const clock = runningClockFrom(new Date('2026-12-07T00:29:00Z'))
 * clock.today() // '2026-12-07' (Vietnam time)
 * ```
 */
export function runningClockFrom(start: Date, timeZone = 'Asia/Ho_Chi_Minh'): Clock {
  const offset = start.getTime() - Date.now()
  const now = () => new Date(Date.now() + offset)
  return Object.freeze({ now, today: () => dateInZone(now(), timeZone) })
}
