import {
  type DirectiveId,
  deadlineWarnings,
  directiveNotFound,
  type OrganizationId,
  type RecurrenceCadence,
  type TaskId,
  validateNewTask,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayManageTask } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, changeOf, defineUseCase, orAbort } from '../use-case/use-case.js'
import { TASK_WRITE_ERRORS } from './task-errors.js'
import { TASK_INPUT_PATHS, taskFactsOf, visibleTask } from './task-facts.js'
import type { TaskWritePorts, TaskWritten } from './task-write.js'

/** A task to assign (giao nhiệm vụ), as a document assigns it. */
export interface CreateTaskInput {
  /** The document that assigns the task. */
  readonly directiveId: DirectiveId
  /** Its place in the document, e.g. `III.2.b`. */
  readonly reference?: string | null
  readonly title: string
  readonly description?: string | null
  /** The lead organisation (chủ trì). */
  readonly leadId: OrganizationId
  /** Coordinators (phối hợp), in order. */
  readonly coordinatorIds?: readonly OrganizationId[] | null
  /** Monitors and urges (theo dõi, đôn đốc). */
  readonly monitorId?: OrganizationId | null
  /** As written (`Quý III/2027`); a missing year is taken from the document's. */
  readonly deadline?: string | null
  readonly reportingDuty?: {
    readonly cadence: RecurrenceCadence
    readonly recipientId: OrganizationId
  } | null
  /** The task this one is cascaded from. */
  readonly parentId?: TaskId | null
}

/** The task as stored. */
export type CreateTaskOutput = TaskWritten

/** The ports {@link createTask} calls. */
export type CreateTaskPorts = TaskWritePorts<'create'>

/**
 * Assigns a task in a document the caller sees. The deadline is parsed from its text (the
 * text is kept), a missing year taken from the document's; a parent must be a task the caller
 * sees (`TASK_NOT_FOUND` at `parentId`); every organisation the task names must exist. The
 * policy must allow the caller to manage the task (`task.manage`): an editor whose subtree
 * issued the document or holds every organisation the task names, or an admin.
 *
 * @example
 * ```ts
 * const result = await createTask(context, { directiveId, title: 'Tổ chức hội thảo', leadId })
 * if (result.ok) result.value.task.status // 'NOT_STARTED'
 * ```
 */
export const createTask = defineUseCase({
  name: 'createTask',
  errors: TASK_WRITE_ERRORS,
  async run(
    context: UseCaseContext<CreateTaskPorts>,
    input: CreateTaskInput,
  ): Promise<CreateTaskOutput> {
    const { ports } = context
    const document = await ports.directives.findById(input.directiveId)
    if (!document) abort(directiveNotFound(['directiveId']))
    const task = orAbort(validateNewTask(input, { year: Number(document.issuedOn.slice(0, 4)) }))
    if (task.parentId !== null) await visibleTask(ports.tasks, task.parentId, ['parentId'])
    const facts = await taskFactsOf(ports.organizations, document, task, TASK_INPUT_PATHS)
    await enforceInTree(context, mayManageTask, [facts])
    const created = orAbort(await ports.tasks.create(task, changeOf(context)))
    return { task: created, warnings: deadlineWarnings(task.deadline) }
  },
})

/** What {@link createTask} may fail with. */
export const CREATE_TASK_ERRORS = createTask.errors

/** A code {@link createTask} may fail with. */
export type CreateTaskError = UseCaseErrorOf<typeof createTask>
