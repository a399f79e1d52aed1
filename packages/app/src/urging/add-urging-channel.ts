import { domainError, isSecrecy, type Secrecy } from '@chidao/domain'
import {
  enforceForOrganization,
  type OrganizationRulePorts,
} from '../organization/enforce-for-organization.js'
import { mayManageUrgingChannels, mayMark } from '../policy/policy.js'
import {
  URGING_CHANNEL_KINDS,
  type UrgingChannel,
  type UrgingChannelKind,
  type UrgingChannelStore,
} from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import {
  abort,
  changeOf,
  defineUseCase,
  enforce,
  orAbort,
  REFUSAL_CODES,
} from '../use-case/use-case.js'
import { validateChannelAddress } from './urging-channel-address.js'
import { type UrgedOrganizationRef, urgedOrganization } from './urging-organization.js'

/** The organisation, how and where to send, and the most secret message to send (default PUBLIC). */
export interface AddUrgingChannelInput extends UrgedOrganizationRef {
  readonly kind: UrgingChannelKind
  readonly address: string
  readonly clearance?: Secrecy | null
}

/** The ports {@link addUrgingChannel} calls. */
export interface AddUrgingChannelPorts extends OrganizationRulePorts {
  readonly reminders: Pick<UrgingChannelStore, 'addChannel'>
}

/**
 * Subscribes an organisation to a channel (`urging.channels`: EDITOR of a subtree holding it,
 * ADMIN any): a webhook (an http(s) URL; chidao generates its `whsec_` signing secret, shown
 * in the answer to whoever may manage it) or an e-mail address. Its clearance, the most
 * secret message it may carry, is at most the caller's own (`FORBIDDEN` at `clearance`).
 * Fails with `INVALID_CHANNEL_ADDRESS`, `VALIDATION` (an unknown kind or clearance),
 * `ORGANIZATION_NOT_FOUND`.
 *
 * @example
 * ```ts
 * const result = await addUrgingChannel(context, { organizationCode: 'SKHCN', kind: 'WEBHOOK', address: 'https://hooks.skhcn.gov.vn/chidao' })
 * if (result.ok) result.value.secret // 'whsec_…'
 * ```
 */
export const addUrgingChannel = defineUseCase({
  name: 'addUrgingChannel',
  errors: [...REFUSAL_CODES, 'VALIDATION', 'INVALID_CHANNEL_ADDRESS', 'ORGANIZATION_NOT_FOUND'],
  async run(
    context: UseCaseContext<AddUrgingChannelPorts>,
    input: AddUrgingChannelInput,
  ): Promise<UrgingChannel> {
    const { organizations, reminders } = context.ports
    const organization = await urgedOrganization(organizations, input)
    await enforceForOrganization(context, mayManageUrgingChannels, organization.code)
    if (!(URGING_CHANNEL_KINDS as readonly string[]).includes(input.kind))
      abort(
        domainError(
          'VALIDATION',
          { en: 'The kind must be WEBHOOK or EMAIL', vi: 'Loại kênh phải là WEBHOOK hoặc EMAIL' },
          ['kind'],
          input.kind,
        ),
      )
    const clearance = input.clearance ?? 'PUBLIC'
    if (!isSecrecy(clearance))
      abort(
        domainError(
          'VALIDATION',
          { en: 'Unknown clearance', vi: 'Độ mật không hợp lệ' },
          ['clearance'],
          clearance,
        ),
      )
    enforce(mayMark(context.caller, clearance, ['clearance']))
    const address = orAbort(validateChannelAddress(input.kind, input.address))
    return orAbort(
      await reminders.addChannel(
        { organizationId: organization.id, kind: input.kind, address, clearance },
        changeOf(context),
      ),
    )
  },
})

/** What {@link addUrgingChannel} may fail with. */
export const ADD_URGING_CHANNEL_ERRORS = addUrgingChannel.errors

/** A code {@link addUrgingChannel} may fail with. */
export type AddUrgingChannelError = UseCaseErrorOf<typeof addUrgingChannel>
