import type { DomainError, Organization, Result } from '@chidao/domain'
import { mayManageOrganizations } from '../policy/policy.js'
import type { ChangeContext } from '../ports/change-context.js'
import { changeOf, enforce, orAbort, type UseCaseContext } from '../use-case/use-case.js'

/**
 * A change of the organisation tree (a body created, changed, moved or dissolved), as only an
 * ADMIN may make it (`organization.manage`): the policy first, before anything is validated or
 * read; then `write`, recorded as the caller's change; the organisation as the store wrote it.
 *
 * @example
 * ```ts
 * return manageOrganization(context, (change) =>
 *   context.ports.organizations.update(input.id, patch, input.version, change),
 * )
 * ```
 */
export async function manageOrganization(
  context: UseCaseContext<unknown>,
  write: (change: ChangeContext) => Promise<Result<Organization, DomainError>>,
): Promise<{ readonly organization: Organization }> {
  enforce(mayManageOrganizations(context.caller))
  return { organization: orAbort(await write(changeOf(context))) }
}
