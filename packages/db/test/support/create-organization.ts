import type { ChangeContext, OrganizationWriter } from '@chidao/app'
import { type Organization, validateNewOrganization } from '@chidao/domain'
import { valueOfResult } from './value-of-result.js'

/** An organisation to create: its code, and what differs from a province's department. */
export type OrganizationFields = { readonly code: string } & Readonly<Record<string, unknown>>

/**
 * Validates and creates an organisation, stopping the test on a refusal: a province's department
 * named `Cơ quan CODE` unless `fields` say otherwise.
 *
 * @example
 * ```ts
 * const lhh = await createOrganization(scope.organizations, { code: 'LHH', kind: 'ASSOCIATION_UNION' })
 * ```
 */
export async function createOrganization(
  organizations: Pick<OrganizationWriter, 'create'>,
  fields: OrganizationFields,
  context: ChangeContext = { actor: 'test' },
): Promise<Organization> {
  const validated = validateNewOrganization(
    { name: `Cơ quan ${fields.code}`, kind: 'DEPARTMENT', level: 'PROVINCE', ...fields } as never,
    { today: '2026-01-15' },
  )
  return valueOfResult(await organizations.create(valueOfResult(validated), context))
}
