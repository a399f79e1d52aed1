import { domainError } from '@chidao/domain'
import type { StoredPublicHolidays, UrgingReader } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase } from '../use-case/use-case.js'

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
export const publicHolidays = defineUseCase({
  name: 'publicHolidays',
  errors: ['VALIDATION'],
  async run(
    context: UseCaseContext<PublicHolidaysPorts>,
    input: PublicHolidaysInput,
  ): Promise<StoredPublicHolidays> {
    if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999)
      abort(
        domainError(
          'VALIDATION',
          { en: 'The year must be from 1900 to 2999', vi: 'Năm phải từ 1900 đến 2999' },
          ['year'],
          input.year,
        ),
      )
    return context.ports.urging.publicHolidays(input.year)
  },
})

/** What {@link publicHolidays} may fail with. */
export const PUBLIC_HOLIDAYS_ERRORS = publicHolidays.errors

/** A code {@link publicHolidays} may fail with. */
export type PublicHolidaysError = UseCaseErrorOf<typeof publicHolidays>
