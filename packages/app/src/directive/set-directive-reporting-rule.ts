import {
  type Directive,
  type DirectiveId,
  type DomainWarning,
  type ReportingRuleInput,
  validateReportingRuleInput,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayUpdateDirective } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { namedDirectiveOf } from './directive-facts.js'
import type { DirectiveWritePorts } from './directive-write-ports.js'

/** The document, the version read, and the rule it now sets (`null`: it sets none). */
export interface SetDirectiveReportingRuleInput {
  /** `null` when the id named no directive (malformed, another kind): answered as absent. */
  readonly directiveId: DirectiveId | null
  /** The version read; a stale one fails with `CONFLICT`. */
  readonly version: number
  readonly reportingRule: ReportingRuleInput | null
}

/** The document as changed, and what of the rule's words was not used. */
export interface SetDirectiveReportingRuleOutput {
  readonly directive: Directive
  /** `REPORTING_RULE_PART_IGNORED`: a due day in the words that fits no period. */
  readonly notices: readonly DomainWarning[]
}

/** The ports {@link setDirectiveReportingRule} calls. */
export type SetDirectiveReportingRulePorts = DirectiveWritePorts<'setReportingRule'>

/**
 * Sets the reporting rule (chế độ báo cáo) of a recorded document, or removes it with `null`:
 * the document looked up at the caller's clearance first (a hidden one is answered as an absent
 * one, `DIRECTIVE_NOT_FOUND`), the policy (`directive.update`: an EDITOR on documents its
 * subtree issued, an ADMIN any), the rule validated by the domain (`INVALID_REPORTING_RULE`),
 * then stored at the version read (`CONFLICT`) with its recipient (`REPORTING_RECIPIENT_NOT_FOUND`)
 * and its audit event. The reporting calendar follows the rule from then on.
 *
 * @example
 * ```ts
 * const result = await setDirectiveReportingRule(context, {
 *   directiveId, version: 1, reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm' },
 * })
 * if (result.ok) result.value.directive.reportingRule?.cadences // ['HALF_YEARLY', 'YEARLY']
 * ```
 */
export const setDirectiveReportingRule = defineUseCase({
  name: 'setDirectiveReportingRule',
  errors: [
    ...REFUSAL_CODES,
    'DIRECTIVE_NOT_FOUND',
    'CONFLICT',
    'INVALID_REPORTING_RULE',
    'INVALID_ORGANIZATION_CODE',
    'REPORTING_RECIPIENT_NOT_FOUND',
  ],
  async run(
    context: UseCaseContext<SetDirectiveReportingRulePorts>,
    input: SetDirectiveReportingRuleInput,
  ): Promise<SetDirectiveReportingRuleOutput> {
    const { ports } = context
    const named = await namedDirectiveOf(ports, input.directiveId, 'directiveId')
    await enforceInTree(context, mayUpdateDirective, named.facts)
    const valid =
      input.reportingRule === null ? null : orAbort(validateReportingRuleInput(input.reportingRule))
    const directive = orAbort(
      await ports.directives.setReportingRule(
        named.id,
        valid === null ? null : { rule: valid.rule, recipientCode: valid.recipientCode },
        input.version,
        changeOf(context),
      ),
    )
    return { directive, notices: valid?.warnings ?? [] }
  },
})

/** What {@link setDirectiveReportingRule} may fail with. */
export const SET_DIRECTIVE_REPORTING_RULE_ERRORS = setDirectiveReportingRule.errors

/** A code {@link setDirectiveReportingRule} may fail with. */
export type SetDirectiveReportingRuleError = UseCaseErrorOf<typeof setDirectiveReportingRule>
