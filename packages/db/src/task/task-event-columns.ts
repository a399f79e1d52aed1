import type { Deadline } from '@chidao/domain'
import type { TaskEventTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/**
 * An event as recorded: its type, day, statuses and reason; for a deadline extension the
 * deadlines before and after and the approving document; for a reassignment the leads before
 * and after and the deciding document, if any; for a request for an extension the deadline
 * asked for, and for it and its refusal the organisation that asked or answered. The domain's
 * `TaskEvent`s are all of this shape.
 */
export interface TaskEventFields {
  readonly type: string
  readonly on: string
  readonly from: string
  readonly to: string
  readonly reason: string | null
  readonly previousDeadline?: Deadline | null
  readonly deadline?: Deadline | null
  readonly document?: string | null
  readonly fromLeadId?: string | null
  readonly toLeadId?: string | null
  readonly requestedDeadline?: Deadline | null
  readonly by?: string | null
}

/** Every column of a task event but its tenant, its task and its sequence (the database's). */
export type TaskEventColumns = WrittenColumns<TaskEventTable, 'tenant_id' | 'task_id' | 'id'>

/**
 * The column values of an event, recorded by `actor`.
 *
 * @example
 * ```ts
 * await trx.insertInto('task_event').values({ tenant_id, task_id, ...taskEventColumns(event, context.actor) })
 * ```
 */
export function taskEventColumns(event: TaskEventFields, actor: string): TaskEventColumns {
  const extended = event.type === 'DEADLINE_EXTENDED'
  const requested = event.type === 'EXTENSION_REQUESTED'
  const answered = requested || event.type === 'EXTENSION_DECLINED'
  const json = (deadline: Deadline | null | undefined) =>
    (extended || requested) && deadline ? JSON.stringify(deadline) : null
  return {
    occurred_on: event.on,
    type: event.type,
    from_status: event.from,
    to_status: event.to,
    reason: event.reason,
    actor,
    previous_deadline: json(event.previousDeadline),
    deadline: json(requested ? event.requestedDeadline : event.deadline),
    document_symbol: event.document ?? null,
    from_organization_id: event.fromLeadId ?? null,
    to_organization_id: event.toLeadId ?? null,
    // Only a request and its refusal keep who made them (see `RecordedTaskEvent`).
    by_organization_id: answered ? (event.by ?? null) : null,
  }
}
