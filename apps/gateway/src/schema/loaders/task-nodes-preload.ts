import { loadTasksWithRelated } from '@chidao/app'
import type { TaskId } from '@chidao/domain'
import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../../context.js'
import { preloadNodesWith } from '../support/nodes-preload.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { TaskNode } from '../types/task.js'
import { nodeAnswer } from './node-loader.js'
import { asksRelated, primeRelated, relatedAskedForNodes } from './task-look-ahead.js'

/**
 * The tasks of `nodes(ids:)` whose selection asks for their organisations, document or
 * reports: read with those in one statement (`loadTasksWithRelated`, at the caller's
 * clearance), then handed to the Task loader — a task not found, or above the clearance, as
 * the loader itself would answer it — and to the loaders of the related records. A selection
 * asking for none of them is left to the Task loader alone.
 */
export async function primeTaskNodes(
  ids: readonly string[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  const related = relatedAskedForNodes(info)
  if (!asksRelated(related)) return
  const loaded = queryResultOf(
    await loadTasksWithRelated(useCaseContext(context), { ids: ids as TaskId[], related }),
  )
  const loader = TaskNode.getDataloader(context)
  ids.forEach((id, i) => {
    loader.prime(id, nodeAnswer('Task', id, loaded.tasks[i]))
  })
  primeRelated(context, loaded.related, info)
}

preloadNodesWith('Task', primeTaskNodes)
