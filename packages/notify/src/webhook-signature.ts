import { Webhook } from 'standardwebhooks'

/**
 * The three headers of a Standard Webhooks request (https://www.standardwebhooks.com):
 * the message id (the same on every attempt, for the receiver to drop a repeat), the attempt's
 * time in Unix seconds, and `v1,<base64 HMAC-SHA256>` of `<id>.<timestamp>.<body>`.
 *
 * @example
 * ```ts
 * const h: WebhookHeaders = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,…' }
 * ```
 */
export interface WebhookHeaders {
  readonly 'webhook-id': string
  readonly 'webhook-timestamp': string
  readonly 'webhook-signature': string
}

/**
 * Signs a webhook body with a channel's `whsec_…` secret, by the maintained `standardwebhooks`
 * package, so that any Standard Webhooks library verifies it. Throws an `Error` when the secret
 * is not base64 or is empty; the error never contains the secret.
 *
 * @example
 * ```ts
 * signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek',
 *   new Date(1614265330 * 1000), '{"test": 2432232314}')['webhook-signature']
 * // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
 * ```
 */
export function signWebhook(
  secret: string,
  messageId: string,
  timestamp: Date,
  body: string,
): WebhookHeaders {
  let webhook: Webhook
  try {
    webhook = new Webhook(secret)
  } catch {
    throw new Error('The signing secret is not a whsec_ secret (base64, not empty)')
  }
  return Object.freeze({
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': webhook.sign(messageId, timestamp, body),
  })
}
