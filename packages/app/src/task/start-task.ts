import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { taskStep } from './advance-task.js'

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
export const startTask = taskStep('startTask', 'STARTED')

/**
 * What {@link startTask} may fail with: besides the codes of every step, how the state machine
 * refuses to start the task where it stands.
 */
export const START_TASK_ERRORS = startTask.errors

/** A code {@link startTask} may fail with. */
export type StartTaskError = UseCaseErrorOf<typeof startTask>
