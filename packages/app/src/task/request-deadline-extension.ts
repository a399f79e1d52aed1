import {
  EXTENSION_REQUEST_ERROR_CODES,
  type ExtensionRequestedEvent,
  requestExtension,
  type TaskId,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayRequestExtension } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'
import type { TaskTermsChanged, TaskTermsChangeInput, TaskTermsPorts } from './change-task-terms.js'
import { changeTaskTerms } from './change-task-terms.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { visibleTaskWithFacts } from './task-facts.js'

/** A request for a deadline extension (xin gia hạn), made on the version read. */
export interface RequestDeadlineExtensionInput extends TaskTermsChangeInput {
  /** The task. */
  readonly id: TaskId
  /** The deadline asked for, as written ("31/12/2026"); a text without a year falls in that of `on`. */
  readonly deadline: string
  /** Why more time is needed: required, recorded in the history. */
  readonly reason: string
}

/** The task, its deadline unchanged, and the request recorded. */
export type RequestDeadlineExtensionOutput = TaskTermsChanged<ExtensionRequestedEvent>

/** The ports {@link requestDeadlineExtension} calls. */
export type RequestDeadlineExtensionPorts = TaskTermsPorts

/**
 * Asks for an extension of the deadline of a task the caller sees (xin gia hạn), in the name
 * of its lead organisation: the request is recorded in the history and awaits an answer — a
 * deadline extension ({@link extendTaskDeadline}) or a refusal
 * ({@link declineDeadlineExtension}) by whoever manages the task. The lead's own act
 * (`task.extension.request`: its REPORTER, an EDITOR above it or managing the task, ADMIN); a
 * task absent or hidden is `TASK_NOT_FOUND`. The domain's `requestExtension` decides the rest
 * (one request pending at a time, a later deadline, an open task, a reason).
 *
 * @example
 * ```ts
 * await requestDeadlineExtension(context, {
 *   id, version: 3, deadline: '31/12/2026', reason: 'Chờ bố trí kinh phí',
 * })
 * ```
 */
export const requestDeadlineExtension = defineUseCase({
  name: 'requestDeadlineExtension',
  errors: [...TASK_ACCESS_ERRORS, ...EXTENSION_REQUEST_ERROR_CODES],
  async run(
    context: UseCaseContext<RequestDeadlineExtensionPorts>,
    input: RequestDeadlineExtensionInput,
  ): Promise<RequestDeadlineExtensionOutput> {
    const { ports } = context
    const { task, facts } = await visibleTaskWithFacts(ports, input.id, ['id'])
    await enforceInTree(context, mayRequestExtension, facts)
    const { deadline, reason } = input
    return changeTaskTerms(context, task, input, (current, on) =>
      requestExtension(current, { deadline, reason, on, by: current.leadId }),
    )
  },
})

/** What {@link requestDeadlineExtension} may fail with. */
export const REQUEST_DEADLINE_EXTENSION_ERRORS = requestDeadlineExtension.errors

/** A code {@link requestDeadlineExtension} may fail with. */
export type RequestDeadlineExtensionError = UseCaseErrorOf<typeof requestDeadlineExtension>
