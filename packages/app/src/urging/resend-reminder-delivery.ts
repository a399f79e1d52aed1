import {
  enforceForOrganization,
  type OrganizationRulePorts,
} from '../organization/enforce-for-organization.js'
import { mayResendReminderDelivery } from '../policy/policy.js'
import type { ReminderDelivery, ReminderInbox } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { reminderDeliveryNotFound } from './reminder-errors.js'
import { urgingRecordOrganization } from './urging-record-organization.js'

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
export const resendReminderDelivery = defineUseCase({
  name: 'resendReminderDelivery',
  errors: [...REFUSAL_CODES, 'REMINDER_DELIVERY_NOT_FOUND', 'DELIVERY_NOT_RESENDABLE'],
  async run(
    context: UseCaseContext<ResendReminderDeliveryPorts>,
    input: ResendReminderDeliveryInput,
  ): Promise<ReminderDelivery> {
    const { organizations, reminders } = context.ports
    const { record: delivery, organization: recipient } = await urgingRecordOrganization(
      organizations,
      await reminders.delivery(input.id),
      (found) => found.recipientId,
      reminderDeliveryNotFound(['id'], input.id),
    )
    await enforceForOrganization(context, mayResendReminderDelivery, recipient.code)
    return orAbort(
      await reminders.resendDelivery(delivery.id, context.clock.now(), changeOf(context)),
    )
  },
})

/** What {@link resendReminderDelivery} may fail with. */
export const RESEND_REMINDER_DELIVERY_ERRORS = resendReminderDelivery.errors

/** A code {@link resendReminderDelivery} may fail with. */
export type ResendReminderDeliveryError = UseCaseErrorOf<typeof resendReminderDelivery>
