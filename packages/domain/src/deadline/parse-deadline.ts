import {
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  type IsoDate,
  isoDate,
} from '../calendar/iso-date.js'
import { cadenceMonths, type DueDay } from '../calendar/reporting-period.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { cleanText } from '../text/nfc.js'
import type { Deadline, RecurrenceCadence, UnparsedReason } from './deadline.js'

/**
 * What {@link parseDeadline} may know beyond the text: the year of the plan it sits in.
 *
 * @example
 * ```ts
 * parseDeadline('trước ngày 31/8', { year: 2025 }) // due '2025-08-31'
 * ```
 */
export interface DeadlineContext {
  /** The year that deadlines written without one (`trước ngày 31/8`, `tháng 6`) fall in. */
  readonly year?: number
}

/**
 * The error codes {@link parseDeadline} returns.
 *
 * @example
 * ```ts
 * DEADLINE_ERROR_CODES.includes(result.error.code)
 * ```
 */
export const DEADLINE_ERROR_CODES = ['INVALID_DEADLINE', 'INVALID_DATE', 'MISSING_YEAR'] as const

const MAX_SHOWN = 80

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function invalidDeadline(text: string): DomainError {
  return domainError(
    'INVALID_DEADLINE',
    {
      en: `Not a deadline: "${shown(text)}"`,
      vi: `Không nhận dạng được thời hạn: "${shown(text)}"`,
    },
    [],
    text,
  )
}

function invalidDate(text: string): DomainError {
  return domainError(
    'INVALID_DATE',
    {
      en: `The deadline "${shown(text)}" names a day or period that does not exist`,
      vi: `Thời hạn "${shown(text)}" ghi ngày hoặc kỳ không có thật`,
    },
    [],
    text,
  )
}

function missingYear(text: string): DomainError {
  return domainError(
    'MISSING_YEAR',
    {
      en: `The deadline "${shown(text)}" gives no year, and no context year was given`,
      vi: `Thời hạn "${shown(text)}" không ghi năm và không có năm của văn bản để suy ra`,
    },
    ['context', 'year'],
    text,
  )
}

/** A point or period read from text, before it becomes a deadline or a recurrence start. */
type Period =
  | { readonly kind: 'DATE'; readonly due: IsoDate }
  | {
      readonly kind: 'MONTH'
      readonly year: number
      readonly month: number
      readonly firstMonth: number
    }
  | { readonly kind: 'QUARTER'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'YEAR'; readonly year: number }

type Step<T> = Result<T> | null

const SEP = String.raw`\s*[/\-.–]\s*`
const YEAR_TAIL = String.raw`(?:${SEP}(\d{4})|,? năm (\d{4}))?`

const NUMERIC_DATE = new RegExp(
  String.raw`^(?:ngày )?(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}))?$`,
  'u',
)
const WORDED_DATE = new RegExp(String.raw`^(?:ngày )?(\d{1,2}),? tháng (\d{1,2})${YEAR_TAIL}$`, 'u')
const MONTH = new RegExp(String.raw`^tháng (\d{1,2})${YEAR_TAIL}$`, 'u')
const BARE_MONTH = /^(\d{1,2})\s*\/\s*(\d{4})$/u
const QUARTER = new RegExp(String.raw`^quý (\d{1,2}|iv|v|i{1,3})${YEAR_TAIL}$`, 'u')
const YEAR = /^(?:năm )?(\d{4})$/u
const PART_OF_YEAR = /^(\d{1,2}) tháng (đầu|cuối) năm(?:\s*\/?\s*(\d{4}))?$/u
const MONTH_RANGE = new RegExp(
  String.raw`^từ tháng (\d{1,2}) (?:đến|tới|-|–) tháng (\d{1,2})${YEAR_TAIL}$`,
  'u',
)
const ONGOING = /^(?:thường xuyên|liên tục)(?:,? (?:liên tục|thường xuyên))?$/u

