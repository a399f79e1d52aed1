import type { TaskEventTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/** A lifecycle transition as recorded: its type, day, statuses and reason. */
export interface TaskEventFields {
  readonly type: string
  readonly on: string
  readonly from: string
  readonly to: string
  readonly reason: string | null
}

/** Every column of a task event but its tenant, its task and its sequence (the database's). */
export type TaskEventColumns = WrittenColumns<TaskEventTable, 'tenant_id' | 'task_id' | 'id'>

/**
 * The column values of a lifecycle event, recorded by `actor`.
 *
 * @example
 * ```ts
 * await trx.insertInto('task_event').values({ tenant_id, task_id, ...taskEventColumns(event, context.actor) })
 * ```
 */
export function taskEventColumns(event: TaskEventFields, actor: string): TaskEventColumns {
  return {
    occurred_on: event.on,
    type: event.type,
    from_status: event.from,
    to_status: event.to,
    reason: event.reason,
    actor,
  }
}
