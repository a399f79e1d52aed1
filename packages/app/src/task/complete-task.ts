import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to complete, at the version read. */
export type CompleteTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type CompleteTaskOutput = TaskStepOutput

/**
 * What {@link completeTask} may fail with: besides the codes of every step, how the state machine
 * refuses to complete the task where it stands.
 */
export const COMPLETE_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_TRANSITION',
] as const

/** A code {@link completeTask} may fail with. */
export type CompleteTaskError = (typeof COMPLETE_TASK_ERRORS)[number]

/** The ports {@link completeTask} calls. */
export type CompleteTaskPorts = TaskStepPorts

/**
 * Records a task as completed (hoàn thành) on the given day, which becomes its completion day
 * (its timeliness follows from the deadline): NOT_STARTED | IN_PROGRESS → COMPLETED; a paused
 * task is resumed first. The lead itself may complete its task; so may an editor above the
 * lead or one who manages the task, and an admin (`task.advance`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * const result = await completeTask(context, { id, version: 2, on: '2025-06-20' })
 * if (result.ok) result.value.task.completedOn // '2025-06-20'
 * ```
 */
export function completeTask(
  context: UseCaseContext<CompleteTaskPorts>,
  input: CompleteTaskInput,
): Promise<UseCaseResult<CompleteTaskOutput, CompleteTaskError>> {
  return runUseCase('completeTask', COMPLETE_TASK_ERRORS, () =>
    advanceTask(context, 'COMPLETED', input),
  )
}
