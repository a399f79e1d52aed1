import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { signWebhook } from '../src/webhook-signature.js'

// The Standard Webhooks test vector: the JavaScript reference library's test "sign function
// works" (github.com/standard-webhooks/standard-webhooks, libraries/javascript/src/
// webhook.test.ts), the same values as the Svix documentation's manual verification example.
// The specification (spec/standard-webhooks.md, "Signature scheme") defines what is signed:
// `{msg_id}.{timestamp}.{payload}`, HMAC-SHA256 with the base64-decoded `whsec_` secret,
// written `v1,<base64>`.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}

describe('signWebhook', () => {
  it('reproduces the Standard Webhooks test vector', () => {
    const headers = signWebhook(
      VECTOR.secret,
      VECTOR.id,
      new Date(VECTOR.timestamp * 1000),
      VECTOR.payload,
    )
    expect(headers).toEqual({
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': VECTOR.signature,
    })
  })

  it('signs what a receiver verifies with the reference library', () => {
    const body = '{"type":"reminder.raised","data":{"tên":"Sở Tư pháp"}}'
    const headers = signWebhook(VECTOR.secret, 'msg_1', new Date(), body)
    expect(new Webhook(VECTOR.secret).verify(body, { ...headers })).toEqual(JSON.parse(body))
  })

  it('refuses a secret that is not base64, without quoting it', () => {
    const secret = 'whsec_not base64 at all!'
    expect(() => signWebhook(secret, 'msg_1', new Date(), '{}')).toThrow(/not a whsec_ secret/)
    try {
      signWebhook(secret, 'msg_1', new Date(), '{}')
    } catch (error) {
      expect(String(error)).not.toContain('not base64 at all')
    }
  })
})
