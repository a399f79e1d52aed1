import type { DomainWarning, Task } from '@chidao/domain'
import type { PolicyFactsPorts } from '../directive/directive-facts.js'
import type { TaskReader, TaskWriter } from '../ports/task-store.js'

/**
 * The ports a write of a task calls: what the policy's facts are read from, the task read as
 * the caller sees it, and the writer's `Method`s.
 *
 * @example
 * ```ts
 * export type CreateTaskPorts = TaskWritePorts<'create'>
 * ```
 */
export interface TaskWritePorts<Method extends keyof TaskWriter> extends PolicyFactsPorts {
  readonly tasks: Pick<TaskReader, 'findById'> & Pick<TaskWriter, Method>
}

/** A task as a write stored it, and what the caller should know about how the input was read. */
export interface TaskWritten {
  readonly task: Task
  /** What the caller should know about how the input was read: a deadline kept unparsed or
   * conditional (see `deadlineWarnings`), each with its field path. */
  readonly warnings: readonly DomainWarning[]
}