const PREFIX =
  /^(?:chậm nhất(?: là)?|muộn nhất(?: là)?|hoàn thành|hoàn thiện|thực hiện|triển khai|tổ chức|báo cáo|xong|trước|trong|vào|đến|tới|hết|cuối|hạn chót|thời hạn|thời gian|hạn|là)(?=[\s:,]|$)[\s:,]*|^[:,\-–]\s*/u

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 }

/** Lower case, spelling variants folded, so that one grammar reads every form. */
function normalise(clean: string): string {
  return clean
    .toLowerCase()
    .replace(/[.;,:]+$/u, '')
    .replace(/qu[íý]|qúy/gu, 'quý')
    .replace(/\bhàng (?=tháng|quý|năm)/gu, 'hằng ')
    .replace(/định kì/gu, 'định kỳ')
    .replace(/\s+/gu, ' ')
    .trim()
}

function stripPrefixes(text: string): string {
  let rest = text
  for (let i = 0; i < 10; i++) {
    const next = rest.replace(PREFIX, '')
    if (next === rest) break
    rest = next
  }
  return rest
}

function yearOf(
  written: string | undefined,
  alternative: string | undefined,
  context: DeadlineContext,
  original: string,
): Result<number> {
  const text = written ?? alternative
  if (text !== undefined) {
    const year = Number(text)
    return year < 1000 ? err(invalidDate(original)) : ok(year)
  }
  const year = context.year
  if (year === undefined || year === null) return err(missingYear(original))
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return err(invalidDate(original))
  return ok(year)
}

function readPeriod(s: string, context: DeadlineContext, original: string): Step<Period> {
  let m = NUMERIC_DATE.exec(s) ?? WORDED_DATE.exec(s)
  if (m) {
    const year = yearOf(m[3], m[4], context, original)
    if (!year.ok) return year
    const due = isoDate(year.value, Number(m[2]), Number(m[1]))
    return due === null ? err(invalidDate(original)) : ok({ kind: 'DATE', due })
  }
  m = MONTH.exec(s)
  const bare = m ? null : BARE_MONTH.exec(s)
  if (m || bare) {
    const month = Number((m ?? bare)![1])
    const year = yearOf(m ? m[2] : bare![2], m?.[3], context, original)
    if (!year.ok) return year
    if (month < 1 || month > 12) return err(invalidDate(original))
    return ok({ kind: 'MONTH', year: year.value, month, firstMonth: month })
  }
  m = QUARTER.exec(s)
  if (m) {
    const written = m[1]!
    const quarter = ROMAN[written] ?? Number(written)
    const year = yearOf(m[2], m[3], context, original)
    if (!year.ok) return year
    if (quarter < 1 || quarter > 4) return err(invalidDate(original))
    return ok({ kind: 'QUARTER', year: year.value, quarter })
  }
  m = PART_OF_YEAR.exec(s)
  if (m) {
    const months = Number(m[1])
    const year = yearOf(m[3], undefined, context, original)
    if (!year.ok) return year
    if (months < 1 || months > 12) return err(invalidDate(original))
    return m[2] === 'đầu'
      ? ok({ kind: 'MONTH', year: year.value, month: months, firstMonth: 1 })
      : ok({ kind: 'MONTH', year: year.value, month: 12, firstMonth: 13 - months })
  }
  m = MONTH_RANGE.exec(s)
  if (m) {
    const firstMonth = Number(m[1])
    const month = Number(m[2])
    const year = yearOf(m[3], m[4], context, original)
    if (!year.ok) return year
    if (firstMonth < 1 || month > 12 || firstMonth > month) return err(invalidDate(original))
    return ok({ kind: 'MONTH', year: year.value, month, firstMonth })
  }
  if (s === 'năm' || s === 'năm nay') {
    const year = yearOf(undefined, undefined, context, original)
    return year.ok ? ok({ kind: 'YEAR', year: year.value }) : year
  }
  m = YEAR.exec(s)
  if (m) {
    const year = yearOf(m[1], undefined, context, original)
    return year.ok ? ok({ kind: 'YEAR', year: year.value }) : year
  }
  return null
}

