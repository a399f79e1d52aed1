import type { DomainError, Organization, OrganizationId } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

/** An urging record as a write found it, and the organisation it belongs to. */
export interface UrgingRecordOf<R> {
  readonly record: R
  readonly organization: Organization
}

/**
 * An urging record a write names (a channel, a delivery) with the organisation it belongs to
 * (the channel's, the delivery's recipient), as the caller sees it. A record that is none, or
 * whose organisation the caller may not see, is answered exactly as an absent one: the running
 * use case ends with `notFound`.
 *
 * @example
 * ```ts
 * const { record: channel, organization } = await urgingRecordOrganization(
 *   organizations, await reminders.channel(id), (c) => c.organizationId, urgingChannelNotFound(['id'], id),
 * )
 * ```
 */
export async function urgingRecordOrganization<R>(
  organizations: Pick<OrganizationReader, 'findById'>,
  record: R | null,
  organizationIdOf: (record: R) => OrganizationId,
  notFound: DomainError,
): Promise<UrgingRecordOf<R>> {
  const organization = record && (await organizations.findById(organizationIdOf(record)))
  if (!record || !organization) abort(notFound)
  return { record, organization }
}
