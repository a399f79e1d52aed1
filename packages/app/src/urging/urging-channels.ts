import type { OrganizationId } from '@chidao/domain'
import { hasRole } from '../caller.js'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayManageUrgingChannels } from '../policy/policy.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UrgingChannel, UrgingChannelStore } from '../ports/reminder-log.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineRead } from '../use-case/use-case.js'

/** The organisations whose channels are read. */
export interface UrgingChannelsInput {
  readonly organizationIds: readonly OrganizationId[]
}

/** The ports {@link urgingChannels} calls. */
export interface UrgingChannelsPorts {
  readonly organizations: Pick<OrganizationReader, 'findByIds' | 'findByCode' | 'ancestorsOf'>
  readonly reminders: Pick<UrgingChannelStore, 'channels'>
}

/**
 * The active channels of each organisation asked for, in the order asked, oldest first: of
 * any organisation for an ADMIN, of those in the caller's subtree for anyone else signed in
 * (none for the others). A webhook's secret is shown only to whoever may manage the channel
 * (`urging.channels`); to the others it reads `null`.
 *
 * @example
 * ```ts
 * const result = await urgingChannels(context, { organizationIds: [id] })
 * if (result.ok) result.value[0]?.[0]?.address // 'https://hooks.skhcn.gov.vn/chidao'
 * ```
 */
export const urgingChannels = defineRead(
  'urgingChannels',
  async (
    context: UseCaseContext<UrgingChannelsPorts>,
    input: UrgingChannelsInput,
  ): Promise<UrgingChannel[][]> => {
    const { caller } = context
    const { organizations, reminders } = context.ports
    if (!caller.authenticated || input.organizationIds.length === 0)
      return input.organizationIds.map(() => [])
    const tree = organizationTreeOf(organizations)
    const found = await organizations.findByIds(input.organizationIds)
    const access = await Promise.all(
      found.map(async (organization) => {
        if (!organization) return { see: false, manage: false }
        const manage = (await mayManageUrgingChannels(caller, organization.code, tree)).allowed
        const see =
          manage ||
          hasRole(caller, 'ADMIN') ||
          (caller.organizationCode !== null &&
            (await tree.isWithin(organization.code, caller.organizationCode)))
        return { see, manage }
      }),
    )
    const visible = found.flatMap((o, i) => (o && access[i]?.see ? [o.id] : []))
    const channels = visible.length ? await reminders.channels(visible) : []
    return found.map((organization, i) =>
      organization && access[i]?.see
        ? channels
            .filter((c) => c.organizationId === organization.id)
            .map((c) => (access[i]?.manage ? c : Object.freeze({ ...c, secret: null })))
        : [],
    )
  },
)

/** What {@link urgingChannels} may fail with: nothing. */
export const URGING_CHANNELS_ERRORS = urgingChannels.errors

/** A code {@link urgingChannels} may fail with. */
export type UrgingChannelsError = UseCaseErrorOf<typeof urgingChannels>
