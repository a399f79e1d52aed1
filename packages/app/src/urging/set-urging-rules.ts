import { DEFAULT_URGING_RULES, type UrgingRules, validateUrgingRules } from '@chidao/domain'
import type { UrgingStore } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { orAbort } from '../use-case/use-case.js'
import { defineUrgingSettingsChange } from './define-urging-settings-change.js'

/** The rules to set, the version read (0 when the defaults were read); an omitted rule stays. */
export interface SetUrgingRulesInput extends Partial<UrgingRules> {
  readonly version: number
}

/** The ports {@link setUrgingRules} calls. */
export interface SetUrgingRulesPorts {
  readonly urging: Pick<UrgingStore, 'rules' | 'setRules'>
}

/**
 * Sets how the tenant urges (ADMIN: `urging.manage`): the days before a due day, the repeat
 * while late, the escalation, the digest's time and time zone. A rule not given keeps its
 * value. Checked by the domain (`INVALID_URGING_RULES`, naming the field); someone who changed
 * the rules since they were read wins (`CONFLICT`), and nothing is written.
 *
 * @example
 * ```ts
 * const result = await setUrgingRules(context, { version: 0, escalateAfterDays: 10 })
 * if (result.ok) result.value.version // 1
 * ```
 */
export const setUrgingRules = defineUrgingSettingsChange({
  name: 'setUrgingRules',
  errors: ['INVALID_URGING_RULES'],
  async write(context: UseCaseContext<SetUrgingRulesPorts>, input: SetUrgingRulesInput, change) {
    const { urging } = context.ports
    const current = await urging.rules()
    const { version, ...given } = input
    const merged: UrgingRules = {
      ...DEFAULT_URGING_RULES,
      ...current.rules,
      ...Object.fromEntries(Object.entries(given).filter(([, value]) => value != null)),
    }
    const rules = orAbort(validateUrgingRules(merged))
    return urging.setRules(rules, version, change)
  },
})

/** What {@link setUrgingRules} may fail with. */
export const SET_URGING_RULES_ERRORS = setUrgingRules.errors

/** A code {@link setUrgingRules} may fail with. */
export type SetUrgingRulesError = UseCaseErrorOf<typeof setUrgingRules>
