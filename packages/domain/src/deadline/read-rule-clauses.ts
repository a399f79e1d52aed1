import { daysInMonth, type IsoDate } from '../calendar/iso-date.js'
import { cadenceMonths, type DueDay } from '../calendar/reporting-period.js'
import { err, ok, type Result } from '../result.js'
import type { RecurrenceCadence } from './deadline.js'
import type { DeadlineContext } from './deadline-context.js'
import { invalidDate } from './deadline-errors.js'
import { stripDeadlinePrefixes } from './deadline-text.js'
import { UNIT_CADENCE } from './read-cadence.js'
import { firstDay, lastDay, readPeriod } from './read-period.js'

/** A recurring rule being read, clause by clause: what the clauses said so far. */
export interface RecurringRule {
  cadence: RecurrenceCadence | null
  start: IsoDate | null
  end: IsoDate | null
  dueDay: DueDay | null
  /** A due day written as "ngày 15 tháng cuối quý": its cadence, when the text names no other. */
  impliedCadence: RecurrenceCadence | null
}

const PERIOD_TEXT = String.raw`((?:ngày |tháng |quý |năm )?[0-9ivx]+(?:\s*[/\-.–]\s*\d{1,4}){0,2}(?: năm \d{4})?)(?=[\s,]|$)`
const START_CLAUSE = new RegExp(`^(?:bắt đầu )?từ ${PERIOD_TEXT}`, 'u')
const END_CLAUSE = new RegExp(
  `^(?:cho )?(?:đến|tới|kéo dài đến)(?: hết)?(?: ngày)? ${PERIOD_TEXT}`,
  'u',
)
const DUE_CLAUSE =
  /^(?:(?:trước|chậm nhất(?: là)?|muộn nhất|vào|hạn|báo cáo|hoàn thành|trong) )*(?:ngày )?(\d{1,2})(?:\s*\/\s*(\d{1,2}))?(?: tháng (?:(cuối|đầu) (quý|năm|kỳ)|thứ (\d) (?:của |trong )?(quý|năm|kỳ)))?(?=[\s,]|$)/u
const BARE_CLAUSE = new RegExp(`^${PERIOD_TEXT}`, 'u')
const FILLER =
  /^(?:[,;]\s*|và |báo cáo |thực hiện |hoàn thành |gửi |định kỳ |(?:một|1) lần(?=[\s,]|$))/u

/** Reads a due-day clause into the rule; an impossible day is an error, a misfit leftover. */
function readDueClause(m: RegExpExecArray, rule: RecurringRule, original: string): Result<boolean> {
  const day = Number(m[1])
  const writtenMonth = m[2] === undefined ? null : Number(m[2])
  const unit = m[4] ?? m[6]
  if (unit !== undefined) {
    const cadence = UNIT_CADENCE[unit]!
    const months = cadenceMonths(cadence)
    const month = m[3] === 'đầu' ? 1 : m[3] === 'cuối' ? months : Number(m[5])
    if (writtenMonth !== null || month < 1 || month > months) return ok(false)
    if (day < 1 || day > 31) return err(invalidDate(original))
    rule.impliedCadence = cadence
    rule.dueDay = { month, day }
    return ok(true)
  }
  if (writtenMonth !== null) {
    if (writtenMonth < 1 || writtenMonth > 12 || day < 1 || day > daysInMonth(2024, writtenMonth)) {
      return err(invalidDate(original))
    }
    rule.impliedCadence = 'YEARLY'
    rule.dueDay = { month: writtenMonth, day }
    return ok(true)
  }
  if (day < 1 || day > 31) return err(invalidDate(original))
  rule.dueDay = { month: 0, day }
  return ok(true)
}

/**
 * Reads the clauses of a recurring rule around its cadence phrase, into `rule`: `từ …` (first period),
 * `đến hết …` (last period), `trước ngày 15`, `30/6`, `ngày 15 tháng cuối quý` (due day), a bare
 * period with a year (first period). Returns the words it could not read, or `''`.
 *
 * @example
 * ```ts
 * readRuleClauses('từ năm 2026 đến hết năm 2030', rule, {}, text) // ok(''), rule.start '2026-01-01'
 * ```
 */
export function readRuleClauses(
  text: string,
  rule: RecurringRule,
  context: DeadlineContext,
  original: string,
): Result<string> {
  let rest = text.trim()
  for (let i = 0; i < 12 && rest !== ''; i++) {
    const filler = FILLER.exec(rest)
    if (filler) {
      rest = rest.slice(filler[0].length).trim()
      continue
    }
    let m = START_CLAUSE.exec(rest) ?? END_CLAUSE.exec(rest)
    if (m) {
      const period = readPeriod(stripDeadlinePrefixes(m[1]!), context, original)
      if (period === null) return ok(rest)
      if (!period.ok) return period
      if (rest.startsWith('từ') || rest.startsWith('bắt đầu')) rule.start = firstDay(period.value)
      else rule.end = lastDay(period.value)
      rest = rest.slice(m[0].length).trim()
      continue
    }
    m = DUE_CLAUSE.exec(rest)
    if (m && m[0].trim() !== '') {
      const read = readDueClause(m, rule, original)
      if (!read.ok) return read
      if (!read.value) return ok(rest)
      rest = rest.slice(m[0].length).trim()
      continue
    }
    m = BARE_CLAUSE.exec(rest)
    if (m) {
      const period = readPeriod(m[1]!, context, original)
      if (period === null || !period.ok || period.value.kind === 'DATE') {
        return period !== null && !period.ok ? period : ok(rest)
      }
      rule.start = firstDay(period.value)
      rest = rest.slice(m[0].length).trim()
      continue
    }
    return ok(rest)
  }
  return ok(rest)
}
