import { type PublicHoliday, validatePublicHolidays } from '@chidao/domain'
import type { UrgingWriter } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { orAbort } from '../use-case/use-case.js'
import { defineUrgingSettingsChange } from './define-urging-settings-change.js'

/** A year's whole list of holidays (empty: back to the shipped list) and the version read. */
export interface SetPublicHolidaysInput {
  readonly year: number
  readonly holidays: readonly PublicHoliday[]
  readonly version: number
}

/** The ports {@link setPublicHolidays} calls. */
export interface SetPublicHolidaysPorts {
  readonly urging: Pick<UrgingWriter, 'setPublicHolidays'>
}

/**
 * Replaces the tenant's public holidays of a year (ADMIN: `urging.manage`), as the
 * Government's notice for the year sets them (days moved around Tết, days off in lieu); an
 * empty list goes back to the shipped one. Checked by the domain (`INVALID_PUBLIC_HOLIDAYS`,
 * naming the entry); a list changed since it was read wins (`CONFLICT`).
 *
 * @example
 * ```ts
 * await setPublicHolidays(context, { year: 2027, holidays, version: 0 })
 * ```
 */
export const setPublicHolidays = defineUrgingSettingsChange({
  name: 'setPublicHolidays',
  errors: ['INVALID_PUBLIC_HOLIDAYS'],
  write(context: UseCaseContext<SetPublicHolidaysPorts>, input: SetPublicHolidaysInput, change) {
    const holidays = orAbort(validatePublicHolidays(input.year, input.holidays))
    return context.ports.urging.setPublicHolidays(input.year, holidays, input.version, change)
  },
})

/** What {@link setPublicHolidays} may fail with. */
export const SET_PUBLIC_HOLIDAYS_ERRORS = setPublicHolidays.errors

/** A code {@link setPublicHolidays} may fail with. */
export type SetPublicHolidaysError = UseCaseErrorOf<typeof setPublicHolidays>
