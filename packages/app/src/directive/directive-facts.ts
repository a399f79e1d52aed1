import { type DirectiveId, directiveNotFound, type ErrorPath, type IsoDate } from '@chidao/domain'
import { organizationCodes } from '../organization/organization-codes.js'
import type { DirectiveFacts } from '../policy/facts.js'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

/** What the policy needs of a directive, with the day it was issued (the year of its tasks). */
export interface DirectiveFactsWithDate extends DirectiveFacts {
  readonly issuedOn: IsoDate
}

/** The ports {@link directiveFactsOf} reads. */
export interface DirectiveFactsPorts {
  readonly directives: Pick<DirectiveReader, 'findById'>
  readonly organizations: Pick<OrganizationReader, 'findByIds'>
}

/**
 * What a write reads before the policy judges it: documents by id, and organisations by id
 * (the codes of those it names), by code and by their ancestors (the tree the policy asks,
 * `organizationTreeOf`).
 */
export interface PolicyFactsPorts extends DirectiveFactsPorts {
  readonly organizations: Pick<OrganizationReader, 'findByIds' | 'findByCode' | 'ancestorsOf'>
}

/**
 * What the policy needs of a directive the caller sees. One that does not exist, or that the
 * caller may not see, ends the running use case with `DIRECTIVE_NOT_FOUND` at `path`: the two
 * are answered alike.
 */
export async function directiveFactsOf(
  ports: DirectiveFactsPorts,
  directiveId: DirectiveId,
  path: ErrorPath,
): Promise<DirectiveFactsWithDate> {
  const directive = await ports.directives.findById(directiveId)
  if (!directive) abort(directiveNotFound(path))
  const [issuerCode] = await organizationCodes(ports.organizations, [directive.issuerId], [[]])
  return { issuerCode: issuerCode ?? '', secrecy: directive.secrecy, issuedOn: directive.issuedOn }
}
