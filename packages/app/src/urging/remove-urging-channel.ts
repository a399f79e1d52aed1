import type { OrganizationRulePorts } from '../organization/enforce-for-organization.js'
import { mayManageUrgingChannels } from '../policy/policy.js'
import type { UrgingChannelStore } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUrgingRecordChange } from './define-urging-record-change.js'
import { urgingChannelNotFound } from './reminder-errors.js'

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
export const removeUrgingChannel = defineUrgingRecordChange({
  name: 'removeUrgingChannel',
  errors: ['URGING_CHANNEL_NOT_FOUND', 'CONFLICT'],
  find: (context: UseCaseContext<RemoveUrgingChannelPorts>, input: RemoveUrgingChannelInput) =>
    context.ports.reminders.channel(input.id),
  organizationIdOf: (channel) => channel.organizationId,
  notFound: (input) => urgingChannelNotFound(['id'], input.id),
  rule: mayManageUrgingChannels,
  write: (context, channel, input, change) =>
    context.ports.reminders.removeChannel(channel.id, input.version, change),
})

/** What {@link removeUrgingChannel} may fail with. */
export const REMOVE_URGING_CHANNEL_ERRORS = removeUrgingChannel.errors

/** A code {@link removeUrgingChannel} may fail with. */
export type RemoveUrgingChannelError = UseCaseErrorOf<typeof removeUrgingChannel>
