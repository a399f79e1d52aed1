import { mayManageUrging } from '../policy/policy.js'
import {
  defineGuardedChange,
  type GuardedChangeDefinition,
} from '../use-case/define-guarded-change.js'
import type { REFUSAL_CODES, UseCase } from '../use-case/use-case.js'

/**
 * Defines a change of the tenant's urging settings (its rules, its public holidays), as only
 * whoever may manage urging (`urging.manage`) may make it: the policy first, before anything
 * is validated or read; then `write`, at the version read and recorded as the caller's change;
 * the settings as the store wrote them. It may fail with a refusal (`REFUSAL_CODES`), the codes
 * listed, and `CONFLICT` for a stale version.
 *
 * @example
 * ```ts
 * export const setPublicHolidays = defineUrgingSettingsChange({
 *   name: 'setPublicHolidays',
 *   errors: ['INVALID_PUBLIC_HOLIDAYS'],
 *   write: (context: UseCaseContext<SetPublicHolidaysPorts>, input: SetPublicHolidaysInput, change) =>
 *     context.ports.urging.setPublicHolidays(input.year, holidaysOf(input), input.version, change),
 * })
 * ```
 */
export function defineUrgingSettingsChange<Ports, Input, Output, const Code extends string>(
  definition: Omit<GuardedChangeDefinition<Ports, Input, Output, Code>, 'rule'>,
): UseCase<Ports, Input, Output, Code | (typeof REFUSAL_CODES)[number] | 'CONFLICT'> {
  return defineGuardedChange({
    ...definition,
    errors: [...definition.errors, 'CONFLICT'],
    rule: mayManageUrging,
  })
}
