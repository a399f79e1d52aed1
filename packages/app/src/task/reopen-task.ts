import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const reopenTask = taskStep('reopenTask', 'REOPENED')

/**
 * What {@link reopenTask} may fail with: besides the codes of every step, how the state machine
 * refuses to reopen the task where it stands.
 */
export const REOPEN_TASK_ERRORS = reopenTask.errors

/** A code {@link reopenTask} may fail with. */
export type ReopenTaskError = UseCaseErrorOf<typeof reopenTask>
