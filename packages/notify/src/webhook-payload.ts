import type { OutgoingReminderMessage } from '@chidao/app'
import { renderReminderMessage } from './reminder-text.js'

/**
 * The event type of a reminder webhook: an organisation's digest of the day, or one reminder
 * raised on its own.
 *
 * @example
 * ```ts
 * const t: ReminderWebhookType = 'reminder.digest'
 * ```
 */
export type ReminderWebhookType = 'reminder.digest' | 'reminder.raised'

/**
 * The JSON body of a reminder webhook, in the Standard Webhooks payload shape: `type`,
 * `timestamp` (when the event happened: the start of the delivery day in Vietnam, UTC+7, the
 * same on every attempt; the attempt's own time is the `webhook-timestamp` header), and
 * `data`: every field of the message (`id`, `tenantId`, `recipient`, `deliverOn`, `digest`,
 * `secrecy`, `reminders`) plus its `subject` and plain `text` as the e-mail words them, for a
 * receiver that only forwards a notice to people.
 *
 * @example
 * ```ts
 * const p: ReminderWebhookPayload = reminderWebhookPayload(message)
 * p.type // 'reminder.digest'
 * p.data.reminders[0]?.kind // 'OVERDUE'
 * ```
 */
export interface ReminderWebhookPayload {
  readonly type: ReminderWebhookType
  readonly timestamp: string
  readonly data: OutgoingReminderMessage & { readonly subject: string; readonly text: string }
}

/**
 * Builds the {@link ReminderWebhookPayload} of a message. The same message gives the same
 * payload, so a retried request carries the same bytes.
 *
 * @example
 * ```ts
 * JSON.stringify(reminderWebhookPayload(message)) // '{"type":"reminder.raised","timestamp":"2026-12-07T00:00:00+07:00",…}'
 * ```
 */
export function reminderWebhookPayload(message: OutgoingReminderMessage): ReminderWebhookPayload {
  const { subject, text } = renderReminderMessage(message)
  return {
    type: message.digest ? 'reminder.digest' : 'reminder.raised',
    timestamp: `${message.deliverOn}T00:00:00+07:00`,
    data: { ...message, subject, text },
  }
}
