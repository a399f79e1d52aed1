import type { ReminderChannelAddress, SendOutcome } from '@chidao/app'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EmailSender } from '../src/email-sender.js'
import { MISSING_REPORT, OVERDUE_TASK, reminderMessage } from './reminder-fixture.js'
import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver.js'
import { closedPort } from './webhook-receiver.js'

const FROM = 'chidao <chidao@tinh-abc.gov.vn>'
// The password has the characters a URL must percent-encode.
const PASSWORD = 'mat-khau:bi@mat'

function to(address: string): ReminderChannelAddress {
  return { id: 'ch-mail', kind: 'EMAIL', address, secret: null }
}

function expectNoPassword(outcome: SendOutcome): void {
  const text = JSON.stringify(outcome)
  expect(text).not.toContain(PASSWORD)
  expect(text).not.toContain(encodeURIComponent(PASSWORD))
}

describe('EmailSender', () => {
  let smtp: SmtpReceiver
  let sender: EmailSender
  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    sender = new EmailSender({
      url: `smtp://chidao:${encodeURIComponent(PASSWORD)}@127.0.0.1:${smtp.port}`,
      from: FROM,
    })
  })
  afterAll(async () => {
    sender.close()
    await smtp.close()
  })

  it('sends the digest in Vietnamese, as plain text and HTML, with a Message-ID from its id', async () => {
    const message = reminderMessage([OVERDUE_TASK, MISSING_REPORT], {
      id: 'digest|org-stp|2026-12-07',
    })
    const outcome = await sender.send(to('vanphong@stp.tinh-abc.gov.vn'), message)
    expect(outcome).toEqual({ delivered: true })
    const mail = smtp.received.at(-1)!
    expect(mail.envelopeTo).toEqual(['vanphong@stp.tinh-abc.gov.vn'])
    const { parsed } = mail
    expect(parsed.from?.value).toEqual([{ name: 'chidao', address: 'chidao@tinh-abc.gov.vn' }])
    expect(parsed.messageId).toBe('<digest=7Corg-stp=7C2026-12-07@tinh-abc.gov.vn>')
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
    expect(parsed.subject).toBe(
      '[chidao] Nhắc việc: 2 việc cần đôn đốc (Quá hạn chưa hoàn thành: 1; Chưa báo cáo: 1) — ngày 07 tháng 12 năm 2026',
    )
    const text = parsed.text ?? ''
    expect(text).toBe(text.normalize('NFC'))
    expect(text).toContain('Nhiệm vụ III.2 của 06-CTr/TU: Kiện toàn tổ chức Liên hiệp hội')
    expect(text).toContain('Báo cáo Quý III/2026 theo 93-KL/TW')
    expect(text).toContain('Hạn: ngày 30/11/2026 · quá hạn 7 ngày')
    expect(text).toContain('English: chidao reminders for 2026-12-07')
    const html = typeof parsed.html === 'string' ? parsed.html : ''
    expect(html).toBe(html.normalize('NFC'))
    expect(html).toContain('<li><strong>Chưa báo cáo</strong> — Báo cáo Quý III/2026 theo 93-KL/TW')
  })

  it('gives every attempt of one message the same Message-ID', async () => {
    const message = reminderMessage([OVERDUE_TASK], { id: 'msg_single-1' })
    await sender.send(to('a@stp.tinh-abc.gov.vn'), message)
    await sender.send(to('a@stp.tinh-abc.gov.vn'), message)
    const [first, second] = smtp.received.slice(-2)
    expect(first!.parsed.messageId).toBe('<msg_single-1@tinh-abc.gov.vn>')
    expect(second!.parsed.messageId).toBe(first!.parsed.messageId)
  })

  it.each([
    [
      'fails for good when the server rejects the recipient (5xx)',
      'reject',
      true,
      /^the SMTP server answered 550 5\.1\.1 No such mailbox$/,
    ],
    [
      'retries when the server defers the recipient (4xx)',
      'busy',
      false,
      /^the SMTP server answered 451 4\.2\.1 Mailbox busy, try later$/,
    ],
  ] as const)('%s', async (_, mailbox, permanent, reason) => {
    const outcome = await sender.send(
      to(`${mailbox}@stp.tinh-abc.gov.vn`),
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent })
    expect(outcome.delivered || outcome.reason).toMatch(reason)
    expectNoPassword(outcome)
  })

  it('retries when no server listens, and never shows the password', async () => {
    const port = await closedPort()
    const down = new EmailSender({
      url: `smtp://chidao:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`,
      from: FROM,
    })
    const outcome = await down.send(to('a@stp.tinh-abc.gov.vn'), reminderMessage([OVERDUE_TASK]))
    down.close()
    expect(outcome).toMatchObject({ delivered: false, permanent: false })
    expect(outcome.delivered || outcome.reason).toMatch(/ECONNREFUSED/)
    expectNoPassword(outcome)
  })

  it('fails for good when the login is refused (535), without quoting the password', async () => {
    const wrong = new EmailSender({
      url: `smtp://chidao:${encodeURIComponent('sai-mat-khau')}@127.0.0.1:${smtp.port}`,
      from: FROM,
    })
    const outcome = await wrong.send(to('a@stp.tinh-abc.gov.vn'), reminderMessage([OVERDUE_TASK]))
    wrong.close()
    expect(outcome).toMatchObject({ delivered: false, permanent: true })
    expect(outcome.delivered || outcome.reason).toMatch(
      /^the SMTP server answered 535 Authentication failed$/,
    )
    expect(JSON.stringify(outcome)).not.toContain('sai-mat-khau')
  })

  it('fails for good on an address that is not one mailbox, before connecting', async () => {
    const before = smtp.received.length
    for (const address of ['not an address', 'a@b.vn, c@d.vn', '']) {
      const outcome = await sender.send(to(address), reminderMessage([OVERDUE_TASK]))
      expect(outcome).toMatchObject({ delivered: false, permanent: true })
    }
    expect(smtp.received.length).toBe(before)
  })

  it('refuses a webhook channel', async () => {
    const outcome = await sender.send(
      { id: 'ch-1', kind: 'WEBHOOK', address: 'https://x.vn/', secret: 'whsec_AAAA' },
      reminderMessage([OVERDUE_TASK]),
    )
    expect(outcome).toMatchObject({ delivered: false, permanent: true })
  })

  it('refuses a configuration that is not SMTP, without quoting it', () => {
    expect(() => new EmailSender({ url: 'https://u:p4ss@mail.vn', from: FROM })).toThrow(
      /smtp:\/\/host:port or smtps:\/\/host:port$/,
    )
    expect(() => new EmailSender({ url: 'smtp://mail.vn', from: 'two@a.vn, b@c.vn' })).toThrow(
      /From address/,
    )
  })
})
