import type { DirectiveFacts } from '@chidao/app'
import {
  type DirectiveId,
  directiveNotFound as domainDirectiveNotFound,
  taskNotFound as domainTaskNotFound,
} from '@chidao/domain'
import { organizationCodes } from '../../auth/policy-gate.js'
import type { GatewayContext } from '../../context.js'
import { NotFoundFailure } from '../support/error.js'

/** The failure for a task id that names nothing the caller may see: absent and hidden alike. */
export function taskNotFound(path: readonly string[]): NotFoundFailure {
  return new NotFoundFailure(domainTaskNotFound(path))
}

/** The failure for a directive id that names nothing the caller may see: absent and hidden alike. */
export function directiveNotFound(path: readonly string[]): NotFoundFailure {
  return new NotFoundFailure(domainDirectiveNotFound(path))
}

/** What the policy needs of a directive the caller sees, or null when it sees none by that id. */
export async function directiveFactsOf(
  context: GatewayContext,
  directiveId: string,
): Promise<(DirectiveFacts & { readonly issuedOn: string }) | null> {
  const directive = await context.tenant.directives.findById(directiveId as DirectiveId)
  if (!directive) return null
  const [issuerCode] = await organizationCodes(context, [directive.issuerId], [[]])
  return { issuerCode: issuerCode ?? '', secrecy: directive.secrecy, issuedOn: directive.issuedOn }
}
