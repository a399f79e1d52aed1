import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const resumeTask = taskStep('resumeTask', 'RESUMED')

/**
 * What {@link resumeTask} may fail with: besides the codes of every step, how the state machine
 * refuses to resume the task where it stands.
 */
export const RESUME_TASK_ERRORS = resumeTask.errors

/** A code {@link resumeTask} may fail with. */
export type ResumeTaskError = UseCaseErrorOf<typeof resumeTask>
