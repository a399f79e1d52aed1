import {
  declineExtension,
  EXTENSION_DECLINE_ERROR_CODES,
  type ExtensionDeclinedEvent,
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

/** A refusal of the pending request for an extension, made on the version read. */
export interface DeclineDeadlineExtensionInput extends TaskTermsChangeInput {
  /** The task. */
  readonly id: TaskId
  /** Why the request is refused: required, recorded in the history. */
  readonly reason: string
}

/** The task, its deadline unchanged, and the refusal recorded. */
export type DeclineDeadlineExtensionOutput = TaskTermsChanged<ExtensionDeclinedEvent>

/** The ports {@link declineDeadlineExtension} calls. */
export type DeclineDeadlineExtensionPorts = TaskTermsPorts

/**
 * Refuses the pending request for an extension of a task the caller sees (không đồng ý gia
 * hạn): the deadline in force stays, the history records the answer, in the name of the
 * caller's organisation. Whoever may grant it may refuse it (`task.manage`, as
 * {@link extendTaskDeadline}); a task absent or hidden is `TASK_NOT_FOUND`; a task with no
 * request pending is `NO_EXTENSION_REQUESTED`.
 *
 * @example
 * ```ts
 * await declineDeadlineExtension(context, { id, version: 4, reason: 'Chưa có căn cứ gia hạn' })
 * ```
 */
export const declineDeadlineExtension = defineUseCase({
  name: 'declineDeadlineExtension',
  errors: [...TASK_ACCESS_ERRORS, ...EXTENSION_DECLINE_ERROR_CODES],
  async run(
    context: UseCaseContext<DeclineDeadlineExtensionPorts>,
    input: DeclineDeadlineExtensionInput,
  ): Promise<DeclineDeadlineExtensionOutput> {
    const { ports, caller } = context
    const { task, facts } = await visibleTaskWithFacts(ports, input.id, ['id'])
    await enforceInTree(context, mayManageTask, [facts])
    const code = caller.organizationCode
    const by = code ? ((await ports.organizations.findByCode(code))?.id ?? null) : null
    const { reason } = input
    return changeTaskTerms(context, task, input, (current, on) =>
      declineExtension(current, { reason, on, by }),
    )
  },
})

/** What {@link declineDeadlineExtension} may fail with. */
export const DECLINE_DEADLINE_EXTENSION_ERRORS = declineDeadlineExtension.errors

/** A code {@link declineDeadlineExtension} may fail with. */
export type DeclineDeadlineExtensionError = UseCaseErrorOf<typeof declineDeadlineExtension>
