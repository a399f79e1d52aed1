import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const cancelTask = taskStep('cancelTask', 'CANCELLED')

/**
 * What {@link cancelTask} may fail with: besides the codes of every step, how the state machine
 * refuses to cancel the task where it stands.
 */
export const CANCEL_TASK_ERRORS = cancelTask.errors

/** A code {@link cancelTask} may fail with. */
export type CancelTaskError = UseCaseErrorOf<typeof cancelTask>
