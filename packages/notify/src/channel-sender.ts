import type {
  OutgoingReminderMessage,
  ReminderChannelAddress,
  ReminderSender,
  SendOutcome,
} from '@chidao/app'
import { EmailSender, type EmailSenderOptions } from './email-sender.js'
import { permanent } from './send-outcome.js'
import { WebhookSender, type WebhookSenderOptions } from './webhook-sender.js'

/**
 * The senders of a {@link ChannelSender}, or the options to make them with. Without `email`
 * (no SMTP server configured), a message for an e-mail channel fails permanently with
 * "e-mail is not configured".
 *
 * @example
 * ```ts
 * const options: ChannelSenderOptions = {
 *   webhook: { timeoutMs: 20_000 },
 *   email: { url: 'smtps://mail.tinh-abc.gov.vn', from: 'chidao@tinh-abc.gov.vn' },
 * }
 * ```
 */
export interface ChannelSenderOptions {
  readonly webhook?: WebhookSenderOptions | ReminderSender
  readonly email?: EmailSenderOptions | ReminderSender | null
}

/**
 * One {@link ReminderSender} for every channel kind: a message for a `WEBHOOK` channel goes to
 * the webhook sender, one for an `EMAIL` channel to the e-mail sender. It never throws.
 *
 * @example
 * ```ts
 * const sender = new ChannelSender({ email: null })
 * await sender.send({ id, kind: 'EMAIL', address: 'a@b.vn', secret: null }, message)
 * // { delivered: false, permanent: true, reason: 'e-mail is not configured' }
 * ```
 */
export class ChannelSender implements ReminderSender {
  readonly #webhook: ReminderSender
  readonly #email: ReminderSender | null

  constructor(options: ChannelSenderOptions = {}) {
    const { webhook, email } = options
    this.#webhook = isSender(webhook) ? webhook : new WebhookSender(webhook)
    this.#email = email == null ? null : isSender(email) ? email : new EmailSender(email)
  }

  send(channel: ReminderChannelAddress, message: OutgoingReminderMessage): Promise<SendOutcome> {
    switch (channel.kind) {
      case 'WEBHOOK':
        return this.#webhook.send(channel, message)
      case 'EMAIL':
        return this.#email === null
          ? Promise.resolve(permanent('e-mail is not configured'))
          : this.#email.send(channel, message)
      default:
        return Promise.resolve(permanent(`unknown channel kind ${String(channel.kind)}`))
    }
  }

  /** Closes what the senders hold open (the SMTP connections). */
  close(): void {
    for (const sender of [this.#webhook, this.#email]) {
      if (sender !== null && 'close' in sender && typeof sender.close === 'function') {
        sender.close()
      }
    }
  }
}

/**
 * Makes the {@link ChannelSender} a deployment delivers reminders with.
 *
 * @example
 * ```ts
 * const sender = createReminderSender({
 *   email: process.env.CHIDAO_SMTP_URL
 *     ? { url: process.env.CHIDAO_SMTP_URL, from: 'chidao@tinh-abc.gov.vn' }
 *     : null,
 * })
 * await deliverReminderMessage({ ...context, sender }, { deliveryId })
 * ```
 */
export function createReminderSender(options: ChannelSenderOptions = {}): ChannelSender {
  return new ChannelSender(options)
}

function isSender(value: unknown): value is ReminderSender {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { send?: unknown }).send === 'function'
  )
}
