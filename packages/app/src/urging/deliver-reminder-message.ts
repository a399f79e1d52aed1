import type { ClaimedReminderDelivery, ReminderDeliveryLog } from '../ports/reminder-log.js'
import type { ReminderSender, SendOutcome } from '../ports/reminder-sender.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import { DEFAULT_REMINDER_RETRY, type ReminderRetry, reminderRetryDelay } from './reminder-retry.js'

/** The delivery to attempt. */
export interface DeliverReminderMessageInput {
  readonly deliveryId: string
}

/**
 * How the attempt ended: SENT; FAILED (to try again at `nextAttemptAt`); DEAD (given up);
 * SKIPPED (not claimed: another process holds it, or it is done or not due).
 */
export interface DeliverReminderMessageOutput {
  readonly state: 'SENT' | 'FAILED' | 'DEAD' | 'SKIPPED'
  readonly nextAttemptAt: Date | null
}

/** The ports {@link deliverReminderMessage} calls. */
export interface DeliverReminderMessagePorts {
  readonly reminders: Pick<ReminderDeliveryLog, 'claimDelivery' | 'settleDelivery'>
}

/**
 * What {@link deliverReminderMessage} is called with: a system context (the tenant's ports at
 * the highest clearance, a clock), the sender of the channel kinds, and optionally the retry
 * settings (defaults: {@link DEFAULT_REMINDER_RETRY}).
 *
 * @example
 * ```ts
 * const context: DeliverReminderMessageContext = {
 *   ports: database.forTenant('demo', { clearance: 'TUYET_MAT' }),
 *   caller: operatorCaller('urging'),
 *   clock: systemClock,
 *   sender,
 *   retry: { maxAttempts: 5 },
 * }
 * ```
 */
export type DeliverReminderMessageContext = UseCaseContext<DeliverReminderMessagePorts> & {
  readonly sender: ReminderSender
  readonly retry?: Partial<ReminderRetry> | null
}

interface DeliveryPorts extends DeliverReminderMessagePorts {
  readonly sender: ReminderSender
  readonly retry: ReminderRetry
}

const attempt = defineUseCase({
  name: 'deliverReminderMessage',
  errors: [],
  async run(
    context: UseCaseContext<DeliveryPorts>,
    input: DeliverReminderMessageInput,
  ): Promise<DeliverReminderMessageOutput> {
    const { reminders, sender, retry } = context.ports
    const now = context.clock.now()
    const claimed = await reminders.claimDelivery(input.deliveryId, {
      now,
      leaseUntil: new Date(now.getTime() + retry.leaseMs),
    })
    if (!claimed) return SKIPPED
    const outcome = await sendSafely(sender, claimed)
    const after = context.clock.now()
    const ended: DeliverReminderMessageOutput = outcome.delivered
      ? { state: 'SENT', nextAttemptAt: null }
      : outcome.permanent || claimed.attempts >= retry.maxAttempts
        ? { state: 'DEAD', nextAttemptAt: null }
        : {
            state: 'FAILED',
            nextAttemptAt: new Date(after.getTime() + reminderRetryDelay(claimed.attempts, retry)),
          }
    const error = outcome.delivered ? '' : outcome.reason
    const settled = await reminders.settleDelivery(
      claimed.id,
      claimed.attempts,
      ended.state === 'SENT'
        ? { state: 'SENT' }
        : ended.state === 'FAILED'
          ? { state: 'FAILED', nextAttemptAt: ended.nextAttemptAt!, error }
          : { state: 'DEAD', error },
      after,
    )
    // The lease ran out while sending and another process claimed it: its attempt counts.
    return settled ? ended : SKIPPED
  },
})

const SKIPPED: DeliverReminderMessageOutput = Object.freeze({
  state: 'SKIPPED',
  nextAttemptAt: null,
})

/**
 * Attempts one delivery of a reminder message (a system use case: the runtime's job queue
 * and recovery sweep call it). It first claims the delivery in its own committed transaction
 * — only a PENDING one, a FAILED one due again, or one whose sender's lease ran out — so that
 * two processes never both send it (the loser answers SKIPPED); then sends it on its channel
 * and records, in a second transaction, SENT, or FAILED with the next attempt after an
 * exponential backoff, or DEAD when the failure is permanent or the attempts are used up.
 * A receiver may see a message id twice only when a process died between the receiver's
 * answer and that second transaction (the Standard Webhooks `webhook-id` lets it drop the
 * repeat).
 *
 * @example
 * ```ts
 * const result = await deliverReminderMessage({ ...systemContext, sender }, { deliveryId })
 * if (result.ok && result.value.state === 'FAILED') schedule(result.value.nextAttemptAt)
 * ```
 */
export function deliverReminderMessage(
  context: DeliverReminderMessageContext,
  input: DeliverReminderMessageInput,
): ReturnType<typeof attempt> {
  const { sender, retry, ports, ...rest } = context
  return attempt(
    {
      ...rest,
      ports: { ...ports, sender, retry: { ...DEFAULT_REMINDER_RETRY, ...withoutUnset(retry) } },
    },
    input,
  )
}

/** What {@link deliverReminderMessage} may fail with: nothing (failures to send are states). */
export const DELIVER_REMINDER_MESSAGE_ERRORS = attempt.errors

/** A code {@link deliverReminderMessage} may fail with. */
export type DeliverReminderMessageError = UseCaseErrorOf<typeof attempt>

// A sender never throws by its contract; one that does is a transient failure, not a crash
// that would leave the delivery SENDING until its lease ends.
async function sendSafely(
  sender: ReminderSender,
  claimed: ClaimedReminderDelivery,
): Promise<SendOutcome> {
  try {
    return await sender.send(claimed.channel, claimed.message)
  } catch (error) {
    return {
      delivered: false,
      permanent: false,
      reason: `The sender failed: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}

function withoutUnset(retry: Partial<ReminderRetry> | null | undefined): Partial<ReminderRetry> {
  return Object.fromEntries(Object.entries(retry ?? {}).filter(([, v]) => v != null))
}
