import {
  type DomainError,
  domainError,
  err,
  type IsoDate,
  isIsoDate,
  ok,
  type Result,
} from '@chidao/domain'
import type { Clock } from '../ports/clock.js'

/**
 * The day a question about tasks is asked about (timeliness, overdue lists, counts): the day
 * given, or the clock's today (in Vietnam) when none is. A day that is not a real calendar date
 * fails with `INVALID_DATE` at `['asOf']`.
 *
 * @example
 * ```ts
 * asOfDay(null, fixedClock('2026-01-15T03:00:00Z')) // ok: '2026-01-15'
 * asOfDay('2026-02-30', clock) // error INVALID_DATE
 * ```
 */
export function asOfDay(
  asOf: string | null | undefined,
  clock: Pick<Clock, 'today'>,
): Result<IsoDate, DomainError> {
  if (asOf == null) return ok(clock.today())
  if (!isIsoDate(asOf)) {
    return err(
      domainError(
        'INVALID_DATE',
        { en: 'asOf must be a date YYYY-MM-DD', vi: 'asOf phải là ngày YYYY-MM-DD' },
        ['asOf'],
        asOf,
      ),
    )
  }
  return ok(asOf)
}
