import type { OrganizationId } from '@chidao/domain'
import type { InputFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import { lookUpIdOf } from './global-id.js'

/**
 * The two input fields that name an organisation, by global ID or by code (one of them),
 * shared by the inputs of the writes about one organisation's settings (AddUrgingChannelInput,
 * SetUrgingPreferencesInput): each places them first among its own.
 *
 * @example
 * ```ts
 * fields: (t) => ({ ...organizationChoiceFields(t), digest: t.boolean({ required: false }) })
 * ```
 */
export function organizationChoiceFields(t: InputFieldBuilder<GatewayTypes, 'InputObject'>) {
  return {
    organizationId: t.id({ required: false, description: 'The organisation, by global ID.' }),
    organizationCode: t.string({
      required: false,
      description: 'The same organisation by its code; not with organizationId.',
    }),
  }
}

/**
 * The organisation {@link organizationChoiceFields} name, as a use case takes it: the local id
 * to look up (a malformed one names no record) and the code, each `null` when not given.
 *
 * @example
 * ```ts
 * setUrgingPreferences(context, { ...organizationChoiceOf(input), version: input.version })
 * ```
 */
export function organizationChoiceOf(input: {
  readonly organizationId?: unknown
  readonly organizationCode?: string | null
}): { organizationId: OrganizationId | null; organizationCode: string | null } {
  return {
    organizationId: lookUpIdOf(input.organizationId, 'Organization'),
    organizationCode: input.organizationCode ?? null,
  }
}
