import type { Directive, DirectiveId, DirectiveRelation } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { NodeNotFoundError } from '../support/global-id.js'

/**
 * Directives by id, for the batched load of `Directive`: one statement for every id asked in
 * a tick. A document above the caller's clearance is not found, as one that does not exist.
 */
export async function loadDirectives(
  ids: string[],
  context: GatewayContext,
): Promise<(Directive | Error)[]> {
  const found = await context.tenant.directives.findByIds(ids as DirectiveId[])
  // Copies: domain objects are frozen, and Pothos marks loaded objects with their type.
  return found.map((d, i) => (d ? { ...d } : new NodeNotFoundError('Directive', ids[i]!)))
}

/** The relations leaving and entering a document. */
export async function relationsOfDirective(
  context: GatewayContext,
  id: DirectiveId,
): Promise<readonly DirectiveRelation[]> {
  return (await context.tenant.directives.relationsOf([id])).get(id) ?? []
}

/** What a document implements or continues, up to the root, nearest first: one statement. */
export async function implementationChainOf(
  context: GatewayContext,
  id: DirectiveId,
): Promise<Directive[]> {
  return (await context.tenant.directives.implementationChain(id)).map((s) => ({
    ...s.directive,
  }))
}

/** Every document implementing or continuing one, directly or not, nearest first: one statement. */
export async function directivesImplementing(
  context: GatewayContext,
  id: DirectiveId,
): Promise<Directive[]> {
  return (await context.tenant.directives.implementedBy(id)).map((s) => ({ ...s.directive }))
}
