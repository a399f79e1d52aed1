import { endOfMonth, endOfQuarter, type IsoDate, isoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { cleanText } from '../text/nfc.js'
import type { Deadline, RecurrenceCadence } from './deadline.js'

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
const EVERY = /^(?:định kỳ )?(?:hằng|mỗi) (tháng|quý|năm)(?: (.*))?$/u
const PERIODIC = /^định kỳ (?:(\d{1,2}) tháng|(tháng|quý|năm))(?: (?:một|1) lần)?(?: (.*))?$/u
const EVERY_N = /^(\d{1,2}) tháng (?:một|1) lần(?: (.*))?$/u
const START = /^(?:bắt đầu )?từ (.+)$/u

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

const UNIT_CADENCE: Readonly<Record<string, RecurrenceCadence>> = {
  tháng: 'MONTHLY',
  quý: 'QUARTERLY',
  năm: 'YEARLY',
}
const MONTHS_CADENCE: Readonly<Record<number, RecurrenceCadence>> = {
  1: 'MONTHLY',
  3: 'QUARTERLY',
  6: 'HALF_YEARLY',
  12: 'YEARLY',
}

function recurring(
  cadence: RecurrenceCadence | undefined,
  rest: string | undefined,
  context: DeadlineContext,
  text: string,
): Step<Deadline> {
  if (cadence === undefined) return null
  let start: IsoDate | null = null
  if (rest !== undefined && rest !== '') {
    const from = START.exec(rest)
    if (!from) return null
    const period = readPeriod(stripPrefixes(from[1]!), context, text)
    if (period === null) return null
    if (!period.ok) return period
    start = firstDay(period.value)
  } else if (Number.isInteger(context.year) && context.year! >= 1000 && context.year! <= 9999) {
    start = isoDate(context.year!, 1, 1)
  }
  return ok(Object.freeze({ kind: 'RECURRING', text, due: null, cadence, start }))
}

function readRecurring(s: string, context: DeadlineContext, text: string): Step<Deadline> {
  let m = EVERY.exec(s)
  if (m) return recurring(UNIT_CADENCE[m[1]!], m[2], context, text)
  m = PERIODIC.exec(s)
  if (m) {
    const cadence = m[1] !== undefined ? MONTHS_CADENCE[Number(m[1])] : UNIT_CADENCE[m[2]!]
    return recurring(cadence, m[3], context, text)
  }
  m = EVERY_N.exec(s)
  if (m) return recurring(MONTHS_CADENCE[Number(m[1])], m[2], context, text)
  return null
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
 * - ongoing work: `Thường xuyên`.
 *
 * Never throws. Errors: `INVALID_DATE` for a day or period that does not exist (31/4/2021,
 * quý 5/2022), `MISSING_YEAR` when the text gives no year and the context none either,
 * `INVALID_DEADLINE` for anything else; each message names the text.
 *
 * @example
 * ```ts
 * parseDeadline('chậm nhất ngày 14/5/2021')
 * // { ok: true, value: { kind: 'DATE', text: 'chậm nhất ngày 14/5/2021', due: '2021-05-14' } }
 * parseDeadline('trước ngày 31/8', { year: 2025 }).ok // true, due '2025-08-31'
 * parseDeadline('trước ngày 31/8').ok // false: MISSING_YEAR
 * ```
 */
export function parseDeadline(text: string, context: DeadlineContext = {}): Result<Deadline> {
  if (typeof text !== 'string') return err(invalidDeadline(String(text)))
  const ctx: DeadlineContext = context ?? {}
  const clean = cleanText(text)
  const s = stripPrefixes(normalise(clean))
  if (s === '') return err(invalidDeadline(clean))
  if (ONGOING.test(s)) return ok(Object.freeze({ kind: 'ONGOING', text: clean, due: null }))
  const rec = readRecurring(s, ctx, clean)
  if (rec !== null) return rec
  const period = readPeriod(s, ctx, clean)
  if (period === null) return err(invalidDeadline(clean))
  return period.ok ? toDeadline(period.value, clean) : period
}
