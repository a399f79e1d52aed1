import type { OutgoingReminderMessage, ReminderChannelAddress, ReminderSender } from '@chidao/app'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChannelSender, createReminderSender } from '../src/channel-sender.js'
import { OVERDUE_TASK, reminderMessage } from './reminder-fixture.js'
import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver.js'
import { startReceiver, type WebhookReceiver } from './webhook-receiver.js'

const WEBHOOK_SECRET = 'whsec_C2FJdTRbgqkMvS7bJ0PiQYlw2GHgfjxDzexm4TBhB0E='
const EMAIL: ReminderChannelAddress = {
  id: 'ch-mail',
  kind: 'EMAIL',
  address: 'vanphong@stp.tinh-abc.gov.vn',
  secret: null,
}

describe('createReminderSender', () => {
  let hooks: WebhookReceiver
  let smtp: SmtpReceiver
  beforeAll(async () => {
    hooks = await startReceiver((_, response) => response.writeHead(200).end())
    smtp = await startSmtpReceiver()
  })
  afterAll(async () => {
    await hooks.close()
    await smtp.close()
  })

  it('sends a webhook channel’s message by webhook and an e-mail channel’s by e-mail', async () => {
    const sender = createReminderSender({
      webhook: { timeoutMs: 30_000 },
      email: { url: `smtp://127.0.0.1:${smtp.port}`, from: 'chidao@tinh-abc.gov.vn' },
    })
    const message = reminderMessage([OVERDUE_TASK])
    const webhook = {
      id: 'ch-1',
      kind: 'WEBHOOK' as const,
      address: hooks.url,
      secret: WEBHOOK_SECRET,
    }
    expect(await sender.send(webhook, message)).toEqual({ delivered: true })
    expect(await sender.send(EMAIL, message)).toEqual({ delivered: true })
    sender.close()
    expect(hooks.received).toHaveLength(1)
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([[EMAIL.address]])
  })

  it('fails an e-mail channel for good when no SMTP server is configured', async () => {
    for (const sender of [createReminderSender(), createReminderSender({ email: null })]) {
      expect(await sender.send(EMAIL, reminderMessage([OVERDUE_TASK]))).toEqual({
        delivered: false,
        permanent: true,
        reason: 'e-mail is not configured',
      })
    }
  })

  it('takes senders made elsewhere, and closes what they hold', async () => {
    const calls: string[] = []
    const recording = (name: string): ReminderSender & { close(): void } => ({
      send: async (channel: ReminderChannelAddress, _message: OutgoingReminderMessage) => {
        calls.push(`${name}:${channel.id}`)
        return { delivered: true }
      },
      close: () => calls.push(`${name}:closed`),
    })
    const sender = new ChannelSender({ webhook: recording('webhook'), email: recording('email') })
    const message = reminderMessage([OVERDUE_TASK])
    await sender.send({ id: 'w', kind: 'WEBHOOK', address: 'https://x.vn', secret: null }, message)
    await sender.send(EMAIL, message)
    sender.close()
    expect(calls).toEqual(['webhook:w', 'email:ch-mail', 'webhook:closed', 'email:closed'])
  })

  it('fails for good on a channel kind it does not know', async () => {
    const odd = { ...EMAIL, kind: 'SMS' } as unknown as ReminderChannelAddress
    expect(await createReminderSender().send(odd, reminderMessage([OVERDUE_TASK]))).toMatchObject({
      delivered: false,
      permanent: true,
    })
  })
})
