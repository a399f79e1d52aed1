import type { OutgoingReminder, OutgoingReminderMessage } from '@chidao/app'
import {
  escapeHtml,
  formatVietnameseDate,
  type Label,
  REMINDER_KIND_LABELS,
  REMINDER_KINDS,
  type ReminderKind,
  reportingPeriodLabel,
  reportingPeriodOfKey,
  SECRECY_LABELS,
} from '@chidao/domain'

/**
 * A reminder message as people read it, the same words on every channel: the e-mail's subject
 * and bodies, and the webhook payload's `subject` and `text`.
 *
 * @example
 * ```ts
 * const { subject, text, html } = renderReminderMessage(message)
 * ```
 */
export interface ReminderMessageText {
  /** One line: `[chidao] Nhắc việc: … — ngày 07 tháng 12 năm 2026`. */
  readonly subject: string
  /** Plain text, in Vietnamese with one English line. */
  readonly text: string
  /** The same as simple HTML (a list, no images, no styles fetched). */
  readonly html: string
}

/** What one reminder says, in parts both bodies lay out. */
interface ReminderLine {
  readonly kind: Label
  readonly about: string
  readonly owner: string
  readonly due: string
  readonly delay: string
}

/** Longest "what it is about" in a single reminder's subject line, in characters. */
const SUBJECT_ABOUT_MAX = 90

/**
 * Writes a reminder message in Vietnamese, as an office reads it: the day as on a signing line
 * (`ngày 07 tháng 12 năm 2026`), every reminder with its kind (the domain's
 * {@link REMINDER_KIND_LABELS}), what it is about (a task's reference and title, or a report's
 * period and directive), the organisation that owes it, the due day (`ngày 30/11/2026`) and how
 * late it is; then one English line. A secret message bears its mark (`MẬT`, `TỐI MẬT`,
 * `TUYỆT MẬT`) in the subject and at the top. Every text is NFC, and the record fields are
 * put on one line each, so a title cannot add a header or a line of its own.
 *
 * @example
 * ```ts
 * renderReminderMessage(digest).subject
 * // '[chidao] Nhắc việc: 3 việc cần đôn đốc (Quá hạn chưa hoàn thành: 2; Chưa báo cáo: 1) — ngày 07 tháng 12 năm 2026'
 * ```
 */
export function renderReminderMessage(message: OutgoingReminderMessage): ReminderMessageText {
  const lines = message.reminders.map(reminderLine)
  const day = formatVietnameseDate(message.deliverOn, 'long')
  const mark = secrecyMark(message)
  const counts = kindCounts(message.reminders)
  const first = lines[0]
  const what =
    message.digest || first === undefined
      ? `${lines.length} việc cần đôn đốc (${counts.vi})`
      : `${first.kind.vi} — ${shorten(first.about, SUBJECT_ABOUT_MAX)}`
  const subject = `[chidao]${mark ? ` [${mark}]` : ''} Nhắc việc: ${what} — ${day}`
  const intro = `Hệ thống chidao nhắc việc ${day}: ${lines.length} việc cần đôn đốc.`
  const english =
    `English: chidao reminders for ${message.deliverOn} — ${lines.length} ` +
    `${lines.length === 1 ? 'item' : 'items'} (${counts.en}).`
  const footer = `Thư gửi tự động, xin không trả lời. Mã thư: ${oneLine(message.id)}`
  const greeting = `Kính gửi: ${oneLine(message.recipient.name)}`
  const text = [
    ...(mark ? [mark, ''] : []),
    greeting,
    '',
    intro,
    '',
    ...lines.flatMap((l, i) => [
      `${i + 1}. ${l.kind.vi} — ${l.about}`,
      `   ${l.owner} · Hạn: ${l.due} · ${l.delay}`,
    ]),
    '',
    english,
    '',
    footer,
    '',
  ].join('\n')
  const html = [
    '<!doctype html>',
    `<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...(mark ? [`<p><strong>${escapeHtml(mark)}</strong></p>`] : []),
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ol>',
    ...lines.map(
      (l) =>
        `<li><strong>${escapeHtml(l.kind.vi)}</strong> — ${escapeHtml(l.about)}<br>` +
        `${escapeHtml(l.owner)} · Hạn: ${escapeHtml(l.due)} · ${escapeHtml(l.delay)}</li>`,
    ),
    '</ol>',
    `<p lang="en">${escapeHtml(english)}</p>`,
    `<p><small>${escapeHtml(footer)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n')
  return Object.freeze({
    subject: subject.normalize('NFC'),
    text: text.normalize('NFC'),
    html: html.normalize('NFC'),
  })
}

function reminderLine(r: OutgoingReminder): ReminderLine {
  const owner = `${oneLine(r.owner.name)} (${oneLine(r.owner.code)})`
  return {
    kind: REMINDER_KIND_LABELS[r.kind],
    about: aboutText(r),
    owner: `${r.subject.kind === 'TASK' ? 'Đơn vị thực hiện' : 'Đơn vị báo cáo'}: ${owner}`,
    due: formatVietnameseDate(r.dueOn),
    delay: delayText(r.daysFromDue),
  }
}

/** What a reminder is about: `Nhiệm vụ III.2 của 06-CTr/TU: …` or `Báo cáo Quý III/2026 …`. */
function aboutText(r: OutgoingReminder): string {
  const s = r.subject
  const symbol = oneLine(s.directiveSymbol)
  const task = [
    s.taskReference === null ? 'Nhiệm vụ' : `Nhiệm vụ ${oneLine(s.taskReference)}`,
    s.kind === 'TASK' ? ` của ${symbol}` : '',
    s.taskTitle === null ? '' : `: ${oneLine(s.taskTitle)}`,
  ].join('')
  if (s.kind === 'TASK') return task
  const report = `Báo cáo ${periodText(s.period)}theo ${symbol}`
  return s.taskId === null ? report : `${report} (${lowerFirst(task)})`
}

function periodText(period: string | null): string {
  if (period === null) return ''
  const known = reportingPeriodOfKey(period)
  return `${known === null ? oneLine(period) : reportingPeriodLabel(known).vi} `
}

function delayText(daysFromDue: number): string {
  if (daysFromDue < 0) return `còn ${-daysFromDue} ngày đến hạn`
  if (daysFromDue === 0) return 'đến hạn'
  return `quá hạn ${daysFromDue} ngày`
}

/** How many reminders of each kind, in the kinds' order: `Quá hạn chưa hoàn thành: 2; …`. */
function kindCounts(reminders: readonly OutgoingReminder[]): Label {
  const counts = new Map<ReminderKind, number>()
  for (const r of reminders) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1)
  const present = REMINDER_KINDS.filter((k) => counts.has(k))
  const joined = (lang: 'vi' | 'en') =>
    present.map((k) => `${REMINDER_KIND_LABELS[k][lang]}: ${counts.get(k)}`).join('; ')
  return { vi: joined('vi'), en: joined('en') }
}

function secrecyMark(message: OutgoingReminderMessage): string | null {
  return message.secrecy === 'PUBLIC' ? null : SECRECY_LABELS[message.secrecy].vi.toUpperCase()
}

/** A record's text on one line: no line breaks or control characters survive. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim()
}

function shorten(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
