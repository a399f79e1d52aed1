import type { OrganizationId, Page, PageRequest } from '@chidao/domain'
import type {
  ReminderDelivery,
  ReminderDeliveryState,
  ReminderInbox,
} from '../ports/reminder-log.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { defineInboxRead, type InboxReadPorts } from './define-inbox-read.js'

/** Which deliveries of the log: in some states (DEAD: given up), to one organisation. */
export interface ReminderDeliveryFilter {
  readonly states?: readonly ReminderDeliveryState[] | null
  readonly organizationId?: OrganizationId | null
}

/** A page of the delivery log, filtered. */
export interface ReminderDeliveriesInput extends PageRequest {
  readonly filter?: ReminderDeliveryFilter | null
}

/** The ports {@link reminderDeliveries} calls. */
export interface ReminderDeliveriesPorts extends InboxReadPorts {
  readonly reminders: Pick<ReminderInbox, 'deliveries'>
}

/**
 * The delivery log (nhật ký gửi nhắc việc): each message on each channel, its state, attempts,
 * next attempt and last error — for the organisations of the caller's subtree (an ADMIN: the
 * whole tenant), up to the caller's clearance (a delivery is as secret as its message).
 * Newest delivery day first, paginated. Anonymous callers are refused (`UNAUTHENTICATED`).
 *
 * @example
 * ```ts
 * const result = await reminderDeliveries(context, { filter: { states: ['DEAD'] }, first: 20 })
 * ```
 */
export const reminderDeliveries = defineInboxRead(
  'reminderDeliveries',
  (
    ports: ReminderDeliveriesPorts,
    request,
    input: ReminderDeliveriesInput,
  ): Promise<Page<ReminderDelivery>> => {
    const filter = input.filter ?? null
    return ports.reminders.deliveries({
      ...request,
      filter: filter && {
        states: filter.states ?? null,
        recipientId: filter.organizationId ?? null,
      },
    })
  },
)

/** What {@link reminderDeliveries} may fail with. */
export const REMINDER_DELIVERIES_ERRORS = reminderDeliveries.errors

/** A code {@link reminderDeliveries} may fail with. */
export type ReminderDeliveriesError = UseCaseErrorOf<typeof reminderDeliveries>
