import type { DomainError, Result } from '@chidao/domain'
import { mayManageUrging } from '../policy/policy.js'
import type { ChangeContext } from '../ports/change-context.js'
import {
  changeOf,
  defineUseCase,
  enforce,
  orAbort,
  REFUSAL_CODES,
  type UseCase,
  type UseCaseContext,
} from '../use-case/use-case.js'

/**
 * A change of the tenant's urging settings as {@link defineUrgingSettingsChange} takes it: its
 * name, the codes it may fail with besides a refusal and `CONFLICT`, and the write, given the
 * caller's change to record.
 */
export interface UrgingSettingsChangeDefinition<Ports, Input, Output, Code extends string> {
  readonly name: string
  readonly errors: readonly Code[]
  readonly write: (
    context: UseCaseContext<Ports>,
    input: Input,
    change: ChangeContext,
  ) => Promise<Result<Output, DomainError>>
}

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
  definition: UrgingSettingsChangeDefinition<Ports, Input, Output, Code>,
): UseCase<Ports, Input, Output, Code | (typeof REFUSAL_CODES)[number] | 'CONFLICT'> {
  const { name, write } = definition
  return defineUseCase({
    name,
    errors: [...REFUSAL_CODES, ...definition.errors, 'CONFLICT'],
    async run(context: UseCaseContext<Ports>, input: Input): Promise<Output> {
      enforce(mayManageUrging(context.caller))
      return orAbort(await write(context, input, changeOf(context)))
    },
  })
}
