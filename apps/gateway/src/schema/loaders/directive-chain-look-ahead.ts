import { asOfDay, loadImplementationNeighbourhood, type NeighbourhoodRequest } from '@chidao/app'
import type { Directive } from '@chidao/domain'
import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { fieldsOf, type Selected } from '../support/selected-fields.js'
import { useCaseContext } from '../support/use-case-call.js'
import { primedWalks } from './directive-loaders.js'
import { directiveTaskCount, taskCountLoader } from './task-count-loader.js'

/** Arguments of `tasks` that leave its total the count of the document's own tasks. */
const PAGING_ARGS = new Set(['first', 'last', 'after', 'before', 'orderBy'])

/** Whether a `tasks` field asks for nothing but the total of the document's own tasks. */
function isOwnTaskTotal(field: Selected, info: GraphQLResolveInfo): boolean {
  if (field.name !== 'tasks' || !field.args.every((a) => PAGING_ARGS.has(a.name.value))) {
    return false
  }
  const inside = [...fieldsOf(info, field.set)]
  return (
    inside.length > 0 && inside.every((f) => f.name === 'totalCount' || f.name === '__typename')
  )
}

/**
 * What a `directive` field's selection asks of the walks: the chain, the documents implementing
 * it, and whether every `tasks` total asked of them (and of the document) is the plain count of
 * its own tasks — those the look-ahead can bring along.
 */
function walksAskedFor(info: GraphQLResolveInfo): NeighbourhoodRequest {
  const keeps = (on: string) => on === 'Directive' || on === 'Node'
  const top = info.fieldNodes.flatMap((node) => [...fieldsOf(info, node.selectionSet, keeps)])
  const walks = top.filter((f) => f.name === 'implementationChain' || f.name === 'implementedBy')
  const documents = [top, ...walks.map((w) => [...fieldsOf(info, w.set, keeps)])]
  const tasks = documents.flat().filter((f) => f.name === 'tasks')
  return {
    chain: walks.some((w) => w.name === 'implementationChain'),
    implementedBy: walks.some((w) => w.name === 'implementedBy'),
    taskCounts: tasks.length > 0 && tasks.every((f) => isOwnTaskTotal(f, info)),
  }
}

/**
 * Looks ahead into a `directive` field for its implementation chain, the documents implementing
 * it and their task totals, and reads them all in one statement, priming what the fields then
 * answer from: the question "a document, its chain both ways, each with its task count" costs
 * the document's look-up and one statement, however long the chain.
 */
export async function primeWalks(
  context: GatewayContext,
  directive: Directive,
  info: GraphQLResolveInfo,
): Promise<void> {
  const wanted = walksAskedFor(info)
  if (!wanted.chain && !wanted.implementedBy) return
  const found = queryResultOf(
    await loadImplementationNeighbourhood(useCaseContext(context), { id: directive.id, wanted }),
  )
  primedWalks(context).set(directive.id, {
    chain: wanted.chain ? found.chain.map((s) => s.directive) : null,
    implementedBy: wanted.implementedBy ? found.implementedBy.map((s) => s.directive) : null,
  })
  if (!wanted.taskCounts) return
  const asOf = queryResultOf(asOfDay(null, { today: () => context.clock.today() }))
  const counts = taskCountLoader(context)
  for (const [id, n] of found.taskCounts) {
    counts.prime(directiveTaskCount(id, { includeImplementing: false, timeliness: null }, asOf), n)
  }
}
