import { domainError, type Organization, type OrganizationId } from '@chidao/domain'
import { organizationNotFound } from '../organization/organization-codes.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

/** The organisation a report speaks for, by code or by id; neither: the directive's issuer. */
export interface ReportScopeInput {
  /** Its code, e.g. `UBND-TINH` (compared in NFC, without surrounding blanks). */
  readonly organizationCode?: string | null
  readonly organizationId?: OrganizationId | null
}

/** The codes {@link reportScopeOf} ends a use case with. */
export const REPORT_SCOPE_ERRORS = ['VALIDATION', 'ORGANIZATION_NOT_FOUND'] as const

/**
 * The organisation a report is scoped to — only the tasks it and the organisations below it
 * lead, and its own assessments — or `null` when none is given. Both a code and an id end the
 * running use case with `VALIDATION` (at `organizationCode`); one that names no organisation
 * the caller may see, with `ORGANIZATION_NOT_FOUND` at the field that named it.
 *
 * @example
 * ```ts
 * const scope = await reportScopeOf(ports.organizations, { organizationCode: 'UBND-TINH' })
 * ```
 */
export async function reportScopeOf(
  organizations: Pick<OrganizationReader, 'findByCode' | 'findById'>,
  input: ReportScopeInput,
): Promise<Organization | null> {
  const code = input.organizationCode?.normalize('NFC').trim() || null
  const id = input.organizationId ?? null
  if (code !== null && id !== null) {
    abort(
      domainError(
        'VALIDATION',
        {
          en: 'Give the organisation by code or by id, not both',
          vi: 'Chỉ cho mã hoặc id của tổ chức, không cho cả hai',
        },
        ['organizationCode'],
      ),
    )
  }
  if (id !== null) {
    const found = await organizations.findById(id)
    if (!found) abort(organizationNotFound(['organizationId'], id))
    return found
  }
  if (code === null) return null
  const found = await organizations.findByCode(code)
  if (!found) {
    abort(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        { en: `No organisation ${code} in this tenant`, vi: `Không có tổ chức ${code}` },
        ['organizationCode'],
        code,
      ),
    )
  }
  return found
}
