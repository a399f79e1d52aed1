import type { ReminderChannelAddress, SendOutcome } from '@chidao/app'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReminderWebhookPayload } from '../src/webhook-payload.js'
import { WebhookSender } from '../src/webhook-sender.js'
import { MISSING_REPORT, OVERDUE_TASK, reminderMessage } from './reminder-fixture.js'
import { closedPort, startReceiver, type WebhookReceiver } from './webhook-receiver.js'

// 32 random bytes, as chidao generates a channel's secret.
const SECRET = 'whsec_C2FJdTRbgqkMvS7bJ0PiQYlw2GHgfjxDzexm4TBhB0E='
// A path that carries a token, as many webhook URLs do: it must not show in a reason either.
const TOKEN_PATH = '/hooks/T0KEN-in-the-path?key=also-secret'

function channel(address: string, secret: string | null = SECRET): ReminderChannelAddress {
  return { id: 'ch-1', kind: 'WEBHOOK', address, secret }
}

function expectNoSecret(outcome: SendOutcome): void {
  const text = JSON.stringify(outcome)
  for (const secret of [SECRET, SECRET.slice('whsec_'.length), 'T0KEN', 'also-secret']) {
    expect(text).not.toContain(secret)
  }
}

describe('WebhookSender', () => {
  const status = { code: 204 }
  let receiver: WebhookReceiver
  beforeAll(async () => {
    receiver = await startReceiver((request, response) => {
      const code = request.path.startsWith('/status/') ? Number(request.path.slice(8)) : status.code
      if (code >= 300 && code < 400) response.setHeader('location', `${receiver.url}/moved`)
      response.writeHead(code).end('answer body, never read')
    })
  })
  afterAll(() => receiver.close())

  it('posts the message as JSON signed so that the reference library verifies it', async () => {
    const message = reminderMessage([OVERDUE_TASK, MISSING_REPORT])
    const outcome = await new WebhookSender().send(channel(`${receiver.url}/chidao`), message)
    expect(outcome).toEqual({ delivered: true })
    const request = receiver.received.at(-1)!
    expect(request.method).toBe('POST')
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(request.headers['webhook-id']).toBe(message.id)
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    const headers = {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    }
    const payload = new Webhook(SECRET).verify(request.body, headers) as ReminderWebhookPayload
    expect(payload.type).toBe('reminder.digest')
    expect(payload.timestamp).toBe('2026-12-07T00:00:00+07:00')
    expect(payload.data).toMatchObject(JSON.parse(JSON.stringify(message)))
    expect(payload.data.subject).toContain('Nhắc việc: 2 việc cần đôn đốc')
    expect(payload.data.text).toContain('Kính gửi: Sở Tư pháp')
    expect(() =>
      new Webhook('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').verify(request.body, headers),
    ).toThrow()
  })

  it('sends the same id and body on every attempt, and signs each attempt at its own time', async () => {
    const message = reminderMessage([OVERDUE_TASK])
    const times = [new Date('2026-12-07T01:00:00Z'), new Date('2026-12-07T01:05:00Z')]
    for (const time of times) {
      await new WebhookSender({ now: () => time }).send(channel(receiver.url), message)
    }
    const [first, second] = receiver.received.slice(-2)
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id'])
    expect(second!.body).toBe(first!.body)
    expect(JSON.parse(first!.body).type).toBe('reminder.raised')
    expect([first!.headers['webhook-timestamp'], second!.headers['webhook-timestamp']]).toEqual(
      times.map((t) => String(t.getTime() / 1000)),
    )
  })

  // The answers by what they make of the attempt: delivered, worth retrying, or final.
  const outcomes: readonly (readonly [readonly number[], object])[] = [
    [[200, 202], { delivered: true }],
    [[408, 429, 500, 502, 503], { permanent: false }],
    [[301, 307, 400, 401, 404, 410], { permanent: true }],
  ]
  it.each(outcomes.flatMap(([codes, expected]) => codes.map((code) => [code, expected] as const)))(
    'answered %i, the attempt is %o',
    async (code, expected) => {
      const outcome = await new WebhookSender().send(
        channel(`${receiver.url}/status/${code}`),
        reminderMessage([OVERDUE_TASK]),
      )
      expect(outcome).toMatchObject(expected)
      if (!outcome.delivered) expect(outcome.reason).toContain(`HTTP ${code}`)
      expectNoSecret(outcome)
    },
  )

  it('follows no redirect', async () => {
    const before = receiver.received.length
    const outcome = await new WebhookSender().send(
      channel(`${receiver.url}/status/302`),
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent: true })
    expect(outcome.delivered || outcome.reason).toMatch(/redirects are not followed/)
    expect(receiver.received.length).toBe(before + 1)
  })

  it('names the origin only, never the path, the query or the secret', async () => {
    status.code = 500
    const outcome = await new WebhookSender().send(
      channel(`${receiver.url}${TOKEN_PATH}`),
      reminderMessage([OVERDUE_TASK]),
    )
    status.code = 204
    expect(outcome).toEqual({
      delivered: false,
      permanent: false,
      reason: `${receiver.url} answered HTTP 500 Internal Server Error`,
    })
  })

  it('retries when nothing listens', async () => {
    const port = await closedPort()
    const outcome = await new WebhookSender().send(
      channel(`http://127.0.0.1:${port}${TOKEN_PATH}`),
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent: false })
    expect(outcome.delivered || outcome.reason).toContain(
      `could not reach http://127.0.0.1:${port}`,
    )
    expectNoSecret(outcome)
  })

  it('retries when the receiver does not answer in time', async () => {
    // A receiver that takes the request and never answers: the time limit is what ends it.
    const silent = await startReceiver(() => undefined)
    try {
      const outcome = await new WebhookSender({ timeoutMs: 500 }).send(
        channel(silent.url),
        reminderMessage([OVERDUE_TASK]),
      )
      expect(outcome).toEqual({
        delivered: false,
        permanent: false,
        reason: `${silent.url} did not answer within 500 ms`,
      })
    } finally {
      await silent.close()
    }
  })

  it.each([
    ['not a URL', 'hooks.example.org/chidao', SECRET, /not an http or https URL/],
    ['another scheme', 'ftp://hooks.example.org/chidao', SECRET, /not an http or https URL/],
    ['a user and password', 'https://u:p4ss@hooks.example.org/', SECRET, /without user/],
    ['no secret', 'https://hooks.example.org/', null, /no signing secret/],
    ['a secret not base64', 'https://hooks.example.org/', 'whsec_T0KEN%%%also-secret', /whsec_/],
  ])('fails for good on a channel with %s, before sending', async (_, address, secret, reason) => {
    const outcome = await new WebhookSender().send(
      channel(address, secret),
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent: true })
    expect(outcome.delivered || outcome.reason).toMatch(reason)
    expectNoSecret(outcome)
    expect(JSON.stringify(outcome)).not.toContain('p4ss')
  })

  it('refuses an e-mail channel', async () => {
    const outcome = await new WebhookSender().send(
      { id: 'ch-2', kind: 'EMAIL', address: 'a@b.vn', secret: null },
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent: true })
  })
})
