import {
  enforceForOrganization,
  type OrganizationRulePorts,
} from '../organization/enforce-for-organization.js'
import { mayManageUrgingChannels } from '../policy/policy.js'
import type { UrgingChannel, UrgingChannelStore } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { urgingChannelNotFound } from './reminder-errors.js'
import { urgingRecordOrganization } from './urging-record-organization.js'

/** The channel, and the version read. */
export interface RemoveUrgingChannelInput {
  readonly id: string
  readonly version: number
}

/** The ports {@link removeUrgingChannel} calls. */
export interface RemoveUrgingChannelPorts extends OrganizationRulePorts {
  readonly reminders: Pick<UrgingChannelStore, 'channel' | 'removeChannel'>
}

/**
 * Unsubscribes a channel (`urging.channels`: EDITOR of a subtree holding its organisation,
 * ADMIN any): nothing more is sent to it, and its past deliveries stay in the log. Fails with
 * `URGING_CHANNEL_NOT_FOUND` (none, or already removed) and `CONFLICT` (changed since read).
 *
 * @example
 * ```ts
 * await removeUrgingChannel(context, { id: channel.id, version: channel.version })
 * ```
 */
export const removeUrgingChannel = defineUseCase({
  name: 'removeUrgingChannel',
  errors: [...REFUSAL_CODES, 'URGING_CHANNEL_NOT_FOUND', 'CONFLICT'],
  async run(
    context: UseCaseContext<RemoveUrgingChannelPorts>,
    input: RemoveUrgingChannelInput,
  ): Promise<UrgingChannel> {
    const { organizations, reminders } = context.ports
    const { record: channel, organization } = await urgingRecordOrganization(
      organizations,
      await reminders.channel(input.id),
      (found) => found.organizationId,
      urgingChannelNotFound(['id'], input.id),
    )
    await enforceForOrganization(context, mayManageUrgingChannels, organization.code)
    return orAbort(await reminders.removeChannel(channel.id, input.version, changeOf(context)))
  },
})

/** What {@link removeUrgingChannel} may fail with. */
export const REMOVE_URGING_CHANNEL_ERRORS = removeUrgingChannel.errors

/** A code {@link removeUrgingChannel} may fail with. */
export type RemoveUrgingChannelError = UseCaseErrorOf<typeof removeUrgingChannel>
