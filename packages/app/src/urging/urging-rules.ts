import type { StoredUrgingRules, UrgingReader } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'

/** The ports {@link urgingRules} calls. */
export interface UrgingRulesPorts {
  readonly urging: Pick<UrgingReader, 'rules'>
}

/**
 * How the tenant urges (đôn đốc): its rules at their version, or the defaults at version 0
 * when it has set none. Anyone of the tenant may read them.
 *
 * @example
 * ```ts
 * const result = await urgingRules(context)
 * if (result.ok) result.value.rules.dueSoonDays // [7, 1]
 * ```
 */
export const urgingRules = defineUseCase({
  name: 'urgingRules',
  errors: [],
  async run(context: UseCaseContext<UrgingRulesPorts>): Promise<StoredUrgingRules> {
    return context.ports.urging.rules()
  },
})

/** What {@link urgingRules} may fail with: nothing. */
export const URGING_RULES_ERRORS = urgingRules.errors

/** A code {@link urgingRules} may fail with. */
export type UrgingRulesError = UseCaseErrorOf<typeof urgingRules>
