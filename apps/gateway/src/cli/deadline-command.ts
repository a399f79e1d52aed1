import {
  DEADLINE_KIND_LABELS,
  type Deadline,
  deadlineWarnings,
  dueDatesBetween,
  formatDeadline,
  type IsoDate,
  isIsoDate,
  isoDate,
  parseDeadline,
  RECURRENCE_CADENCE_LABELS,
} from '@chidao/domain'
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { prose } from './help-text.js'

/** How many due dates are shown when no `--to` is given. */
const NEXT_DUE_DATES = 6
const MAX_DUE_DATES = 400

function yearOption(text: string): number {
  const year = Number(text)
  if (!/^\d{4}$/.test(text) || year < 1000) {
    throw new InvalidArgumentError('Write a year of four digits, like 2026.')
  }
  return year
}

/** A day written as ISO (2026-06-30) or as offices write it (30/6/2026). */
function dayOption(text: string): IsoDate {
  const trimmed = text.trim()
  if (isIsoDate(trimmed)) return trimmed
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed)
  const day = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null
  if (day === null) throw new InvalidArgumentError('Write a day like 30/6/2026 or 2026-06-30.')
  return day
}

function shownDay(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d}/${m}/${y}`
}

function ruleLines(deadline: Deadline): string[] {
  if (deadline.kind !== 'RECURRING') return []
  const cadence = RECURRENCE_CADENCE_LABELS[deadline.cadence]
  const dueDay = deadline.dueDay ?? null
  return [
    `Cadence: ${deadline.cadence} (${cadence.vi} / ${cadence.en})`,
    `Due in each period: ${
      dueDay === null
        ? "the period's last day"
        : `day ${dueDay.day} of month ${dueDay.month} of the period`
    }`,
    `First period: ${deadline.start === null ? 'not given' : `from ${shownDay(deadline.start)}`}`,
    `Last period: ${deadline.end == null ? 'none (no end)' : `up to ${shownDay(deadline.end)}`}`,
  ]
}

/**
 * The due dates to show: each period's in `--from`…`--to`, or else the next few from `--from`
 * (by default 1 January of `--year`, or today).
 */
function dueDateLines(deadline: Deadline, from: IsoDate, to: IsoDate | undefined): string[] {
  if (deadline.due === null && deadline.kind !== 'RECURRING') {
    return ['Due dates: none (no date until one is set; never counted overdue)']
  }
  const until = to ?? `${Math.min(Number(from.slice(0, 4)) + 30, 9999)}-12-31`
  const limit = to === undefined ? NEXT_DUE_DATES : MAX_DUE_DATES
  const dates = dueDatesBetween(deadline, from, until).slice(0, limit)
  const range = to === undefined ? `from ${shownDay(from)}` : `${shownDay(from)}–${shownDay(to)}`
  if (dates.length === 0) return [`Due dates (${range}): none`]
  return [`Due dates (${range}): ${dates.map((d) => `${shownDay(d)} (${d})`).join(', ')}`]
}

export const deadlineCommand: CommandBuilder = ({ stdout, stderr, fail }) =>
  new Command('deadline')
    .summary('show how a deadline text will be read, before importing it')
    .description(
      prose(`
Reads a deadline as a task's \`deadline:\` is read on import or in the API, and prints its kind,
its normalised wording, its rule when it recurs ("Trước 30/6 hằng năm", "trước ngày 15 tháng
cuối quý", "Năm 2026 và các năm tiếp theo"), its due dates and any warning. Touches no
database. Exit code 0 when the text is read, also when it is kept as written with a warning
(conditional or not understood); 1 when it names an impossible date (31/02/2025).`),
    )
    .argument('<text>', 'the deadline as written, in quotes')
    .addOption(
      new Option('--year <year>', "the document's year, for texts that give none").argParser(
        yearOption,
      ),
    )
    .addOption(
      new Option(
        '--from <day>',
        'first day of the due dates shown (default: 1/1 of --year, else today)',
      ).argParser(dayOption),
    )
    .addOption(
      new Option(
        '--to <day>',
        `last day of the due dates shown (default: the next ${NEXT_DUE_DATES})`,
      ).argParser(dayOption),
    )
    .action((text, options) => {
      const parsed = parseDeadline(text, options.year === undefined ? {} : { year: options.year })
      if (!parsed.ok) {
        const { code, message, messageVi } = parsed.error
        stderr.write(`[${code}] ${message} / ${messageVi}\n`)
        fail()
        return
      }
      const deadline = parsed.value
      const from =
        options.from ??
        (options.year === undefined
          ? new Date().toISOString().slice(0, 10)
          : `${options.year}-01-01`)
      if (options.to !== undefined && options.to < from) {
        stderr.write(
          `--to ${shownDay(options.to)} is before --from ${shownDay(from)} / --to trước --from\n`,
        )
        fail()
        return
      }
      const label = DEADLINE_KIND_LABELS[deadline.kind]
      const lines = [
        `Text: ${deadline.text}`,
        `Kind: ${deadline.kind} (${label.vi} / ${label.en})`,
        `Reads as: ${formatDeadline(deadline)}`,
        ...(deadline.due === null ? [] : [`Due: ${shownDay(deadline.due)} (${deadline.due})`]),
        ...ruleLines(deadline),
        ...dueDateLines(deadline, from, options.to),
        ...deadlineWarnings(deadline).map((w) => `Warning: ${w.messageVi} / ${w.message}`),
      ]
      stdout.write(`${lines.join('\n')}\n`)
    })
