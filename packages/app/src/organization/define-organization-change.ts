import { type Organization, ok } from '@chidao/domain'
import { mayManageOrganizations } from '../policy/policy.js'
import type { ChangeContext } from '../ports/change-context.js'
import type { OrganizationWriter } from '../ports/organization-store.js'
import {
  defineGuardedChange,
  type GuardedChangeDefinition,
} from '../use-case/define-guarded-change.js'
import type { REFUSAL_CODES, UseCase, UseCaseContext } from '../use-case/use-case.js'

/** What a change of the organisation tree answers: the organisation as the store wrote it. */
export interface ChangedOrganization {
  readonly organization: Organization
}

/** The ports a change of the organisation tree calls: the writer's methods it names. */
export type OrganizationChangePorts<Method extends keyof OrganizationWriter> = {
  readonly organizations: Pick<OrganizationWriter, Method>
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
  definition: Omit<GuardedChangeDefinition<Ports, Input, Organization, Code>, 'rule'>,
): UseCase<Ports, Input, ChangedOrganization, Code | (typeof REFUSAL_CODES)[number]> {
  const { write } = definition
  return defineGuardedChange({
    ...definition,
    rule: mayManageOrganizations,
    async write(context: UseCaseContext<Ports>, input: Input, change: ChangeContext) {
      const written = await write(context, input, change)
      return written.ok ? ok({ organization: written.value }) : written
    },
  })
}
