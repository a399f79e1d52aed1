import type { DomainError, Result } from '@chidao/domain'
import type { Caller } from '../caller.js'
import type { Decision } from '../policy/decision.js'
import type { ChangeContext } from '../ports/change-context.js'
import type { UseCase } from './define-use-case.js'
import { defineUseCase } from './define-use-case.js'
import { changeOf, type UseCaseContext } from './use-case-context.js'
import { enforce, orAbort, REFUSAL_CODES } from './use-case-error.js'

/**
 * A change as {@link defineGuardedChange} takes it: its name, the codes it may fail with besides
 * a refusal, the rule of the policy that decides by the caller alone, and the write, given the
 * caller's change to record.
 */
export interface GuardedChangeDefinition<Ports, Input, Output, Code extends string> {
  readonly name: string
  readonly errors: readonly Code[]
  readonly rule: (caller: Caller) => Decision
  readonly write: (
    context: UseCaseContext<Ports>,
    input: Input,
    change: ChangeContext,
  ) => Promise<Result<Output, DomainError>>
}

/**
 * Defines a change that the policy allows or refuses by the caller alone (their role): the
 * policy first, before anything is validated or read; then `write`, recorded as the caller's
 * change; what the store wrote. It may fail with a refusal (`REFUSAL_CODES`) and the codes
 * listed.
 *
 * @example
 * ```ts
 * export const setPublicHolidays = defineGuardedChange({
 *   name: 'setPublicHolidays',
 *   errors: ['INVALID_PUBLIC_HOLIDAYS', 'CONFLICT'],
 *   rule: mayManageUrging,
 *   write: (context: UseCaseContext<SetPublicHolidaysPorts>, input: SetPublicHolidaysInput, change) =>
 *     context.ports.urging.setPublicHolidays(input.year, holidaysOf(input), input.version, change),
 * })
 * ```
 */
export function defineGuardedChange<Ports, Input, Output, const Code extends string>(
  definition: GuardedChangeDefinition<Ports, Input, Output, Code>,
): UseCase<Ports, Input, Output, Code | (typeof REFUSAL_CODES)[number]> {
  const { name, rule, write } = definition
  return defineUseCase({
    name,
    errors: [...REFUSAL_CODES, ...definition.errors],
    async run(context: UseCaseContext<Ports>, input: Input): Promise<Output> {
      enforce(rule(context.caller))
      return orAbort(await write(context, input, changeOf(context)))
    },
  })
}
