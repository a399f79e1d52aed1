import { type ErrorPath, type OrganizationId, organizationNotFound } from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

// The one failure for an organisation id that names nothing the caller may see, the domain's:
// given on here under the name the use cases import it by.
export { organizationNotFound } from '@chidao/domain'

/**
 * The codes of organisations named by id, in one look-up; `null` stays `null`. An id that
 * names no organisation ends the running use case with `ORGANIZATION_NOT_FOUND` at its path.
 *
 * @example
 * ```ts
 * const [lead] = await organizationCodes(ports.organizations, [input.leadId], [['leadId']])
 * ```
 */
export async function organizationCodes(
  organizations: Pick<OrganizationReader, 'findByIds'>,
  ids: readonly (OrganizationId | null)[],
  paths: readonly ErrorPath[],
): Promise<(string | null)[]> {
  const wanted = ids.filter((id): id is OrganizationId => id !== null)
  const found = await organizations.findByIds(wanted)
  const byId = new Map(found.filter((o) => o !== null).map((o) => [o.id, o.code]))
  return ids.map((id, i) => {
    if (id === null) return null
    const code = byId.get(id)
    if (code === undefined) abort(organizationNotFound(paths[i] ?? [], String(id)))
    return code
  })
}
