import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to start, at the version read. */
export type StartTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type StartTaskOutput = TaskStepOutput

/**
 * What {@link startTask} may fail with: besides the codes of every step, how the state machine
 * refuses to start the task where it stands.
 */
export const START_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_TRANSITION',
] as const

/** A code {@link startTask} may fail with. */
export type StartTaskError = (typeof START_TASK_ERRORS)[number]

/** The ports {@link startTask} calls. */
export type StartTaskPorts = TaskStepPorts

/**
 * Starts work on a task (bắt đầu thực hiện): NOT_STARTED → IN_PROGRESS. The lead itself may start
 * its task; so may an editor above the lead or one who manages the task, and an admin
 * (`task.advance`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * const result = await startTask(context, { id, version: 1, on: '2025-03-01' })
 * if (result.ok) result.value.task.status // 'IN_PROGRESS'
 * ```
 */
export function startTask(
  context: UseCaseContext<StartTaskPorts>,
  input: StartTaskInput,
): Promise<UseCaseResult<StartTaskOutput, StartTaskError>> {
  return runUseCase('startTask', START_TASK_ERRORS, () => advanceTask(context, 'STARTED', input))
}
