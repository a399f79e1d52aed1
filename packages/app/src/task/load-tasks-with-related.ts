import type { Task, TaskId } from '@chidao/domain'
import type { RelatedOfTasks, TaskReader, TaskRelated } from '../ports/task-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/** What {@link loadTasksWithRelated} is asked: the ids, and what to bring along with them. */
export interface LoadTasksWithRelatedInput {
  readonly ids: readonly TaskId[]
  /**
   * The records the caller will show beside each task (organisations, documents, reports), to
   * be read with the tasks rather than one batched look-up each afterwards. Default: none.
   */
  readonly related?: TaskRelated | null
}

/** The tasks, in the order asked (`null` where the caller sees none), and what came along. */
export interface LoadTasksWithRelatedOutput {
  readonly tasks: readonly (Task | null)[]
  readonly related: RelatedOfTasks
}

/** The ports {@link loadTasksWithRelated} calls. */
export interface LoadTasksWithRelatedPorts {
  readonly tasks: Pick<TaskReader, 'findByIdsWithRelated'>
}

/**
 * Tasks by id with the records shown beside them, in one statement, at the caller's clearance:
 * a task above it is answered `null`, as one that does not exist. What the API's `nodes(ids:)`
 * reads when its selection asks for a task's organisations, document or reports. None fails.
 *
 * @example
 * ```ts
 * const result = await loadTasksWithRelated(context, { ids, related: { organizations: true } })
 * if (result.ok) result.value.related.organizations // the leads and coordinators, by id
 * ```
 */
export const loadTasksWithRelated = defineBatchedRead(
  'loadTasksWithRelated',
  (
    ports: LoadTasksWithRelatedPorts,
    input: LoadTasksWithRelatedInput,
  ): Promise<LoadTasksWithRelatedOutput> =>
    ports.tasks.findByIdsWithRelated(input.ids, input.related ?? {}),
)
