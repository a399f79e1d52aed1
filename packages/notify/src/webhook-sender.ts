import type {
  OutgoingReminderMessage,
  ReminderChannelAddress,
  ReminderSender,
  SendOutcome,
} from '@chidao/app'
import { DELIVERED, permanent, retryable, safeReason } from './send-outcome.js'
import { reminderWebhookPayload } from './webhook-payload.js'
import { signWebhook } from './webhook-signature.js'

/**
 * How a {@link WebhookSender} posts.
 *
 * @example
 * ```ts
 * const options: WebhookSenderOptions = { timeoutMs: 30_000 }
 * ```
 */
export interface WebhookSenderOptions {
  /**
   * How long one attempt may take, connecting to the end of the answer's headers, in
   * milliseconds. Default 15 000: the Standard Webhooks specification asks senders to give
   * receivers 15 to 30 seconds.
   */
  readonly timeoutMs?: number
  /** The attempt's time, signed as `webhook-timestamp`. Default: the system clock. */
  readonly now?: () => Date
}

/** The default of {@link WebhookSenderOptions.timeoutMs}. */
const DEFAULT_TIMEOUT_MS = 15_000

/**
 * Sends reminder messages to `WEBHOOK` channels as Standard Webhooks: an HTTP POST of the JSON
 * {@link reminderWebhookPayload}, signed with the channel's `whsec_…` secret in the
 * `webhook-id` (the message id, the same on every attempt), `webhook-timestamp` and
 * `webhook-signature` headers. Redirects are not followed (the channel's URL should be
 * changed instead), and one attempt has a time limit.
 *
 * The outcome: any 2xx is delivered; 408, 429, 5xx, a network error or the time limit is a
 * failure worth retrying; any other answer (3xx, 4xx such as 404 or 410) or a channel that
 * cannot be sent to (a bad URL, a missing or malformed secret) is permanent. The reason names
 * the URL's origin only — a URL's path and query often carry a token — and never the secret.
 * It never throws.
 *
 * @example
 * ```ts
 * const sender = new WebhookSender({ timeoutMs: 20_000 })
 * const outcome = await sender.send(
 *   { id, kind: 'WEBHOOK', address: 'https://hooks.example.org/chidao', secret: 'whsec_…' },
 *   message,
 * )
 * if (!outcome.delivered && !outcome.permanent) retryLater()
 * ```
 */
export class WebhookSender implements ReminderSender {
  readonly #timeoutMs: number
  readonly #now: () => Date

  constructor(options: WebhookSenderOptions = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new RangeError(`The webhook time limit must be a positive number, not ${timeoutMs}`)
    }
    this.#timeoutMs = timeoutMs
    this.#now = options.now ?? (() => new Date())
  }

  async send(
    channel: ReminderChannelAddress,
    message: OutgoingReminderMessage,
  ): Promise<SendOutcome> {
    // A reason names the URL's origin only: its path and query often carry a token.
    const url = URL.canParse(channel.address) ? new URL(channel.address) : null
    const hidden = [
      channel.secret,
      channel.secret?.replace(/^whsec_/, ''),
      url === null ? channel.address : `${url.pathname}${url.search}`,
      url?.search,
    ]
    try {
      const outcome = await this.#attempt(channel, message)
      return outcome.delivered
        ? outcome
        : { ...outcome, reason: safeReason(outcome.reason, hidden) }
    } catch (error) {
      // A bug, not the receiver's answer: retried, since a later release may not have it.
      return retryable(safeReason(`the webhook could not be sent: ${String(error)}`, hidden))
    }
  }

  async #attempt(
    channel: ReminderChannelAddress,
    message: OutgoingReminderMessage,
  ): Promise<SendOutcome> {
    if (channel.kind !== 'WEBHOOK') {
      return permanent(`channel ${channel.id} is not a webhook channel (${channel.kind})`)
    }
    const url = webhookUrl(channel.address)
    if (url === null) {
      return permanent('the webhook URL is not an http or https URL without user and password')
    }
    if (!channel.secret) return permanent('the webhook channel has no signing secret')
    const body = JSON.stringify(reminderWebhookPayload(message))
    let headers: ReturnType<typeof signWebhook>
    try {
      headers = signWebhook(channel.secret, message.id, this.#now(), body)
    } catch {
      return permanent('the channel signing secret is not a whsec_ secret (base64, not empty)')
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'chidao-notify',
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
      })
      // The answer's body is not read: only the status decides.
      await response.body?.cancel().catch(() => undefined)
      return outcomeOfStatus(response.status, response.statusText, url.origin)
    } catch (error) {
      return networkOutcome(error, url.origin, this.#timeoutMs)
    }
  }
}

/** The URL to post to, or `null` when it is not http(s) or carries a user or password. */
function webhookUrl(address: string): URL | null {
  if (!URL.canParse(address)) return null
  const url = new URL(address)
  const web = url.protocol === 'https:' || url.protocol === 'http:'
  return web && url.username === '' && url.password === '' ? url : null
}

function outcomeOfStatus(status: number, statusText: string, origin: string): SendOutcome {
  if (status >= 200 && status < 300) return DELIVERED
  const answer = `${origin} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`
  if (status >= 300 && status < 400) {
    return permanent(`${answer}: redirects are not followed; change the channel's URL`)
  }
  if (status === 408 || status === 429 || status >= 500) return retryable(answer)
  return permanent(answer)
}

function networkOutcome(error: unknown, origin: string, timeoutMs: number): SendOutcome {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return retryable(`${origin} did not answer within ${timeoutMs} ms`)
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined
  const code = typeof cause?.code === 'string' ? cause.code : null
  const detail = code ?? (error instanceof Error ? error.message : String(error))
  return retryable(`could not reach ${origin}: ${detail}`)
}
