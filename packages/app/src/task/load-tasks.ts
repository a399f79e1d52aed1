import type { IsoDate, Page, ProgressReport, Task, TaskId } from '@chidao/domain'
import type { TaskFilter, TaskListKey, TaskListRequest, TaskReader } from '../ports/task-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/**
 * Batched reads of tasks for the API's loaders (DataLoader): each is called once per batch with
 * every id a tick asked for, and answers with one statement, at the caller's clearance — a task
 * above it is answered as absent, as one that does not exist. None fails.
 */

/** The ports the task loaders call. */
export interface LoadTasksPorts {
  readonly tasks: Pick<
    TaskReader,
    | 'findById'
    | 'findByIds'
    | 'list'
    | 'listMany'
    | 'countMany'
    | 'subtasksOf'
    | 'progressReportsOf'
  >
}

/**
 * Tasks by id, in the order asked, `null` where the caller sees none: one statement.
 *
 * @example
 * ```ts
 * const result = await loadTasksByIds(context, { ids })
 * if (result.ok) result.value[0] // the first id's task, or null
 * ```
 */
export const loadTasksByIds = defineBatchedRead(
  'loadTasksByIds',
  (
    ports: LoadTasksPorts,
    input: { readonly ids: readonly TaskId[] },
  ): Promise<readonly (Task | null)[]> => ports.tasks.findByIds(input.ids),
)

/**
 * One task as it stands now, read afresh (after a write, or for a live event), or `null`.
 *
 * @example
 * ```ts
 * const result = await loadTask(context, { id })
 * ```
 */
export const loadTask = defineBatchedRead(
  'loadTask',
  (ports: LoadTasksPorts, input: { readonly id: TaskId }): Promise<Task | null> =>
    ports.tasks.findById(input.id),
)

/**
 * The direct subtasks of each parent (by reference, then creation), `[]` where none: one
 * statement for every parent.
 *
 * @example
 * ```ts
 * const result = await loadSubtasksOfTasks(context, { parentIds })
 * if (result.ok) result.value.get(parentIds[0]) // its subtasks
 * ```
 */
export const loadSubtasksOfTasks = defineBatchedRead(
  'loadSubtasksOfTasks',
  (
    ports: LoadTasksPorts,
    input: { readonly parentIds: readonly TaskId[] },
  ): Promise<ReadonlyMap<TaskId, readonly Task[]>> => ports.tasks.subtasksOf(input.parentIds),
)

/**
 * The progress reports of each task, oldest first, `[]` where none: one statement.
 *
 * @example
 * ```ts
 * const result = await loadProgressReportsOfTasks(context, { taskIds })
 * ```
 */
export const loadProgressReportsOfTasks = defineBatchedRead(
  'loadProgressReportsOfTasks',
  (
    ports: LoadTasksPorts,
    input: { readonly taskIds: readonly TaskId[] },
  ): Promise<ReadonlyMap<TaskId, readonly ProgressReport[]>> =>
    ports.tasks.progressReportsOf(input.taskIds),
)

/**
 * The first pages of several task lists, by key (the lists nested in a list: the tasks of each
 * organisation of a page), judged on `asOf`: one statement for all of them.
 *
 * @example
 * ```ts
 * const result = await loadTaskPages(context, { lists: [{ key: 'org-1', filter, first: 5 }], asOf })
 * if (result.ok) result.value.get('org-1') // its first page
 * ```
 */
export const loadTaskPages = defineBatchedRead(
  'loadTaskPages',
  (
    ports: LoadTasksPorts,
    input: { readonly lists: readonly TaskListKey[]; readonly asOf: IsoDate },
  ): Promise<ReadonlyMap<string, Page<Task>>> => ports.tasks.listMany(input.lists, input.asOf),
)

/**
 * One page of a task list past a cursor, as its request says (already checked by the API):
 * what a nested list asks for once it is paged on, one parent at a time.
 *
 * @example
 * ```ts
 * const result = await loadTaskPage(context, { filter, asOf, orderBy: 'DUE_ASC', first: 5, after })
 * ```
 */
export const loadTaskPage = defineBatchedRead(
  'loadTaskPage',
  (ports: LoadTasksPorts, input: TaskListRequest): Promise<Page<Task>> => ports.tasks.list(input),
)

/**
 * How many tasks each of several filters selects, by key, judged on `asOf`: one statement for
 * all of them (the totals of lists nested in a list).
 *
 * @example
 * ```ts
 * const result = await countTaskLists(context, { lists: [{ key: 'doc-1', filter }], asOf })
 * if (result.ok) result.value.get('doc-1') // its total
 * ```
 */
export const countTaskLists = defineBatchedRead(
  'countTaskLists',
  (
    ports: LoadTasksPorts,
    input: {
      readonly lists: readonly { readonly key: string; readonly filter: TaskFilter }[]
      readonly asOf: IsoDate
    },
  ): Promise<ReadonlyMap<string, number>> => ports.tasks.countMany(input.lists, input.asOf),
)
