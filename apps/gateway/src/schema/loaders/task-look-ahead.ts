import type { RelatedOfTasks, TaskRelated } from '@chidao/app'
import type { ProgressReport, TaskId } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../../context.js'
import { fieldsOf, type Selected } from '../support/selected-fields.js'
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

/** What the given task fields, as selected, need brought along. */
function relatedOfFields(fields: Iterable<Selected>): TaskRelated {
  const asked: { -readonly [K in keyof TaskRelated]: boolean } = {}
  for (const field of fields) {
    const need = NEEDS[field.name]
    if (need) asked[need] = true
  }
  return asked
}

/**
 * Looks ahead into a task connection's selection (`edges { node { … } }`, fragments included)
 * for the fields that would each cost a batched query after the page — lead, coordinators,
 * directive, reports — so that the page's own statement can bring them along.
 */
export function relatedAskedFor(info: GraphQLResolveInfo): TaskRelated {
  return relatedOfFields(
    (function* () {
      for (const node of info.fieldNodes) {
        for (const connectionField of fieldsOf(info, node.selectionSet)) {
          if (connectionField.name !== 'edges') continue
          for (const edgeField of fieldsOf(info, connectionField.set)) {
            if (edgeField.name === 'node') yield* fieldsOf(info, edgeField.set)
          }
        }
      }
    })(),
  )
}

/**
 * Looks ahead into the selection of `nodes(ids:)` for what its tasks will ask for beside
 * them: the fields of `... on Task { … }` (inline or named fragments, and those on `Node`), so
 * that the tasks' own statement can bring them along. Fragments on other types are not looked
 * into.
 */
export function relatedAskedForNodes(info: GraphQLResolveInfo): TaskRelated {
  const onTask = (typename: string) => typename === 'Task' || typename === 'Node'
  return relatedOfFields(
    (function* () {
      for (const node of info.fieldNodes) yield* fieldsOf(info, node.selectionSet, onTask)
    })(),
  )
}

/** Whether a look-ahead found anything to bring along. */
export function asksRelated(related: TaskRelated): boolean {
  return Boolean(related.organizations || related.directives || related.progressReports)
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