function toDeadline(period: Period, text: string): Result<Deadline> {
  switch (period.kind) {
    case 'DATE':
      return ok(Object.freeze({ kind: 'DATE', text, due: period.due }))
    case 'MONTH': {
      const { year, month, firstMonth } = period
      const due = endOfMonth(year, month)
      return ok(Object.freeze({ kind: 'MONTH', text, due, year, month, firstMonth }))
    }
    case 'QUARTER': {
      const { year, quarter } = period
      return ok(
        Object.freeze({ kind: 'QUARTER', text, due: endOfQuarter(year, quarter), year, quarter }),
      )
    }
    case 'YEAR':
      return ok(
        Object.freeze({ kind: 'YEAR', text, due: `${period.year}-12-31`, year: period.year }),
      )
  }
}

function firstDay(period: Period): IsoDate {
  switch (period.kind) {
    case 'DATE':
      return period.due
    case 'MONTH':
      return isoDate(period.year, period.firstMonth, 1)!
    case 'QUARTER':
      return isoDate(period.year, period.quarter * 3 - 2, 1)!
    case 'YEAR':
      return isoDate(period.year, 1, 1)!
  }
}

function lastDay(period: Period): IsoDate {
  switch (period.kind) {
    case 'DATE':
      return period.due
    case 'MONTH':
      return endOfMonth(period.year, period.month)
    case 'QUARTER':
      return endOfQuarter(period.year, period.quarter)
    case 'YEAR':
      return `${period.year}-12-31`
  }
}

function unparsed(
  text: string,
  unread: string,
  reason: UnparsedReason = 'NOT_UNDERSTOOD',
): Deadline {
  return Object.freeze({ kind: 'UNPARSED', text, due: null, unread, reason })
}

/** A recurring rule being read, clause by clause. */
interface Rule {
  cadence: RecurrenceCadence | null
  start: IsoDate | null
  end: IsoDate | null
  dueDay: DueDay | null
  /** A due day written as "ngày 15 tháng cuối quý": its cadence, when the text names no other. */
  impliedCadence: RecurrenceCadence | null
}

const UNIT_CADENCE: Readonly<Record<string, RecurrenceCadence>> = {
  tháng: 'MONTHLY',
  quý: 'QUARTERLY',
  kỳ: 'HALF_YEARLY',
  năm: 'YEARLY',
}
const MONTHS_CADENCE: Readonly<Record<number, RecurrenceCadence>> = {
  1: 'MONTHLY',
  3: 'QUARTERLY',
  6: 'HALF_YEARLY',
  12: 'YEARLY',
}

