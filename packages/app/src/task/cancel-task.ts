import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to cancel, at the version read. */
export type CancelTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type CancelTaskOutput = TaskStepOutput

/**
 * What {@link cancelTask} may fail with: besides the codes of every step, how the state machine
 * refuses to cancel the task where it stands.
 */
export const CANCEL_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'REASON_REQUIRED',
] as const

/** A code {@link cancelTask} may fail with. */
export type CancelTaskError = (typeof CANCEL_TASK_ERRORS)[number]

/** The ports {@link cancelTask} calls. */
export type CancelTaskPorts = TaskStepPorts

/**
 * Cancels an open task (hủy bỏ), with a reason: NOT_STARTED | IN_PROGRESS | PAUSED → CANCELLED.
 * Cancelled tasks are not counted in rates. Whoever manages the task (`task.manage`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * await cancelTask(context, { id, version: 2, reason: 'Đã thay thế bởi Kế hoạch 12-KH/TU' })
 * ```
 */
export function cancelTask(
  context: UseCaseContext<CancelTaskPorts>,
  input: CancelTaskInput,
): Promise<UseCaseResult<CancelTaskOutput, CancelTaskError>> {
  return runUseCase('cancelTask', CANCEL_TASK_ERRORS, () =>
    advanceTask(context, 'CANCELLED', input),
  )
}
