import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const completeTask = taskStep('completeTask', 'COMPLETED')

/**
 * What {@link completeTask} may fail with: besides the codes of every step, how the state machine
 * refuses to complete the task where it stands.
 */
export const COMPLETE_TASK_ERRORS = completeTask.errors

/** A code {@link completeTask} may fail with. */
export type CompleteTaskError = UseCaseErrorOf<typeof completeTask>
