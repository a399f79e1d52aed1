import type { DomainError, OrganizationId, Result } from '@chidao/domain'
import {
  enforceForOrganization,
  type OrganizationRule,
  type OrganizationRulePorts,
} from '../organization/enforce-for-organization.js'
import type { ChangeContext } from '../ports/change-context.js'
import type { UseCase } from '../use-case/define-use-case.js'
import type { UseCaseContext } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { urgingRecordOrganization } from './urging-record-organization.js'

/**
 * A change to one urging record as {@link defineUrgingRecordChange} takes it: its name, the
 * codes it may fail with besides a refusal, how the record is read and whose organisation it
 * is, the error that answers an absent one, the rule of the policy asked of that organisation,
 * and the write, given the record found and the caller's change to record.
 */
export interface UrgingRecordChangeDefinition<
  Ports extends OrganizationRulePorts,
  Input,
  R,
  Output,
  Code extends string,
> {
  readonly name: string
  readonly errors: readonly Code[]
  readonly find: (context: UseCaseContext<Ports>, input: Input) => Promise<R | null>
  readonly organizationIdOf: (record: R) => OrganizationId
  readonly notFound: (input: Input) => DomainError
  readonly rule: OrganizationRule
  readonly write: (
    context: UseCaseContext<Ports>,
    record: R,
    input: Input,
    change: ChangeContext,
  ) => Promise<Result<Output, DomainError>>
}

/**
 * Defines a change to one urging record (a channel, a delivery): the record and its
 * organisation as the caller sees them (one the caller may not see is answered as absent,
 * {@link urgingRecordOrganization}); then the policy's `rule` for that organisation; then
 * `write`, recorded as the caller's change; what the store wrote. It may fail with a refusal
 * (`REFUSAL_CODES`) and the codes listed.
 *
 * @example
 * ```ts
 * export const removeUrgingChannel = defineUrgingRecordChange({
 *   name: 'removeUrgingChannel',
 *   errors: ['URGING_CHANNEL_NOT_FOUND', 'CONFLICT'],
 *   find: (context: UseCaseContext<RemoveUrgingChannelPorts>, input: RemoveUrgingChannelInput) =>
 *     context.ports.reminders.channel(input.id),
 *   organizationIdOf: (channel) => channel.organizationId,
 *   notFound: (input) => urgingChannelNotFound(['id'], input.id),
 *   rule: mayManageUrgingChannels,
 *   write: (context, channel, input, change) =>
 *     context.ports.reminders.removeChannel(channel.id, input.version, change),
 * })
 * ```
 */
export function defineUrgingRecordChange<
  Ports extends OrganizationRulePorts,
  Input,
  R,
  Output,
  const Code extends string,
>(
  definition: UrgingRecordChangeDefinition<Ports, Input, R, Output, Code>,
): UseCase<Ports, Input, Output, Code | (typeof REFUSAL_CODES)[number]> {
  const { name, find, organizationIdOf, notFound, rule, write } = definition
  return defineUseCase({
    name,
    errors: [...REFUSAL_CODES, ...definition.errors],
    async run(context: UseCaseContext<Ports>, input: Input): Promise<Output> {
      const { record, organization } = await urgingRecordOrganization(
        context.ports.organizations,
        await find(context, input),
        organizationIdOf,
        notFound(input),
      )
      await enforceForOrganization(context, rule, organization.code)
      return orAbort(await write(context, record, input, changeOf(context)))
    },
  })
}
