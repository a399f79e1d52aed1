import type { DueDay } from '../calendar/reporting-period.js'
import { type DomainError, domainError } from '../domain-error.js'
import type { DomainWarning } from '../domain-warning.js'
import { parseOrganizationCode } from '../organization/organization-code.js'
import { err, ok, type Result } from '../result.js'
import {
  parseReportingRule,
  type ReportingRule,
  validateReportingRuleParts,
} from './reporting-rule.js'

/**
 * A directive's reporting rule as a caller gives it (the API, a form): the document's words,
 * and where they are not enough the cadences and due days; the body reports go to by its code.
 *
 * @example
 * ```ts
 * const input: ReportingRuleInput = {
 *   text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý', recipientCode: 'VP-TU',
 * }
 * ```
 */
export interface ReportingRuleInput {
  /** The words of the document ("Báo cáo định kỳ 6 tháng, năm"). */
  readonly text: string
  /** The cadences (`RecurrenceCadence`); read from `text` when omitted. */
  readonly cadences?: readonly string[] | null
  /** Due days per cadence (`{ QUARTERLY: { month: 3, day: 15 } }`); read from `text` when omitted. */
  readonly dueDays?: Readonly<Record<string, DueDay | null | undefined>> | null
  /** Code of the body reports go to; the directive's issuer when omitted. */
  readonly recipientCode?: string | null
}

/**
 * A validated reporting rule: the rule without its recipient's id (the body is named by code,
 * `null` for the directive's issuer), and what of the words was not used.
 *
 * @example
 * ```ts
 * const v: ValidReportingRule = { rule: { text, cadences: ['YEARLY'], dueDays: {} }, recipientCode: null, warnings: [] }
 * ```
 */
export interface ValidReportingRule {
  readonly rule: Omit<ReportingRule, 'recipientId'>
  readonly recipientCode: string | null
  /** `REPORTING_RULE_PART_IGNORED`: a due day in the words that fits no period (the default applies). */
  readonly warnings: readonly DomainWarning[]
}

/**
 * Validates a reporting rule as a caller gives it, as a bundle's is read: the words parsed by
 * {@link parseReportingRule}; cadences and due days given field by field checked by
 * {@link validateReportingRuleParts}, the words filling in what is left out; the recipient's
 * code valid. Fails with `INVALID_REPORTING_RULE` (paths under `['reportingRule']`: `text`,
 * `cadences`, `dueDays`) or `INVALID_ORGANIZATION_CODE` (`['reportingRule', 'recipientCode']`).
 *
 * @example
 * ```ts
 * const r = validateReportingRuleInput({ text: 'Báo cáo định kỳ 6 tháng, năm' })
 * r.ok && r.value.rule.cadences // ['HALF_YEARLY', 'YEARLY']
 * ```
 */
export function validateReportingRuleInput(
  input: ReportingRuleInput,
): Result<ValidReportingRule, DomainError> {
  const parsed = parseReportingRule(input?.text)
  const cadences = input?.cadences ?? null
  if (!parsed.ok && (cadences === null || cadences.length === 0)) {
    return err({ ...parsed.error, path: ['reportingRule', 'text'] })
  }
  const checked = validateReportingRuleParts({
    text: input.text,
    cadences: cadences ?? (parsed.ok ? parsed.value.cadences : []),
    dueDays: input.dueDays ?? (parsed.ok && cadences === null ? parsed.value.dueDays : {}),
  })
  if (!checked.ok) return checked
  let recipientCode: string | null = null
  if (input.recipientCode != null && input.recipientCode !== '') {
    const code = parseOrganizationCode(String(input.recipientCode), [
      'reportingRule',
      'recipientCode',
    ])
    if (!code.ok) return code
    recipientCode = code.value
  }
  // The words' warnings hold only when the words chose the due days.
  const warnings =
    parsed.ok && input.dueDays == null && cadences === null
      ? parsed.value.warnings.map((w) =>
          domainError('REPORTING_RULE_PART_IGNORED', w, ['reportingRule', 'text']),
        )
      : []
  return ok(
    Object.freeze({ rule: checked.value, recipientCode, warnings: Object.freeze(warnings) }),
  )
}
