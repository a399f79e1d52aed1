import type { ReminderDeliveryLog } from '../ports/reminder-log.js'
import { defineBoundedRead } from '../use-case/define-bounded-read.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'

/** How many ids at most (1–1000). */
export interface DueReminderDeliveriesInput {
  readonly limit: number
}

/** The ports {@link dueReminderDeliveries} calls. */
export interface DueReminderDeliveriesPorts {
  readonly reminders: Pick<ReminderDeliveryLog, 'dueDeliveries'>
}

/**
 * The deliveries to attempt now, the longest waiting first: new ones, failed ones due again,
 * and those whose sender's lease ran out (a process died sending). A system use case: the
 * runtime's recovery sweep hands each to `deliverReminderMessage`. Fails with `VALIDATION`
 * for a limit outside 1–1000.
 *
 * @example
 * ```ts
 * const result = await dueReminderDeliveries(systemContext, { limit: 100 })
 * ```
 */
export const dueReminderDeliveries = defineBoundedRead(
  'dueReminderDeliveries',
  { key: 'limit', en: 'The limit', vi: 'Giới hạn', min: 1, max: 1000 },
  (context: UseCaseContext<DueReminderDeliveriesPorts>, limit): Promise<string[]> =>
    context.ports.reminders.dueDeliveries(context.clock.now(), limit),
)

/** What {@link dueReminderDeliveries} may fail with. */
export const DUE_REMINDER_DELIVERIES_ERRORS = dueReminderDeliveries.errors

/** A code {@link dueReminderDeliveries} may fail with. */
export type DueReminderDeliveriesError = UseCaseErrorOf<typeof dueReminderDeliveries>
