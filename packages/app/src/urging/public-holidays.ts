import type { StoredPublicHolidays, UrgingReader } from '../ports/urging-store.js'
import { defineBoundedRead } from '../use-case/define-bounded-read.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'

/** The year whose holidays are read. */
export interface PublicHolidaysInput {
  readonly year: number
}

/** The ports {@link publicHolidays} calls. */
export interface PublicHolidaysPorts {
  readonly urging: Pick<UrgingReader, 'publicHolidays'>
}

/**
 * The public holidays of a year as the tenant keeps them (its own list, or the shipped one
 * of the Labour Code): the days reminders keep quiet on. Anyone of the tenant may read them.
 * Fails with `VALIDATION` for a year outside 1900–2999.
 *
 * @example
 * ```ts
 * const result = await publicHolidays(context, { year: 2026 })
 * if (result.ok) result.value.holidays[0]?.name.vi // 'Tết Dương lịch'
 * ```
 */
export const publicHolidays = defineBoundedRead(
  'publicHolidays',
  { key: 'year', en: 'The year', vi: 'Năm', min: 1900, max: 2999 },
  (context: UseCaseContext<PublicHolidaysPorts>, year): Promise<StoredPublicHolidays> =>
    context.ports.urging.publicHolidays(year),
)

/** What {@link publicHolidays} may fail with. */
export const PUBLIC_HOLIDAYS_ERRORS = publicHolidays.errors

/** A code {@link publicHolidays} may fail with. */
export type PublicHolidaysError = UseCaseErrorOf<typeof publicHolidays>
