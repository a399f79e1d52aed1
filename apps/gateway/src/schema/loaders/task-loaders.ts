import {
  loadProgressReportsOfTasks,
  loadSubtasksOfTasks,
  loadTask,
  loadTasksByIds,
} from '@chidao/app'
import type { ProgressReport, Task, TaskId } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import type { GatewayContext } from '../../context.js'
import { NodeNotFoundError } from '../support/global-id.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'
import { nodeLoader } from './node-loader.js'
import { primedProgressReports } from './task-look-ahead.js'

/**
 * Tasks by id, for the batched load of `Task`: one statement for every id asked in a tick.
 * A task the caller may not see is not found, as one that does not exist.
 */
export const loadTasks = nodeLoader('Task', loadTasksByIds)

/** The direct subtasks of each task, in one statement for every task asked in a tick. */
export async function loadSubtasks(ids: string[], context: GatewayContext): Promise<Task[][]> {
  const map = queryResultOf(
    await loadSubtasksOfTasks(useCaseContext(context), { parentIds: ids as TaskId[] }),
  )
  return ids.map((id) => (map.get(id as TaskId) ?? []).map((task) => ({ ...task })))
}

/**
 * The reports of every task a tick asks about, in one statement, shared by `progress` and
 * `progressReports`. Batched but not cached, so a field resolved after a mutation in the same
 * request sees the mutation's reports.
 */
const progressReportsLoader = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<TaskId, readonly ProgressReport[]>(
      async (ids) => {
        const reports = queryResultOf(
          await loadProgressReportsOfTasks(useCaseContext(context), { taskIds: ids }),
        )
        return ids.map((id) => reports.get(id) ?? [])
      },
      { cache: false },
    ),
)

/** A task's reports, oldest first: brought along by its page (in a query), or batched. */
export function progressReportsOfTask(
  context: GatewayContext,
  id: TaskId,
): Promise<readonly ProgressReport[]> {
  const primed = primedProgressReports(context).get(id)
  return primed ? Promise.resolve(primed) : progressReportsLoader(context).load(id)
}

/**
 * The task as it stands after a write the caller just made to it, read afresh rather than from
 * the batching loader, which may hold it as it was before: what a payload's `task` answers.
 */
export async function taskAfterWrite(context: GatewayContext, id: TaskId): Promise<Task> {
  const task = queryResultOf(await loadTask(useCaseContext(context), { id }))
  if (!task) throw new NodeNotFoundError('Task', id)
  return { ...task }
}
