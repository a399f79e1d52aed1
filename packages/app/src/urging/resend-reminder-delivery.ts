import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayResendReminderDelivery } from '../policy/policy.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReminderDelivery, ReminderInbox } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import {
  abort,
  changeOf,
  defineUseCase,
  enforce,
  orAbort,
  REFUSAL_CODES,
} from '../use-case/use-case.js'
import { reminderDeliveryNotFound } from './reminder-errors.js'

/** The delivery to send again. */
export interface ResendReminderDeliveryInput {
  readonly id: string
}

/** The ports {@link resendReminderDelivery} calls. */
export interface ResendReminderDeliveryPorts {
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode' | 'ancestorsOf'>
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
    const delivery = await reminders.delivery(input.id)
    const recipient = delivery && (await organizations.findById(delivery.recipientId))
    if (!delivery || !recipient) abort(reminderDeliveryNotFound(['id'], input.id))
    enforce(
      await mayResendReminderDelivery(
        context.caller,
        recipient.code,
        organizationTreeOf(organizations),
      ),
    )
    return orAbort(
      await reminders.resendDelivery(delivery.id, context.clock.now(), changeOf(context)),
    )
  },
})

/** What {@link resendReminderDelivery} may fail with. */
export const RESEND_REMINDER_DELIVERY_ERRORS = resendReminderDelivery.errors

/** A code {@link resendReminderDelivery} may fail with. */
export type ResendReminderDeliveryError = UseCaseErrorOf<typeof resendReminderDelivery>
