import {
  loadDirectiveRelations,
  loadDirectivesByIds,
  loadImplementationChain,
  loadImplementingDirectives,
} from '@chidao/app'
import type { Directive, DirectiveId, DirectiveRelation } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { nodeLoader } from './node-loader.js'

/**
 * Directives by id, for the batched load of `Directive`: one statement for every id asked in
 * a tick. A document above the caller's clearance is not found, as one that does not exist.
 */
export const loadDirectives = nodeLoader('Directive', loadDirectivesByIds)

/** The relations leaving and entering a document. */
export async function relationsOfDirective(
  context: GatewayContext,
  id: DirectiveId,
): Promise<readonly DirectiveRelation[]> {
  const relations = queryResultOf(
    await loadDirectiveRelations(useCaseContext(context), { ids: [id] }),
  )
  return relations.get(id) ?? []
}

/** The walks of a document read ahead of its fields (`primeWalks`), `null` where not read. */
export interface PrimedWalks {
  readonly chain: readonly Directive[] | null
  readonly implementedBy: readonly Directive[] | null
}

/** The walks read ahead in this request, by the id of the document walked from. */
export const primedWalks = createContextCache(() => new Map<DirectiveId, PrimedWalks>())

/** What a document implements or continues, up to the root, nearest first: one statement. */
export async function implementationChainOf(
  context: GatewayContext,
  id: DirectiveId,
): Promise<Directive[]> {
  const primed = primedWalks(context).get(id)?.chain
  if (primed) return primed.map((d) => ({ ...d }))
  const chain = queryResultOf(await loadImplementationChain(useCaseContext(context), { id }))
  return chain.map((s) => ({ ...s.directive }))
}

/** Every document implementing or continuing one, directly or not, nearest first: one statement. */
export async function directivesImplementing(
  context: GatewayContext,
  id: DirectiveId,
): Promise<Directive[]> {
  const primed = primedWalks(context).get(id)?.implementedBy
  if (primed) return primed.map((d) => ({ ...d }))
  return (await implementationTreeOf(context, id)).map((step) => step.directive)
}

/**
 * Every document implementing or continuing one, directly or not, as the steps of a tree: each
 * with its depth and the relation followed to reach it (its target is the step's parent),
 * nearest first, so that a parent comes before its children. One statement.
 */
export async function implementationTreeOf(
  context: GatewayContext,
  id: DirectiveId,
): Promise<ImplementationStep[]> {
  const steps = queryResultOf(await loadImplementingDirectives(useCaseContext(context), { id }))
  return steps.map((s) => ({
    directive: { ...s.directive },
    depth: s.depth,
    relation: s.relation,
  }))
}

/** One step of {@link implementationTreeOf}. */
export interface ImplementationStep {
  readonly directive: Directive
  readonly depth: number
  readonly relation: DirectiveRelation
}
