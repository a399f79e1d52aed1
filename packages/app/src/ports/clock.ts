import type { IsoDate } from '@chidao/domain'

/**
 * The port through which the domain learns the time. Production uses the system clock; tests
 * and reports pass a fixed one, so that "as of" questions are reproducible.
 */
export interface Clock {
  /** The current instant. */
  now(): Date
  /** Today's date in the deployment's time zone (Vietnam: Asia/Ho_Chi_Minh). */
  today(): IsoDate
}

/**
 * A clock that always returns the same instant.
 *
 * @example
 * ```ts
 * fixedClock('2026-01-15T03:00:00Z').today() // '2026-01-15'
 * ```
 */
export function fixedClock(instant: string | Date, timeZone = 'Asia/Ho_Chi_Minh'): Clock {
  const at = new Date(instant)
  return Object.freeze({ now: () => new Date(at), today: () => dateInZone(at, timeZone) })
}

/**
 * The calendar date of an instant in a time zone, as an ISO date.
 *
 * @example
 * ```ts
 * dateInZone(new Date('2026-01-14T20:00:00Z'), 'Asia/Ho_Chi_Minh') // '2026-01-15'
 * ```
 */
export function dateInZone(at: Date, timeZone = 'Asia/Ho_Chi_Minh'): IsoDate {
  return isoDateFormat(timeZone).format(at)
}

// Making an Intl.DateTimeFormat costs far more than using one, and the urging runtime asks for
// today many times a tick: one formatter per time zone, made on first use.
const ISO_DATE_FORMATS = new Map<string, Intl.DateTimeFormat>()

function isoDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = ISO_DATE_FORMATS.get(timeZone)
  if (format === undefined) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    ISO_DATE_FORMATS.set(timeZone, format)
  }
  return format
}

/**
 * The machine's clock, with today taken in Vietnam time: what servers and the command line use.
 *
 * @example
 * ```ts
 * systemClock.today() // '2026-12-06'
 * ```
 */
export const systemClock: Clock = Object.freeze({
  now: () => new Date(),
  today: () => dateInZone(new Date()),
})
