import type { OrganizationRulePorts } from '../organization/enforce-for-organization.js'
import { mayResendReminderDelivery } from '../policy/policy.js'
import type { ReminderInbox } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUrgingRecordChange } from './define-urging-record-change.js'
import { reminderDeliveryNotFound } from './reminder-errors.js'

/** The delivery to send again. */
export interface ResendReminderDeliveryInput {
  readonly id: string
}

/** The ports {@link resendReminderDelivery} calls. */
export interface ResendReminderDeliveryPorts extends OrganizationRulePorts {
  readonly reminders: Pick<ReminderInbox, 'delivery' | 'resendDelivery'>
}

/**
 * Sends a FAILED or DEAD delivery again (`urging.deliveries`: EDITOR of a subtree holding the
 * recipient, ADMIN any): it is PENDING again, due now, with its attempts counted afresh; the
 * runtime's sweep picks it up. A delivery above the caller's clearance is answered as absent
 * (`REMINDER_DELIVERY_NOT_FOUND`); one in another state fails with `DELIVERY_NOT_RESENDABLE`.
 *
 * @example
 * ```ts
 * const result = await resendReminderDelivery(context, { id: delivery.id })
 * if (result.ok) result.value.state // 'PENDING'
 * ```
 */
export const resendReminderDelivery = defineUrgingRecordChange({
  name: 'resendReminderDelivery',
  errors: ['REMINDER_DELIVERY_NOT_FOUND', 'DELIVERY_NOT_RESENDABLE'],
  find: (
    context: UseCaseContext<ResendReminderDeliveryPorts>,
    input: ResendReminderDeliveryInput,
  ) => context.ports.reminders.delivery(input.id),
  organizationIdOf: (delivery) => delivery.recipientId,
  notFound: (input) => reminderDeliveryNotFound(['id'], input.id),
  rule: mayResendReminderDelivery,
  write: (context, delivery, _input, change) =>
    context.ports.reminders.resendDelivery(delivery.id, context.clock.now(), change),
})

/** What {@link resendReminderDelivery} may fail with. */
export const RESEND_REMINDER_DELIVERY_ERRORS = resendReminderDelivery.errors

/** A code {@link resendReminderDelivery} may fail with. */
export type ResendReminderDeliveryError = UseCaseErrorOf<typeof resendReminderDelivery>
