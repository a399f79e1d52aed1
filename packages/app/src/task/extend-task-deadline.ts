import {
  DEADLINE_EXTENSION_ERROR_CODES,
  type DeadlineExtendedEvent,
  extendDeadline,
  type IsoDate,
  type Task,
  type TaskId,
} from '@chidao/domain'
import type { PolicyFactsPorts } from '../directive/directive-facts.js'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayManageTask } from '../policy/policy.js'
import type { TaskReader, TaskWriter } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, enforce, orAbort } from '../use-case/use-case.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { visibleTaskWithFacts } from './task-facts.js'

/** A deadline extension (gia hạn), made on the version read. */
export interface ExtendTaskDeadlineInput {
  /** The task. */
  readonly id: TaskId
  /** The version read: if someone changed the task since, nothing changes (`CONFLICT`). */
  readonly version: number
  /** The new deadline as written ("31/12/2026"); a text without a year falls in that of `on`. */
  readonly deadline: string
  /** The approving document's symbol ("125/QĐ-UBND", "45-CV/TU"). */
  readonly document: string
  /** Why: required, recorded in the history. */
  readonly reason: string
  /** The day the extension takes effect; default: today. */
  readonly on?: IsoDate | null
}

/** The task with the deadline in force, and the event recorded. */
export interface ExtendTaskDeadlineOutput {
  readonly task: Task
  readonly event: DeadlineExtendedEvent
}

/** The ports {@link extendTaskDeadline} calls. */
export interface ExtendTaskDeadlinePorts extends PolicyFactsPorts {
  readonly tasks: Pick<TaskReader, 'findById'> & Pick<TaskWriter, 'change'>
}

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
    const { ports, caller } = context
    const { task, facts } = await visibleTaskWithFacts(ports, input.id, ['id'])
    enforce(await mayManageTask(caller, [facts], organizationTreeOf(ports.organizations)))
    const on = input.on ?? context.clock.today()
    const result = await ports.tasks.change(
      task.id,
      (current) =>
        extendDeadline(current, {
          deadline: input.deadline,
          document: input.document,
          reason: input.reason,
          on,
        }),
      input.version,
      changeOf(context),
    )
    const { task: extended, event } = orAbort(result)
    return { task: extended, event: event as DeadlineExtendedEvent }
  },
})

/** What {@link extendTaskDeadline} may fail with. */
export const EXTEND_TASK_DEADLINE_ERRORS = extendTaskDeadline.errors

/** A code {@link extendTaskDeadline} may fail with. */
export type ExtendTaskDeadlineError = UseCaseErrorOf<typeof extendTaskDeadline>
