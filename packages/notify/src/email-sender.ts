import type {
  OutgoingReminderMessage,
  ReminderChannelAddress,
  ReminderSender,
  SendOutcome,
} from '@chidao/app'
import { createTransport } from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import { reminderMessageId } from './email-message-id.js'
import { renderReminderMessage } from './reminder-text.js'
import { DELIVERED, permanent, retryable, safeReason } from './send-outcome.js'

/**
 * Where and how an {@link EmailSender} sends.
 *
 * @example
 * ```ts
 * const options: EmailSenderOptions = {
 *   url: 'smtps://chidao%40tinh-abc.gov.vn:mat-khau@mail.tinh-abc.gov.vn',
 *   from: 'chidao <chidao@tinh-abc.gov.vn>',
 * }
 * ```
 */
export interface EmailSenderOptions {
  /**
   * The SMTP server: `smtp://host:port` (STARTTLS when the server offers it) or
   * `smtps://host:port` (TLS from the first byte), with `user:password@` when it asks for a
   * login (percent-encode `@` and `:` in them).
   */
  readonly url: string
  /** The From address, with or without a display name. */
  readonly from: string
  /**
   * How long to wait to connect, for the server's greeting, and for each answer, in
   * milliseconds. Default 60 000.
   */
  readonly timeoutMs?: number
}

/** The default of {@link EmailSenderOptions.timeoutMs}. */
const DEFAULT_TIMEOUT_MS = 60_000

/**
 * Sends reminder messages to `EMAIL` channels over SMTP with nodemailer: the subject, a plain
 * text and a simple HTML body from {@link renderReminderMessage}, a `Message-ID` made from the
 * message id ({@link reminderMessageId}, the same on every attempt) and
 * `Auto-Submitted: auto-generated` so that no auto-reply answers it.
 *
 * The outcome follows the SMTP reply: a 4xx reply, a connection that fails or a time limit is
 * worth retrying; a 5xx reply is permanent (except 503, a session out of step, which a new
 * connection may clear). The reason quotes the server's reply, never the password or the user
 * of the SMTP URL. It never throws; the constructor throws a `TypeError` on a wrong URL or From
 * address, which is a mistake in the configuration.
 *
 * @example
 * ```ts
 * const sender = new EmailSender({ url: process.env.CHIDAO_SMTP_URL!, from: 'chidao@tinh-abc.gov.vn' })
 * await sender.send({ id, kind: 'EMAIL', address: 'vanphong@stp.tinh-abc.gov.vn', secret: null }, message)
 * sender.close()
 * ```
 */
export class EmailSender implements ReminderSender {
  readonly #from: string
  readonly #fromAddress: string
  readonly #hidden: readonly string[]
  readonly #transport: ReturnType<typeof createTransport>

  constructor(options: EmailSenderOptions) {
    const url = URL.canParse(options.url) ? new URL(options.url) : null
    if (url === null || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')) {
      throw new TypeError('The SMTP URL must be smtp://host:port or smtps://host:port')
    }
    const from = singleAddress(options.from)
    if (from === null) throw new TypeError(`The From address is not one e-mail address`)
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.#from = options.from
    this.#fromAddress = from
    this.#hidden = [
      url.username,
      url.password,
      decoded(url.username),
      decoded(url.password),
      options.url,
    ]
    this.#transport = createTransport({
      url: options.url,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    })
  }

  async send(
    channel: ReminderChannelAddress,
    message: OutgoingReminderMessage,
  ): Promise<SendOutcome> {
    if (channel.kind !== 'EMAIL') {
      return permanent(`channel ${channel.id} is not an e-mail channel (${channel.kind})`)
    }
    const to = singleAddress(channel.address)
    if (to === null) return permanent('the channel address is not one e-mail address')
    const { subject, text, html } = renderReminderMessage(message)
    try {
      await this.#transport.sendMail({
        from: this.#from,
        to,
        subject,
        text,
        html,
        messageId: reminderMessageId(message.id, this.#fromAddress),
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': 'vi' },
      })
      return DELIVERED
    } catch (error) {
      const outcome = smtpOutcome(error)
      return outcome.delivered
        ? outcome
        : { ...outcome, reason: safeReason(outcome.reason, this.#hidden) }
    }
  }

  /** Closes the connections to the SMTP server, if any are open. */
  close(): void {
    this.#transport.close()
  }
}

/** A URL's percent-encoded part as written by hand, or itself if it cannot be decoded. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The address of a text holding exactly one mailbox, or `null`. */
function singleAddress(text: string): string | null {
  const list = addressparser(text, { flatten: true })
  const only = list.length === 1 ? list[0] : undefined
  return only !== undefined && /^[^\s@]+@[^\s@]+$/.test(only.address) ? only.address : null
}

interface SmtpError {
  readonly code?: unknown
  readonly responseCode?: unknown
  readonly response?: unknown
  readonly originalCode?: unknown
  readonly message?: unknown
}

function smtpOutcome(error: unknown): SendOutcome {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError
  const reply = typeof e.responseCode === 'number' ? e.responseCode : null
  const said = typeof e.response === 'string' ? e.response : String(e.message ?? error)
  const answer = `the SMTP server answered ${said.startsWith(String(reply)) ? said : `${reply} ${said}`}`
  if (reply !== null && reply >= 500 && reply !== 503) return permanent(answer)
  if (reply !== null && reply >= 400) return retryable(answer)
  const code = typeof e.originalCode === 'string' ? e.originalCode : e.code
  return retryable(
    `the SMTP server could not take the message${typeof code === 'string' ? ` (${code})` : ''}: ${String(e.message ?? error)}`,
  )
}
