import {
  type Directive,
  type DirectiveId,
  directiveNotFound,
  type ErrorPath,
  type IsoDate,
} from '@chidao/domain'
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
 * The directive with this id, as the caller sees it. One that does not exist, or that the caller
 * may not see, ends the running use case with `DIRECTIVE_NOT_FOUND` at `path`: the two are
 * answered alike.
 */
export async function visibleDirective(
  directives: Pick<DirectiveReader, 'findById'>,
  id: DirectiveId,
  path: ErrorPath,
): Promise<Directive> {
  const directive = await directives.findById(id)
  if (!directive) abort(directiveNotFound(path))
  return directive
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
  const directive = await visibleDirective(ports.directives, directiveId, path)
  const [issuerCode] = await organizationCodes(ports.organizations, [directive.issuerId], [[]])
  return { issuerCode: issuerCode ?? '', secrecy: directive.secrecy, issuedOn: directive.issuedOn }
}

/** A directive a write names, as the caller sees it, with what the policy needs of it. */
export interface NamedDirective {
  readonly id: DirectiveId
  readonly facts: DirectiveFactsWithDate
}

/**
 * The directive a write names at `field`, as {@link directiveFactsOf} reads it: an id given as
 * `null` (one that named no directive at all: malformed, or of another kind of record) is
 * answered exactly as an absent one, `DIRECTIVE_NOT_FOUND` at `field`.
 *
 * @example
 * ```ts
 * const source = await namedDirectiveOf(ports, input.sourceId, 'sourceId')
 * ```
 */
export async function namedDirectiveOf(
  ports: DirectiveFactsPorts,
  id: DirectiveId | null,
  field: string,
): Promise<NamedDirective> {
  if (id === null) abort(directiveNotFound([field]))
  return { id, facts: await directiveFactsOf(ports, id, [field]) }
}
