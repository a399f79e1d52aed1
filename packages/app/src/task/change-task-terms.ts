import type { IsoDate, Task, TaskChangeResult } from '@chidao/domain'
import type { TaskChangeEvent } from '../ports/task-store.js'
import type { UseCaseContext } from '../use-case/use-case.js'
import { changeOf, orAbort } from '../use-case/use-case.js'
import type { TaskWritePorts } from './task-write.js'

/**
 * An event a change of a task's terms records: a deadline extended, a lead reassigned, an
 * extension requested or declined.
 */
export type TaskTermsEvent = TaskChangeEvent

/** What every change of a task's terms is made on: the version read, and its day. */
export interface TaskTermsChangeInput {
  /** The version read: if someone changed the task since, nothing changes (`CONFLICT`). */
  readonly version: number
  /** The day the change takes effect; default: today. */
  readonly on?: IsoDate | null
}

/** The task with its new terms, and the event recorded. */
export interface TaskTermsChanged<E extends TaskTermsEvent> {
  readonly task: Task
  readonly event: E
}

/** The ports a change of a task's terms calls: the policy's facts, the task read and written. */
export type TaskTermsPorts = TaskWritePorts<'change'>

/**
 * Writes a change of a task's terms once the use case has authorised it: the domain's `step`
 * (`extendDeadline`, `reassignLead`) applied to the task as stored, on the day the change
 * takes effect (`input.on`, default the clock's today), at the version read, with its event
 * and audit in one transaction. A refusal of the domain or of the store ends the use case.
 *
 * @example
 * ```ts
 * const { task, event } = await changeTaskTerms(context, task, input, (current, on) =>
 *   extendDeadline(current, { deadline: input.deadline, document, reason, on }),
 * )
 * ```
 */
export async function changeTaskTerms<E extends TaskTermsEvent>(
  context: UseCaseContext<Pick<TaskTermsPorts, 'tasks'>>,
  task: Task,
  input: TaskTermsChangeInput,
  step: (current: Task, on: IsoDate) => TaskChangeResult<E>,
): Promise<TaskTermsChanged<E>> {
  const on = input.on ?? context.clock.today()
  const result = await context.ports.tasks.change(
    task.id,
    (current) => step(current, on),
    input.version,
    changeOf(context),
  )
  const { task: changed, event } = orAbort(result)
  // The store records the event the step returned, of the step's own kind.
  return { task: changed, event: event as E }
}
