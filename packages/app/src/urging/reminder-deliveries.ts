import type { OrganizationId, Page, PageRequest } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type {
  ReminderDelivery,
  ReminderDeliveryState,
  ReminderInbox,
} from '../ports/reminder-log.js'
import { pageAskedFor } from '../use-case/list-request-of.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import { urgingScope } from './urging-scope.js'

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
export interface ReminderDeliveriesPorts {
  readonly organizations: Pick<OrganizationReader, 'findByCode'>
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
export const reminderDeliveries = defineUseCase({
  name: 'reminderDeliveries',
  errors: ['UNAUTHENTICATED'],
  async run(
    context: UseCaseContext<ReminderDeliveriesPorts>,
    input: ReminderDeliveriesInput,
  ): Promise<Page<ReminderDelivery>> {
    const scope = await urgingScope(context.caller, context.ports.organizations)
    if (scope === 'NONE')
      return { edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 }
    const filter = input.filter ?? null
    return context.ports.reminders.deliveries({
      ...pageAskedFor(input),
      scope,
      filter: filter && {
        states: filter.states ?? null,
        recipientId: filter.organizationId ?? null,
      },
    })
  },
})

/** What {@link reminderDeliveries} may fail with. */
export const REMINDER_DELIVERIES_ERRORS = reminderDeliveries.errors

/** A code {@link reminderDeliveries} may fail with. */
export type ReminderDeliveriesError = UseCaseErrorOf<typeof reminderDeliveries>
