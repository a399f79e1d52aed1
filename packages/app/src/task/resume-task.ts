import type { UseCaseContext } from '../use-case/use-case-context.js'
import { runUseCase, type UseCaseResult } from '../use-case/use-case-error.js'
import {
  advanceTask,
  TASK_STEP_ERRORS,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
} from './advance-task.js'

/** The task to resume, at the version read. */
export type ResumeTaskInput = TaskStepInput

/** The task as it stands after the step. */
export type ResumeTaskOutput = TaskStepOutput

/**
 * What {@link resumeTask} may fail with: besides the codes of every step, how the state machine
 * refuses to resume the task where it stands.
 */
export const RESUME_TASK_ERRORS = [
  ...TASK_STEP_ERRORS,
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_TRANSITION',
] as const

/** A code {@link resumeTask} may fail with. */
export type ResumeTaskError = (typeof RESUME_TASK_ERRORS)[number]

/** The ports {@link resumeTask} calls. */
export type ResumeTaskPorts = TaskStepPorts

/**
 * Resumes a paused task (tiếp tục): PAUSED → IN_PROGRESS. Whoever manages the task
 * (`task.manage`).
 * Carries the version read: if the task changed since, it fails with `CONFLICT`.
 *
 * @example
 * ```ts
 * await resumeTask(context, { id, version: 3 })
 * ```
 */
export function resumeTask(
  context: UseCaseContext<ResumeTaskPorts>,
  input: ResumeTaskInput,
): Promise<UseCaseResult<ResumeTaskOutput, ResumeTaskError>> {
  return runUseCase('resumeTask', RESUME_TASK_ERRORS, () => advanceTask(context, 'RESUMED', input))
}
