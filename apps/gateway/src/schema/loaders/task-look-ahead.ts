import type { RelatedOfTasks, TaskRelated } from '@chidao/app'
import type { ProgressReport, TaskId } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql'
import type { GatewayContext } from '../../context.js'
import { DirectiveNode } from '../types/directive.js'
import { OrganizationNode } from '../types/organization.js'

/** Which task fields need which related records. */
const NEEDS: Readonly<Record<string, keyof TaskRelated>> = {
  lead: 'organizations',
  coordinators: 'organizations',
  monitor: 'organizations',
  directive: 'directives',
  progressReports: 'progressReports',
  progress: 'progressReports',
}

/**
 * Looks ahead into a task connection's selection (`edges { node { … } }`, fragments included)
 * for the fields that would each cost a batched query after the page — lead, coordinators,
 * directive, reports — so that the page's own statement can bring them along.
 */
export function relatedAskedFor(info: GraphQLResolveInfo): TaskRelated {
  const asked: { -readonly [K in keyof TaskRelated]: boolean } = {}
  const fieldsOf = function* (
    set: SelectionSetNode | undefined,
    depth = 0,
  ): Generator<{
    name: string
    set: SelectionSetNode | undefined
  }> {
    if (!set || depth > 10) return
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        yield { name: selection.name.value, set: selection.selectionSet }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        yield* fieldsOf(selection.selectionSet, depth + 1)
      } else {
        yield* fieldsOf(info.fragments[selection.name.value]?.selectionSet, depth + 1)
      }
    }
  }
  for (const node of info.fieldNodes) {
    for (const connectionField of fieldsOf(node.selectionSet)) {
      if (connectionField.name !== 'edges') continue
      for (const edgeField of fieldsOf(connectionField.set)) {
        if (edgeField.name !== 'node') continue
        for (const taskField of fieldsOf(edgeField.set)) {
          const need = NEEDS[taskField.name]
          if (need) asked[need] = true
        }
      }
    }
  }
  return asked
}

/** Reports a query's page brought along, by task: read before asking the batched loader. */
export const primedProgressReports = createContextCache(
  () => new Map<TaskId, readonly ProgressReport[]>(),
)

/**
 * Hands what a page brought along to the loaders its nested fields will ask, so that they
 * answer from memory. Reports are kept only in a query: in a mutation a later field may
 * write a report that must then be seen.
 */
export function primeRelated(
  context: GatewayContext,
  related: RelatedOfTasks,
  info: GraphQLResolveInfo,
): void {
  const organizations = OrganizationNode.getDataloader(context)
  for (const [id, organization] of related.organizations) {
    organizations.prime(id, { ...organization })
  }
  const directives = DirectiveNode.getDataloader(context)
  for (const [id, directive] of related.directives) directives.prime(id, { ...directive })
  if (info.operation.operation === 'query') {
    const reports = primedProgressReports(context)
    for (const [id, list] of related.progressReports) reports.set(id, list)
  }
}
