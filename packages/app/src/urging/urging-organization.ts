import {
  domainError,
  type Organization,
  type OrganizationId,
  organizationNotFound,
} from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

/** An organisation named by its id or by its code (not both). */
export interface UrgedOrganizationRef {
  readonly organizationId?: OrganizationId | null
  readonly organizationCode?: string | null
}

/**
 * The organisation an urging setting is about; `VALIDATION` when it is named both ways or
 * not at all, `ORGANIZATION_NOT_FOUND` (at the argument that named it) when there is none.
 */
export async function urgedOrganization(
  organizations: Pick<OrganizationReader, 'findById' | 'findByCode'>,
  ref: UrgedOrganizationRef,
): Promise<Organization> {
  const { organizationId: id, organizationCode: code } = ref
  if ((id == null) === (code == null))
    abort(
      domainError('VALIDATION', {
        en: 'Give organizationId or organizationCode, one of them',
        vi: 'Cần truyền một trong hai: organizationId hoặc organizationCode',
      }),
    )
  const found =
    id != null ? await organizations.findById(id) : await organizations.findByCode(code!)
  if (!found)
    abort(organizationNotFound([id != null ? 'organizationId' : 'organizationCode'], id ?? code))
  return found
}
