import { isoDate } from '../calendar/iso-date.js'
import { cadenceMonths } from '../calendar/reporting-period.js'
import { err, ok } from '../result.js'
import type { Deadline } from './deadline.js'
import type { DeadlineContext } from './deadline-context.js'
import { invalidDate } from './deadline-errors.js'
import { findCadence } from './read-cadence.js'
import type { Step } from './read-period.js'
import { type RecurringRule, readRuleClauses } from './read-rule-clauses.js'
import { unparsedDeadline } from './unparsed-deadline.js'

const FROM_YEAR = /^(?:bắt đầu )?từ năm (\d{4})(?: trở đi)?$/u
const DUE_DAY_OF_PERIOD =
  /(?:^|\s)tháng (?:(?:cuối|đầu) (?:quý|kỳ)|thứ \d (?:của |trong )?(?:quý|kỳ))(?=[\s,]|$)/u

/**
 * Reads a recurring deadline and its rule: the cadence ({@link findCadence}; a bare `từ năm
 * 2026` is yearly, a bare `ngày 15 tháng cuối quý` monthly unless a clause says otherwise), then
 * the clauses around it ({@link readRuleClauses}): fixed day, first period, end. Without a first
 * period, 1 January of the context year. `null` when the text names no cadence; unparsed with
 * the words left over when a clause is not understood; `INVALID_DATE` for an impossible day or
 * an end before the start. `s` is the normalised text without its leading words, `text` the
 * text as written.
 *
 * @example
 * ```ts
 * readRecurring('30/6 hằng năm', {}, 'Trước 30/6 hằng năm')
 * // ok: RECURRING, cadence 'YEARLY', dueDay { month: 6, day: 30 }
 * ```
 */
export function readRecurring(s: string, context: DeadlineContext, text: string): Step<Deadline> {
  let found = findCadence(s)
  if (found === null && FROM_YEAR.test(s)) found = { cadence: 'YEARLY', rest: s }
  if (found === null && DUE_DAY_OF_PERIOD.test(s)) found = { cadence: 'MONTHLY', rest: s }
  if (found === null) return null
  const explicit = found.rest === s ? null : found.cadence
  const rule: RecurringRule = {
    cadence: explicit,
    start: null,
    end: null,
    dueDay: null,
    impliedCadence: null,
  }
  const rest = readRuleClauses(found.rest, rule, context, text)
  if (!rest.ok) return rest
  if (rest.value !== '') return ok(unparsedDeadline(text, rest.value))
  const cadence = rule.cadence ?? rule.impliedCadence ?? found.cadence
  let dueDay = rule.dueDay
  if (dueDay !== null && dueDay.month === 0)
    dueDay = { month: cadenceMonths(cadence), day: dueDay.day }
  if (dueDay !== null && dueDay.month > cadenceMonths(cadence)) return ok(unparsedDeadline(text, s))
  if (rule.start === null && Number.isInteger(context.year)) {
    const year = context.year!
    const first = year >= 1000 && year <= 9999 ? isoDate(year, 1, 1) : null
    if (first !== null && (rule.end === null || rule.end >= first)) rule.start = first
  }
  if (rule.start !== null && rule.end !== null && rule.end < rule.start) {
    return err(invalidDate(text))
  }
  return ok(
    Object.freeze({
      kind: 'RECURRING',
      text,
      due: null,
      cadence,
      start: rule.start,
      dueDay: dueDay === null ? null : Object.freeze(dueDay),
      end: rule.end,
    }),
  )
}