/** The phrases that name a cadence, wherever they stand in the text. */
const CADENCE_PHRASES: readonly [RegExp, (m: RegExpExecArray) => RecurrenceCadence | undefined][] =
  [
    [/(?:định kỳ )?(?:hằng|mỗi) (tháng|quý|năm)(?=[\s,]|$)/u, (m) => UNIT_CADENCE[m[1]!]],
    [
      /định kỳ (\d{1,2}) tháng(?: (?:một|1) lần)?(?:(?:,| và) (?:01 |1 |một |cả )?năm)?(?=[\s,]|$)/u,
      (m) => MONTHS_CADENCE[Number(m[1])],
    ],
    [/định kỳ (tháng|quý|năm)(?: (?:một|1) lần)?(?=[\s,]|$)/u, (m) => UNIT_CADENCE[m[1]!]],
    [/(\d{1,2}) tháng (?:một|1) lần(?=[\s,]|$)/u, (m) => MONTHS_CADENCE[Number(m[1])]],
    [
      /,? (?:và|cho) (?:các|những) (năm|quý|tháng) (?:tiếp theo|sau(?: đó)?|kế tiếp|tiếp sau)(?=[\s,]|$)/u,
      (m) => UNIT_CADENCE[m[1]!],
    ],
  ]

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
function readDueClause(m: RegExpExecArray, rule: Rule, original: string): Result<boolean> {
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
 * Reads the clauses of a recurring rule around its cadence phrase: `từ …` (first period),
 * `đến hết …` (last period), `trước ngày 15`, `30/6`, `ngày 15 tháng cuối quý` (due day), a bare
 * period with a year (first period). Returns the words it could not read, or `''`.
 */
function readClauses(
  text: string,
  rule: Rule,
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
      const period = readPeriod(stripPrefixes(m[1]!), context, original)
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

function findCadence(s: string): { cadence: RecurrenceCadence; rest: string } | null {
  for (const [pattern, cadenceOf] of CADENCE_PHRASES) {
    const m = pattern.exec(s)
    if (m === null) continue
    const cadence = cadenceOf(m)
    if (cadence === undefined) return null
    return { cadence, rest: `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}` }
  }
  return null
}

const FROM_YEAR = /^(?:bắt đầu )?từ năm (\d{4})(?: trở đi)?$/u
const DUE_DAY_OF_PERIOD =
  /(?:^|\s)tháng (?:(?:cuối|đầu) (?:quý|kỳ)|thứ \d (?:của |trong )?(?:quý|kỳ))(?=[\s,]|$)/u

/**
 * Reads a recurring deadline: `null` when the text names no cadence, the deadline (recurring,
 * or unparsed with the words left over) otherwise.
 */
function readRecurring(s: string, context: DeadlineContext, text: string): Step<Deadline> {
  let found = findCadence(s)
  if (found === null && FROM_YEAR.test(s)) found = { cadence: 'YEARLY', rest: s }
  if (found === null && DUE_DAY_OF_PERIOD.test(s)) found = { cadence: 'MONTHLY', rest: s }
  if (found === null) return null
  const explicit = found.rest === s ? null : found.cadence
  const rule: Rule = {
    cadence: explicit,
    start: null,
    end: null,
    dueDay: null,
    impliedCadence: null,
  }
  const rest = readClauses(found.rest, rule, context, text)
  if (!rest.ok) return rest
  if (rest.value !== '') return ok(unparsed(text, rest.value))
  const cadence = rule.cadence ?? rule.impliedCadence ?? found.cadence
  let dueDay = rule.dueDay
  if (dueDay !== null && dueDay.month === 0)
    dueDay = { month: cadenceMonths(cadence), day: dueDay.day }
  if (dueDay !== null && dueDay.month > cadenceMonths(cadence)) return ok(unparsed(text, s))
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

const CONDITIONAL =
  /^(?:ngay )?(?:sau khi|khi|ngay khi|sau|chờ|tùy theo|tùy thuộc|tuỳ theo|căn cứ|theo (?:tiến độ|yêu cầu|hướng dẫn|lộ trình|kế hoạch|chỉ đạo|quy định))(?=\s|$)|kể từ (?:ngày|khi)(?=\s|$)/u

/** A written day (d/m/yyyy) anywhere in a text, to refuse an impossible one. */
const ANY_DAY = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/gu

function impossibleDay(s: string): boolean {
  for (const m of s.matchAll(ANY_DAY)) {
    if (isoDate(Number(m[3]), Number(m[2]), Number(m[1])) === null) return true
  }
  return false
}

const MAX_READ = 400

/** A day without a year, where no year is known, is kept unparsed rather than refused. */
function orUnparsed<T>(result: Result<T>, clean: string, s: string): Result<T | Deadline> {
  if (result.ok || result.error.code !== 'MISSING_YEAR') return result
  return ok(unparsed(clean, s, 'MISSING_YEAR'))
}

/**
 * Reads a deadline as plans write it. Accepts, in any letter case, composed or decomposed
 * Unicode, with extra spaces and leading verbs (`hoàn thành`, `thực hiện`, `chậm nhất`,
 * `trước`, `trong`, …):
 *
 * - a day: `chậm nhất ngày 14/5/2021`, `20-9-2024`, `ngày 20 tháng 9 năm 2024`,
 *   `trước ngày 31/8` (year from `context.year`) — the day named is the due day;
 * - a month: `tháng 12/2021`, `tháng 6` (context year); a run of months:
 *   `6 tháng đầu năm` (due 30/6), `9 tháng đầu năm 2025`, `6 tháng cuối năm`,
 *   `từ tháng 3 đến tháng 5/2025`;
 * - a quarter: `hoàn thành trong quý 1/2022`, `Quý III/2027`, `quý 2 năm 2024`;
 * - a year: `năm 2025`;
 * - a recurrence: `hằng tháng`, `hằng quý`, `định kỳ 6 tháng`, `hàng năm`,
 *   `thực hiện hằng năm từ năm 2022` (the start is the first day of the period named after
 *   `từ`; without one, 1 January of the context year, or `null`);
 * - a recurrence with its rule: `hằng tháng`, `hằng quý`, `định kỳ 6 tháng`, `hàng năm`,
 *   `thực hiện hằng năm từ năm 2022` (the start is the first day of the period named after
 *   `từ`; without one, 1 January of the context year, or `null`), a fixed day in the period
 *   (`Trước 30/6 hằng năm` → `{ month: 6, day: 30 }`, `trước ngày 15 tháng cuối quý` →
 *   quarterly `{ month: 3, day: 15 }`, `hằng tháng trước ngày 20`; a bare `trước ngày 15`
 *   falls in the period's last month), a first period (`Năm 2026 và các năm tiếp theo`,
 *   `từ năm 2026`, `hằng năm từ 2026`) and an end (`hằng quý đến hết năm 2030`);
 * - ongoing work: `Thường xuyên`;
 * - work that waits on a condition, `CONDITIONAL`: `Sau khi có hướng dẫn của Trung ương`,
 *   `Khi Trung ương ban hành quy định`, `Sau khi Đề án được phê duyệt`,
 *   `Theo tiến độ của Trung ương`, `… kể từ ngày …`;
 * - anything else, or a day without a year and no context year, is kept as `UNPARSED` with the
 *   words not understood (see {@link deadlineWarnings} for the warning to show).
 *
 * Never throws, and never refuses unusual wording. Errors: `INVALID_DATE` for a day or period
 * that does not exist (31/02/2025 anywhere in the text, quý 5/2022, 31/2 hằng năm),
 * `INVALID_DEADLINE` for an empty text; each message names the text.
 *
 * @example
 * ```ts
 * parseDeadline('chậm nhất ngày 14/5/2021')
 * // { ok: true, value: { kind: 'DATE', text: 'chậm nhất ngày 14/5/2021', due: '2021-05-14' } }
 * parseDeadline('trước ngày 31/8', { year: 2025 }).ok // true, due '2025-08-31'
 * parseDeadline('trước ngày 31/8') // ok: UNPARSED, reason 'MISSING_YEAR'
 * parseDeadline('31/02/2025').ok // false: INVALID_DATE
 * ```
 */
export function parseDeadline(text: string, context: DeadlineContext = {}): Result<Deadline> {
  if (typeof text !== 'string') return err(invalidDeadline(String(text)))
  const ctx: DeadlineContext = context ?? {}
  const clean = cleanText(text)
  const s = stripPrefixes(normalise(clean))
  if (clean === '') return err(invalidDeadline(clean))
  if (s === '') return ok(unparsed(clean, normalise(clean)))
  if (s.length > MAX_READ) return ok(unparsed(clean, s))
  if (impossibleDay(s)) return err(invalidDate(clean))
  if (ONGOING.test(s)) return ok(Object.freeze({ kind: 'ONGOING', text: clean, due: null }))
  if (CONDITIONAL.test(s)) return ok(Object.freeze({ kind: 'CONDITIONAL', text: clean, due: null }))
  const rec = readRecurring(s, ctx, clean)
  if (rec !== null) return orUnparsed(rec, clean, s)
  const period = readPeriod(s, ctx, clean)
  if (period === null) return ok(unparsed(clean, s))
  return period.ok ? toDeadline(period.value, clean) : orUnparsed(period, clean, s)
}
