import {
  cadenceMonths,
  type DueDay,
  isDueDayOf,
  stateCutOffDay,
} from '../calendar/reporting-period.js'
import {
  isRecurrenceCadence,
  RECURRENCE_CADENCE_LABELS,
  RECURRENCE_CADENCES,
  type RecurrenceCadence,
} from '../deadline/deadline.js'
import { type DomainError, domainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import type { DocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'

/**
 * A directive's reporting rule (chế độ báo cáo) as the document words it: the cadences of the
 * periodic reports it asks for ("báo cáo định kỳ 6 tháng, năm" → half-yearly and yearly), the
 * day within each period they are due where the document sets one ("trước ngày 15 tháng cuối
 * quý" → the 15th of the quarter's last month), the body they go to when named, and the text.
 * Every organisation leading a task of the directive owes one report per cadence and period.
 *
 * @example
 * ```ts
 * const rule: ReportingRule = {
 *   text: 'Báo cáo định kỳ 6 tháng, năm', cadences: ['HALF_YEARLY', 'YEARLY'],
 *   dueDays: {}, recipientId: null,
 * }
 * ```
 */
export interface ReportingRule {
  /** The words of the document, NFC, spaces folded. */
  readonly text: string
  /** The cadences asked for, shortest first, no repeats; never empty. */
  readonly cadences: readonly RecurrenceCadence[]
  /**
   * The due day the document sets, per cadence (the month counted from the period's first);
   * a cadence without one falls to {@link defaultDueDay}.
   */
  readonly dueDays: Readonly<Partial<Record<RecurrenceCadence, DueDay>>>
  /** The body reports go to (nơi nhận báo cáo); `null` for the directive's issuer. */
  readonly recipientId: OrganizationId | null
}

/**
 * A reporting rule read from its words, before it names a recipient: what
 * {@link parseReportingRule} gives, with a warning for each part of the text it did not use.
 *
 * @example
 * ```ts
 * const parsed: ParsedReportingRule = { text, cadences: ['QUARTERLY'], dueDays: { QUARTERLY: { month: 3, day: 15 } }, warnings: [] }
 * ```
 */
export interface ParsedReportingRule {
  readonly text: string
  readonly cadences: readonly RecurrenceCadence[]
  readonly dueDays: Readonly<Partial<Record<RecurrenceCadence, DueDay>>>
  /** What was not understood or not used, in Vietnamese and English. */
  readonly warnings: readonly { readonly en: string; readonly vi: string }[]
}

const MAX_RULE_TEXT = 2000

/** Lower case, spelling variants folded, so that one grammar reads every form. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/qu[íý]|qúy/gu, 'quý')
    .replace(/hàng(?= (?:tháng|quý|năm))/gu, 'hằng')
    .replace(/định kì/gu, 'định kỳ')
    .replace(/sáu tháng|nửa năm/gu, '6 tháng')
    .replace(/\s+/gu, ' ')
    .trim()
}

const LAST_MONTH_DAY =
  /(?:trước|chậm nhất|muộn nhất|không muộn hơn)?(?: là)? ngày (\d{1,2}) (?:của )?tháng cuối (quý|kỳ|năm|6 tháng)/u
const FIXED_DATES =
  /(?:trước|chậm nhất|muộn nhất|không muộn hơn)(?: là)? ngày (\d{1,2}\s*\/\s*\d{1,2}(?:\s*(?:,|và|hoặc)\s*(?:ngày )?\d{1,2}\s*\/\s*\d{1,2})*)/u
const ONE_DATE = /(\d{1,2})\s*\/\s*(\d{1,2})/gu
const YEAR_NUMBER = /(?:năm )?\d{4}/gu
const NOT_A_WORD = '(?![\\p{L}\\p{N}])'
const CADENCE_WORDS: readonly (readonly [RegExp, RecurrenceCadence])[] = [
  [new RegExp(`(?<![\\p{L}\\p{N}/])6 tháng${NOT_A_WORD}`, 'u'), 'HALF_YEARLY'],
  [new RegExp(`(?<![\\p{L}\\p{N}])quý${NOT_A_WORD}`, 'u'), 'QUARTERLY'],
  [new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N} )tháng${NOT_A_WORD}(?! \\d| đầu| cuối)`, 'u'), 'MONTHLY'],
  [new RegExp(`(?<![\\p{L}\\p{N}])năm${NOT_A_WORD}`, 'u'), 'YEARLY'],
]

function sorted(cadences: Iterable<RecurrenceCadence>): RecurrenceCadence[] {
  const set = new Set(cadences)
  return RECURRENCE_CADENCES.filter((c) => set.has(c))
}

/** The cadences the words name, in the text with the due-day phrases already removed. */
function cadencesIn(text: string): RecurrenceCadence[] {
  let rest = text.replace(YEAR_NUMBER, ' ')
  const found: RecurrenceCadence[] = []
  for (const [word, cadence] of CADENCE_WORDS) {
    const global = new RegExp(word.source, 'gu')
    if (global.test(rest)) {
      found.push(cadence)
      rest = rest.replace(global, ' ')
    }
  }
  return sorted(found)
}

interface DueDayReading {
  readonly dueDays: Partial<Record<RecurrenceCadence, DueDay>>
  readonly warnings: { en: string; vi: string }[]
  readonly rest: string
}

/** The due-day phrases of a text, applied to the cadences they fit. */
function dueDaysIn(
  text: string,
  cadences: readonly RecurrenceCadence[],
  impliedYearly: boolean,
): DueDayReading {
  const dueDays: Partial<Record<RecurrenceCadence, DueDay>> = {}
  const warnings: { en: string; vi: string }[] = []
  let rest = text
  const last = LAST_MONTH_DAY.exec(text)
  if (last) {
    rest = rest.replace(last[0], ' ')
    const day = Number(last[1])
    for (const cadence of cadences) dueDays[cadence] = { month: cadenceMonths(cadence), day }
  }
  const fixed = FIXED_DATES.exec(rest)
  if (fixed) {
    rest = rest.replace(fixed[0], ' ')
    const dates = [...fixed[1]!.matchAll(ONE_DATE)].map((m) => ({
      day: Number(m[1]),
      month: Number(m[2]),
    }))
    const targets = cadences.length > 0 ? cadences : impliedYearly ? ['YEARLY' as const] : []
    for (const cadence of targets) {
      const months = cadenceMonths(cadence)
      const relative = dates.map((d) => ({ month: ((d.month - 1) % months) + 1, day: d.day }))
      const first = relative[0]!
      const fits =
        relative.every((d) => d.month === first.month && d.day === first.day) &&
        (dates.length === 1 || (cadence !== 'YEARLY' && dates.length === 12 / months))
      if (fits && isDueDayOf(cadence, first)) dueDays[cadence] = first
      else if (cadences.length === 1 || dates.length > 1) {
        warnings.push({
          en: `The dates "${fixed[1]}" do not make one due day of each ${RECURRENCE_CADENCE_LABELS[cadence].en.toLowerCase()} period: the default applies`,
          vi: `Các ngày "${fixed[1]}" không là một hạn báo cáo của mỗi kỳ (${RECURRENCE_CADENCE_LABELS[cadence].vi.toLowerCase()}): áp dụng hạn mặc định`,
        })
      }
    }
  }
  return { dueDays, warnings, rest }
}

/**
 * Reads a directive's reporting rule from the document's words: the cadences ("hằng tháng",
 * "hằng quý", "6 tháng", "năm", in any list: "báo cáo định kỳ 6 tháng, năm", "định kỳ quý, 6
 * tháng và hằng năm") and the due day where the text sets one ("trước ngày 15 tháng cuối quý";
 * "trước ngày 30/11 hằng năm"; "trước ngày 15/6 và 15/12" for half-years). A text that names a
 * date but no cadence is yearly ("báo cáo kết quả trước ngày 30/11 hằng năm"). Spelling
 * variants (hàng/hằng, quí/quý, định kì, sáu tháng) are accepted; NFC throughout.
 *
 * Fails with `INVALID_REPORTING_RULE` (path `['reportingRule']`) when the text is empty, too
 * long, or names no cadence; a due day that fits no period is a warning, and the default applies.
 *
 * @example
 * ```ts
 * const r = parseReportingRule('Báo cáo hằng quý trước ngày 15 tháng cuối quý')
 * r.ok && r.value.dueDays.QUARTERLY // { month: 3, day: 15 }
 * ```
 */
export function parseReportingRule(text: string): Result<ParsedReportingRule, DomainError> {
  const clean = typeof text === 'string' ? cleanText(text) : ''
  if (clean === '') {
    return err(
      domainError(
        'INVALID_REPORTING_RULE',
        { en: 'The reporting rule is empty', vi: 'Chế độ báo cáo để trống' },
        ['reportingRule'],
        text,
      ),
    )
  }
  if (clean.length > MAX_RULE_TEXT) {
    return err(
      domainError(
        'INVALID_REPORTING_RULE',
        {
          en: `The reporting rule is longer than ${MAX_RULE_TEXT} characters`,
          vi: `Chế độ báo cáo dài quá ${MAX_RULE_TEXT} ký tự`,
        },
        ['reportingRule'],
      ),
    )
  }
  const words = normalise(clean)
  const last = LAST_MONTH_DAY.exec(words)
  const fixed = FIXED_DATES.exec(words)
  let bare = words
  if (last) bare = bare.replace(last[0], ' ')
  if (fixed) bare = bare.replace(fixed[0], ' ')
  let cadences = cadencesIn(bare)
  if (cadences.length === 0 && last && last[2] !== 'kỳ') {
    cadences = [last[2] === 'quý' ? 'QUARTERLY' : last[2] === 'năm' ? 'YEARLY' : 'HALF_YEARLY']
  }
  if (cadences.length === 0 && fixed) cadences = ['YEARLY']
  if (cadences.length === 0) {
    return err(
      domainError(
        'INVALID_REPORTING_RULE',
        {
          en: `The reporting rule "${clean}" names no period (monthly, quarterly, 6-monthly, yearly)`,
          vi: `Chế độ báo cáo "${clean}" không nêu kỳ báo cáo (hằng tháng, hằng quý, 6 tháng, năm)`,
        },
        ['reportingRule'],
        text,
      ),
    )
  }
  const { dueDays, warnings } = dueDaysIn(words, cadences, fixed !== null)
  return ok(
    Object.freeze({
      text: clean,
      cadences: Object.freeze(cadences),
      dueDays: Object.freeze(dueDays),
      warnings: Object.freeze(warnings),
    }),
  )
}

/**
 * Checks a reporting rule given field by field (as a bundle or an API may give it): the text
 * kept, the cadences known and not empty, each due day fitting its cadence.
 *
 * @example
 * ```ts
 * validateReportingRuleParts({ text: 'Báo cáo năm', cadences: ['YEARLY'], dueDays: { YEARLY: { month: 11, day: 30 } } })
 * ```
 */
export function validateReportingRuleParts(input: {
  readonly text: string
  readonly cadences: readonly string[]
  readonly dueDays?: Readonly<Record<string, DueDay | null | undefined>> | null
}): Result<Omit<ParsedReportingRule, 'warnings'>, DomainError> {
  const text = typeof input.text === 'string' ? cleanText(input.text) : ''
  const invalid = (en: string, vi: string, path: (string | number)[], value?: unknown) =>
    err(domainError('INVALID_REPORTING_RULE', { en, vi }, ['reportingRule', ...path], value))
  if (text === '' || text.length > MAX_RULE_TEXT) {
    return invalid(
      `The reporting rule's text is required, up to ${MAX_RULE_TEXT} characters`,
      `Cần ghi nội dung chế độ báo cáo, tối đa ${MAX_RULE_TEXT} ký tự`,
      ['text'],
    )
  }
  if (!Array.isArray(input.cadences) || input.cadences.length === 0) {
    return invalid('The reporting rule names no cadence', 'Chế độ báo cáo không nêu kỳ báo cáo', [
      'cadences',
    ])
  }
  for (const [i, cadence] of input.cadences.entries()) {
    if (!isRecurrenceCadence(cadence)) {
      return invalid(
        `Unknown cadence "${cadence}" (expected ${RECURRENCE_CADENCES.join(', ')})`,
        `Kỳ báo cáo không hợp lệ "${cadence}" (phải là ${RECURRENCE_CADENCES.join(', ')})`,
        ['cadences', i],
        cadence,
      )
    }
  }
  const cadences = sorted(input.cadences as RecurrenceCadence[])
  const dueDays: Partial<Record<RecurrenceCadence, DueDay>> = {}
  for (const [cadence, dueDay] of Object.entries(input.dueDays ?? {})) {
    if (dueDay == null) continue
    if (
      !isRecurrenceCadence(cadence) ||
      !cadences.includes(cadence) ||
      !isDueDayOf(cadence, dueDay)
    ) {
      return invalid(
        `The due day ${dueDay.day}/${dueDay.month} does not fit the cadence ${cadence} of the rule`,
        `Hạn báo cáo ngày ${dueDay.day} tháng thứ ${dueDay.month} không phù hợp kỳ ${cadence} của chế độ báo cáo`,
        ['dueDays', cadence],
        dueDay,
      )
    }
    dueDays[cadence] = Object.freeze({ month: dueDay.month, day: dueDay.day })
  }
  return ok(
    Object.freeze({ text, cadences: Object.freeze(cadences), dueDays: Object.freeze(dueDays) }),
  )
}

/**
 * The due day of a report when the document sets none: the State rule of decree
 * 09/2019/NĐ-CP (Art. 12, the 14th of the period's last month: {@link stateCutOffDay}) for a
 * State document; the period's last day (`null`) for a Party one.
 *
 * @example
 * ```ts
 * defaultDueDay('STATE', 'HALF_YEARLY') // { month: 6, day: 14 }
 * defaultDueDay('PARTY', 'HALF_YEARLY') // null
 * ```
 */
export function defaultDueDay(
  system: DocumentSymbol['system'],
  cadence: RecurrenceCadence,
): DueDay | null {
  return system === 'STATE' ? stateCutOffDay(cadence) : null
}

/**
 * The due day of a cadence's reports under a directive: the one its rule sets for that cadence,
 * else the default of its system ({@link defaultDueDay}).
 *
 * @example
 * ```ts
 * reportingDueDay(directive.reportingRule, directive.symbol.system, 'QUARTERLY')
 * ```
 */
export function reportingDueDay(
  rule: Pick<ReportingRule, 'dueDays'> | null,
  system: DocumentSymbol['system'],
  cadence: RecurrenceCadence,
): DueDay | null {
  return rule?.dueDays[cadence] ?? defaultDueDay(system, cadence)
}
