/**
 * `@chidao/notify`: sends chidao's reminders (đôn đốc) on the channels an organisation
 * subscribed to — signed webhooks in the Standard Webhooks convention, and e-mail over SMTP —
 * implementing `@chidao/app`'s `ReminderSender` port. {@link createReminderSender} routes a
 * message by its channel's kind.
 *
 * @packageDocumentation
 */
export {
  ChannelSender,
  type ChannelSenderOptions,
  createReminderSender,
} from './channel-sender.js'
export { EmailSender, type EmailSenderOptions } from './email-sender.js'
export { reminderMessageId } from './email-message-id.js'
export { type ReminderMessageText, renderReminderMessage } from './reminder-text.js'
export {
  type ReminderWebhookPayload,
  type ReminderWebhookType,
  reminderWebhookPayload,
} from './webhook-payload.js'
export { WebhookSender, type WebhookSenderOptions } from './webhook-sender.js'
export { signWebhook, type WebhookHeaders } from './webhook-signature.js'
