import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const pauseTask = taskStep('pauseTask', 'PAUSED')

/**
 * What {@link pauseTask} may fail with: besides the codes of every step, how the state machine
 * refuses to pause the task where it stands.
 */
export const PAUSE_TASK_ERRORS = pauseTask.errors

/** A code {@link pauseTask} may fail with. */
export type PauseTaskError = UseCaseErrorOf<typeof pauseTask>
