import {
  deadlineWarnings,
  type OrganizationId,
  parseDeadline,
  type RecurrenceCadence,
  type Task,
  type TaskId,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayManageTask } from '../policy/policy.js'
import type { TaskPatch } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort } from '../use-case/use-case.js'
import { TASK_WRITE_ERRORS } from './task-errors.js'
import { TASK_INPUT_PATHS, taskFactsOf, visibleTaskWithFacts } from './task-facts.js'
import type { TaskWritePorts, TaskWritten } from './task-write.js'

/**
 * A change to a task, made on the version read. Only the fields given change: one left out
 * (or `null`) stays as it is.
 */
export interface UpdateTaskInput {
  /** The task to change. */
  readonly id: TaskId
  /** The version read: if someone changed the task since, nothing changes (`CONFLICT`). */
  readonly version: number
  readonly title?: string | null
  readonly description?: string | null
  /** As written; a blank text removes the deadline. A missing year is the document's. */
  readonly deadline?: string | null
  readonly leadId?: OrganizationId | null
  readonly coordinatorIds?: readonly OrganizationId[] | null
  readonly monitorId?: OrganizationId | null
  readonly reportingDuty?: {
    readonly cadence: RecurrenceCadence
    readonly recipientId: OrganizationId
  } | null
}

/** The task as it stands after the change. */
export type UpdateTaskOutput = TaskWritten

/** The ports {@link updateTask} calls. */
export type UpdateTaskPorts = TaskWritePorts<'update'>

/**
 * Changes a task (sửa nhiệm vụ) the caller sees. The policy must allow the caller to manage
 * the task both as it is and as it will be (`task.manage`), so that nobody moves a task out of
 * their reach or into another's. Carries the version read: if the task changed since, it fails
 * with `CONFLICT` and changes nothing.
 *
 * @example
 * ```ts
 * const result = await updateTask(context, { id, version: 3, deadline: 'Quý IV/2027' })
 * if (!result.ok && result.error.code === 'CONFLICT') reloadAndRetry()
 * ```
 */
export const updateTask = defineUseCase({
  name: 'updateTask',
  errors: [...TASK_WRITE_ERRORS, 'CONFLICT'],
  async run(
    context: UseCaseContext<UpdateTaskPorts>,
    input: UpdateTaskInput,
  ): Promise<UpdateTaskOutput> {
    const { ports } = context
    const { task: current, facts: before } = await visibleTaskWithFacts(ports, input.id, ['id'])
    const patch = await taskPatchOf(ports, current, input)
    const after = await taskFactsOf(
      ports.organizations,
      before.directive,
      { ...current, ...patch },
      TASK_INPUT_PATHS,
    )
    await enforceInTree(context, mayManageTask, [before, after])
    const updated = await ports.tasks.update(current.id, patch, input.version, changeOf(context))
    const warnings = patch.deadline === undefined ? [] : deadlineWarnings(patch.deadline)
    return { task: orAbort(updated), warnings }
  },
})

/** What {@link updateTask} may fail with (the deadline's codes are among the validation codes). */
export const UPDATE_TASK_ERRORS = updateTask.errors

/** A code {@link updateTask} may fail with. */
export type UpdateTaskError = UseCaseErrorOf<typeof updateTask>

/** The patch the input asks for; the deadline parsed, its missing year the document's. */
async function taskPatchOf(
  ports: Pick<UpdateTaskPorts, 'directives'>,
  current: Task,
  input: UpdateTaskInput,
): Promise<TaskPatch> {
  const patch: { -readonly [K in keyof TaskPatch]: TaskPatch[K] } = {}
  if (input.title != null) patch.title = input.title
  if (input.description != null) patch.description = input.description
  if (input.deadline != null) {
    if (input.deadline.trim() === '') patch.deadline = null
    else {
      const document = await ports.directives.findById(current.directiveId)
      const year = document ? { year: Number(document.issuedOn.slice(0, 4)) } : {}
      patch.deadline = orAbort(parseDeadline(input.deadline, year), ['deadline'])
    }
  }
  if (input.leadId != null) patch.leadId = input.leadId
  if (input.coordinatorIds != null) patch.coordinatorIds = input.coordinatorIds
  if (input.monitorId != null) patch.monitorId = input.monitorId
  if (input.reportingDuty != null) patch.reportingDuty = input.reportingDuty
  return patch
}
