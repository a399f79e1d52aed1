import { describe, expect, it } from 'vitest'
import { renderReminderMessage } from '../src/reminder-text.js'
import { DUE_SOON, MISSING_REPORT, OVERDUE_TASK, reminderMessage } from './reminder-fixture.js'

describe('renderReminderMessage', () => {
  it('words a digest in Vietnamese: the day as on a signing line, the kinds counted', () => {
    const text = renderReminderMessage(
      reminderMessage([OVERDUE_TASK, MISSING_REPORT, { ...OVERDUE_TASK, key: 'other' }]),
    )
    expect(text.subject).toBe(
      '[chidao] Nhắc việc: 3 việc cần đôn đốc (Quá hạn chưa hoàn thành: 2; Chưa báo cáo: 1) — ngày 07 tháng 12 năm 2026',
    )
  })

  it('lists every reminder with what it is about, who owes it, the due day and the delay', () => {
    const { text } = renderReminderMessage(
      reminderMessage([OVERDUE_TASK, MISSING_REPORT, DUE_SOON]),
    )
    expect(text).toContain('Kính gửi: Sở Tư pháp')
    expect(text).toContain(
      '1. Quá hạn chưa hoàn thành — Nhiệm vụ III.2 của 06-CTr/TU: Kiện toàn tổ chức Liên hiệp hội\n' +
        '   Đơn vị thực hiện: Sở Tư pháp (STP) · Hạn: ngày 30/11/2026 · quá hạn 7 ngày',
    )
    expect(text).toContain(
      '2. Chưa báo cáo — Báo cáo Quý III/2026 theo 93-KL/TW (nhiệm vụ 2: Tuyên truyền Kết luận 93-KL/TW)\n' +
        '   Đơn vị báo cáo: Sở Tư pháp (STP) · Hạn: ngày 15/10/2026 · quá hạn 53 ngày',
    )
    expect(text).toContain('Hạn: ngày 10/12/2026 · còn 3 ngày đến hạn')
    expect(text).toContain(
      'English: chidao reminders for 2026-12-07 — 3 items (Due soon: 1; Overdue: 1; Report missing: 1).',
    )
    expect(text).toContain('Mã thư: msg_digest-org-stp-2026-12-07')
  })

  it('names the one reminder of a single message in its subject', () => {
    const { subject } = renderReminderMessage(reminderMessage([OVERDUE_TASK]))
    expect(subject).toBe(
      '[chidao] Nhắc việc: Quá hạn chưa hoàn thành — Nhiệm vụ III.2 của 06-CTr/TU: Kiện toàn tổ chức Liên hiệp hội — ngày 07 tháng 12 năm 2026',
    )
  })

  it('marks a secret message in the subject and at the top', () => {
    const r = renderReminderMessage(reminderMessage([OVERDUE_TASK], { secrecy: 'TOI_MAT' }))
    expect(r.subject.startsWith('[chidao] [TỐI MẬT] Nhắc việc:')).toBe(true)
    expect(r.text.startsWith('TỐI MẬT\n')).toBe(true)
    expect(r.html).toContain('<p><strong>TỐI MẬT</strong></p>')
  })

  it('writes NFC whatever the records hold, and keeps a title on its own line', () => {
    const nfd = 'Kiện toàn\r\nBcc: x@y.vn <b>'.normalize('NFD')
    const r = renderReminderMessage(
      reminderMessage([{ ...OVERDUE_TASK, subject: { ...OVERDUE_TASK.subject, taskTitle: nfd } }]),
    )
    for (const part of [r.subject, r.text, r.html]) expect(part).toBe(part.normalize('NFC'))
    expect(r.subject).not.toMatch(/[\r\n]/)
    expect(r.subject).toContain('Kiện toàn Bcc: x@y.vn <b>')
    expect(r.html).toContain('Kiện toàn Bcc: x@y.vn &lt;b&gt;')
    expect(r.html).not.toContain('<b>')
  })

  it('shows a period key it cannot read as it is', () => {
    const odd = {
      ...MISSING_REPORT,
      subject: { ...MISSING_REPORT.subject, taskId: null, period: 'kỳ 7' },
    }
    const { text } = renderReminderMessage(reminderMessage([odd]))
    expect(text).toContain('Chưa báo cáo — Báo cáo kỳ 7 theo 93-KL/TW\n')
  })
})
