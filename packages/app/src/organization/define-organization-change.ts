import type { DomainError, Organization, Result } from '@chidao/domain'
import { mayManageOrganizations } from '../policy/policy.js'
import type { ChangeContext } from '../ports/change-context.js'
import type { OrganizationWriter } from '../ports/organization-store.js'
import {
  changeOf,
  defineUseCase,
  enforce,
  orAbort,
  REFUSAL_CODES,
  type UseCase,
  type UseCaseContext,
} from '../use-case/use-case.js'

/** What a change of the organisation tree answers: the organisation as the store wrote it. */
export interface ChangedOrganization {
  readonly organization: Organization
}

/** The ports a change of the organisation tree calls: the writer's methods it names. */
export type OrganizationChangePorts<Method extends keyof OrganizationWriter> = {
  readonly organizations: Pick<OrganizationWriter, Method>
}

/**
 * A change of the organisation tree as {@link defineOrganizationChange} takes it: its name, the
 * codes it may fail with besides a refusal, and the write, given the caller's change to record.
 */
export interface OrganizationChangeDefinition<Ports, Input, Code extends string> {
  readonly name: string
  readonly errors: readonly Code[]
  readonly write: (
    context: UseCaseContext<Ports>,
    input: Input,
    change: ChangeContext,
  ) => Promise<Result<Organization, DomainError>>
}

/**
 * Defines a change of the organisation tree (a body created, changed, moved or dissolved), as
 * only an ADMIN may make it (`organization.manage`): the policy first, before anything is
 * validated or read; then `write`, recorded as the caller's change; the organisation as the
 * store wrote it. It may fail with a refusal (`REFUSAL_CODES`) and with the codes listed.
 *
 * @example
 * ```ts
 * export const updateOrganization = defineOrganizationChange({
 *   name: 'updateOrganization',
 *   errors: ['ORGANIZATION_NOT_FOUND', 'CONFLICT'],
 *   write: (context: UseCaseContext<UpdateOrganizationPorts>, input: UpdateOrganizationInput, change) =>
 *     context.ports.organizations.update(input.id, patchOf(input), input.version, change),
 * })
 * ```
 */
export function defineOrganizationChange<Ports, Input, const Code extends string>(
  definition: OrganizationChangeDefinition<Ports, Input, Code>,
): UseCase<Ports, Input, ChangedOrganization, Code | (typeof REFUSAL_CODES)[number]> {
  const { name, write } = definition
  return defineUseCase({
    name,
    errors: [...REFUSAL_CODES, ...definition.errors],
    async run(context: UseCaseContext<Ports>, input: Input): Promise<ChangedOrganization> {
      enforce(mayManageOrganizations(context.caller))
      return { organization: orAbort(await write(context, input, changeOf(context))) }
    },
  })
}
