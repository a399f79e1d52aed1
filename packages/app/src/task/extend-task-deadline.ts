import {
  DEADLINE_EXTENSION_ERROR_CODES,
  type DeadlineExtendedEvent,
  extendDeadline,
  type TaskId,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayManageTask } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import type { TaskTermsChanged, TaskTermsChangeInput, TaskTermsPorts } from './change-task-terms.js'
import { changeTaskTerms } from './change-task-terms.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { visibleTaskWithFacts } from './task-facts.js'

/** A deadline extension (gia hạn), made on the version read. */
export interface ExtendTaskDeadlineInput extends TaskTermsChangeInput {
  /** The task. */
  readonly id: TaskId
  /** The new deadline as written ("31/12/2026"); a text without a year falls in that of `on`. */
  readonly deadline: string
  /** The approving document's symbol ("125/QĐ-UBND", "45-CV/TU"). */
  readonly document: string
  /** Why: required, recorded in the history. */
  readonly reason: string
}

/** The task with the deadline in force, and the event recorded. */
export type ExtendTaskDeadlineOutput = TaskTermsChanged<DeadlineExtendedEvent>

/** The ports {@link extendTaskDeadline} calls. */
export type ExtendTaskDeadlinePorts = TaskTermsPorts

/**
 * Extends the deadline of a task the caller sees (gia hạn), on the authority of a document:
 * the new deadline is the one in force, timeliness is judged against it, and the history keeps
 * the one it replaced. Whoever may change the task may extend it (`task.manage`, as
 * {@link updateTask}); a task absent or hidden is `TASK_NOT_FOUND`. The domain's
 * `extendDeadline` decides the rest (a later deadline, an open task, a reason, a real symbol).
 *
 * @example
 * ```ts
 * await extendTaskDeadline(context, {
 *   id, version: 3, deadline: '31/12/2026', document: '125/QĐ-UBND', reason: 'Chờ bố trí kinh phí',
 * })
 * ```
 */
export const extendTaskDeadline = defineUseCase({
  name: 'extendTaskDeadline',
  errors: [...TASK_ACCESS_ERRORS, ...DEADLINE_EXTENSION_ERROR_CODES],
  async run(
    context: UseCaseContext<ExtendTaskDeadlinePorts>,
    input: ExtendTaskDeadlineInput,
  ): Promise<ExtendTaskDeadlineOutput> {
    const { ports } = context
    const { task, facts } = await visibleTaskWithFacts(ports, input.id, ['id'])
    await enforceInTree(context, mayManageTask, [facts])
    const { deadline, document, reason } = input
    return changeTaskTerms(context, task, input, (current, on) =>
      extendDeadline(current, { deadline, document, reason, on }),
    )
  },
})

/** What {@link extendTaskDeadline} may fail with. */
export const EXTEND_TASK_DEADLINE_ERRORS = extendTaskDeadline.errors

/** A code {@link extendTaskDeadline} may fail with. */
export type ExtendTaskDeadlineError = UseCaseErrorOf<typeof extendTaskDeadline>
