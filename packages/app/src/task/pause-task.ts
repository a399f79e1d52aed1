import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to pause, at the version read. */
export type PauseTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type PauseTaskOutput = TaskStepOutput

/**
 * What {@link pauseTask} may fail with: besides the codes of every step, how the state machine
 * refuses to pause the task where it stands.
 */
export const PAUSE_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_TRANSITION',
] as const

/** A code {@link pauseTask} may fail with. */
export type PauseTaskError = (typeof PAUSE_TASK_ERRORS)[number]

/** The ports {@link pauseTask} calls. */
export type PauseTaskPorts = TaskStepPorts

/**
 * Suspends a task in progress (tạm dừng): IN_PROGRESS → PAUSED; a reason may be given. Whoever
 * manages the task (`task.manage`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * await pauseTask(context, { id, version: 2, reason: 'Chờ kinh phí' })
 * ```
 */
export function pauseTask(
  context: UseCaseContext<PauseTaskPorts>,
  input: PauseTaskInput,
): Promise<UseCaseResult<PauseTaskOutput, PauseTaskError>> {
  return runUseCase('pauseTask', PAUSE_TASK_ERRORS, () => advanceTask(context, 'PAUSED', input))
}
