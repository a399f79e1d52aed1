import type { Page, Task } from '@chidao/domain'
import type {
  RelatedOfTasks,
  TaskFilter,
  TaskOrder,
  TaskReader,
  TaskRelated,
} from '../ports/task-store.js'
import { type ListInput, listRequestOf } from '../use-case/list-request-of.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, orAbort } from '../use-case/use-case.js'
import { asOfDay } from './as-of-day.js'

/**
 * Which tasks to list, on which day, in which order, and what to bring along with them: every
 * given field of `filter` must match, ids the domain's (`OrganizationId`, `DirectiveId`…); the
 * order by default `DUE_ASC`, the soonest due first (tasks with no due day last).
 */
export interface ListTasksInput extends ListInput<TaskFilter, TaskOrder> {
  /** The day timeliness is judged on (YYYY-MM-DD); default: the clock's today. */
  readonly asOf?: string | null
  /**
   * The records the caller will show beside each task (organisations, documents, reports), to
   * be read with the page rather than one look-up each afterwards. Default: none.
   */
  readonly related?: TaskRelated | null
}

/** One page of tasks the caller may see, and the records brought along with it. */
export interface ListTasksOutput {
  readonly page: Page<Task>
  readonly related: RelatedOfTasks
}

/** The ports {@link listTasks} calls. */
export interface ListTasksPorts {
  readonly tasks: Pick<TaskReader, 'listWithRelated'>
}

/**
 * Lists the tasks the caller may see (danh sách nhiệm vụ), filtered and ordered, with the total
 * of the filtered list: the overdue list, the tasks of a document or of an organisation. The
 * timeliness filter is judged on `asOf`, by default today; a task above the caller's clearance
 * is not counted, as if it did not exist. One statement, with whatever `related` asks for.
 *
 * @example
 * ```ts
 * const result = await listTasks(context, { filter: { timeliness: ['OVERDUE'] }, first: 20 })
 * if (result.ok) result.value.page.totalCount // overdue today, all pages
 * ```
 */
export const listTasks = defineUseCase({
  name: 'listTasks',
  errors: ['INVALID_DATE'],
  async run(
    context: UseCaseContext<ListTasksPorts>,
    input: ListTasksInput,
  ): Promise<ListTasksOutput> {
    const asOf = orAbort(asOfDay(input.asOf, context.clock))
    return context.ports.tasks.listWithRelated(
      { ...listRequestOf(input, 'DUE_ASC'), asOf },
      input.related ?? {},
    )
  },
})

/** What {@link listTasks} may fail with. */
export const LIST_TASKS_ERRORS = listTasks.errors

/** A code {@link listTasks} may fail with. */
export type ListTasksError = UseCaseErrorOf<typeof listTasks>
