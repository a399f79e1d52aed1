import { isoDate } from '../calendar/iso-date.js'
import { err, ok, type Result } from '../result.js'
import { cleanText } from '../text/nfc.js'
import type { Deadline } from './deadline.js'
import type { DeadlineContext } from './deadline-context.js'
import { invalidDate, invalidDeadline } from './deadline-errors.js'
import { normaliseDeadlineText, stripDeadlinePrefixes } from './deadline-text.js'
import { periodDeadline, readPeriod } from './read-period.js'
import { readRecurring } from './read-recurring-deadline.js'
import { unparsedDeadline } from './unparsed-deadline.js'

export type { DeadlineContext } from './deadline-context.js'
export { DEADLINE_ERROR_CODES } from './deadline-errors.js'

const ONGOING = /^(?:thường xuyên|liên tục)(?:,? (?:liên tục|thường xuyên))?$/u

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
  return ok(unparsedDeadline(clean, s, 'MISSING_YEAR'))
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
  const s = stripDeadlinePrefixes(normaliseDeadlineText(clean))
  if (clean === '') return err(invalidDeadline(clean))
  if (s === '') return ok(unparsedDeadline(clean, normaliseDeadlineText(clean)))
  if (s.length > MAX_READ) return ok(unparsedDeadline(clean, s))
  if (impossibleDay(s)) return err(invalidDate(clean))
  if (ONGOING.test(s)) return ok(Object.freeze({ kind: 'ONGOING', text: clean, due: null }))
  if (CONDITIONAL.test(s)) return ok(Object.freeze({ kind: 'CONDITIONAL', text: clean, due: null }))
  const rec = readRecurring(s, ctx, clean)
  if (rec !== null) return orUnparsed(rec, clean, s)
  const period = readPeriod(s, ctx, clean)
  if (period === null) return ok(unparsedDeadline(clean, s))
  return period.ok ? periodDeadline(period.value, clean) : orUnparsed(period, clean, s)
}
