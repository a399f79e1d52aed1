import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to reopen, at the version read. */
export type ReopenTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type ReopenTaskOutput = TaskStepOutput

/**
 * What {@link reopenTask} may fail with: besides the codes of every step, how the state machine
 * refuses to reopen the task where it stands.
 */
export const REOPEN_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'INVALID_TRANSITION',
  'REASON_REQUIRED',
] as const

/** A code {@link reopenTask} may fail with. */
export type ReopenTaskError = (typeof REOPEN_TASK_ERRORS)[number]

/** The ports {@link reopenTask} calls. */
export type ReopenTaskPorts = TaskStepPorts

/**
 * Reopens a completed or cancelled task (mở lại), with a reason that is recorded:
 * COMPLETED | CANCELLED → IN_PROGRESS; the completion day is cleared. Whoever manages the task
 * (`task.manage`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * await reopenTask(context, { id, version: 4, reason: 'Kiểm tra phát hiện chưa đạt yêu cầu' })
 * ```
 */
export function reopenTask(
  context: UseCaseContext<ReopenTaskPorts>,
  input: ReopenTaskInput,
): Promise<UseCaseResult<ReopenTaskOutput, ReopenTaskError>> {
  return runUseCase('reopenTask', REOPEN_TASK_ERRORS, () => advanceTask(context, 'REOPENED', input))
}
