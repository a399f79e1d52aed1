import type { IsoDate } from '../calendar/iso-date.js'
import type { OrganizationId } from '../ids.js'
import { ok } from '../result.js'
import type { TaskChangeResult } from './extend-deadline.js'
import type { Task } from './task.js'
import type { TaskEvent, TaskEventBase, TaskStatusEvent } from './task-event.js'

/**
 * A change of a task's terms, made once it passed its checks: the event recorded — its own
 * fields (`own`: its type and what changed) after the ones every event has (the task, the day
 * and the reason checked, the status kept, the next version, who made it) — and the task with
 * its new `terms`, that version, and the event at the end of its history.
 *
 * @example
 * ```ts
 * return termsChanged(task, checked.value, given.by, { leadId: lead.id }, {
 *   type: 'LEAD_REASSIGNED', fromLeadId: task.leadId, toLeadId: lead.id, document: null,
 * })
 * ```
 */
export function termsChanged<E extends Exclude<TaskEvent, TaskStatusEvent>>(
  task: Task,
  checked: { readonly day: IsoDate; readonly reason: string },
  by: OrganizationId | null | undefined,
  terms: Partial<Pick<Task, 'deadline' | 'leadId'>>,
  own: Omit<E, keyof TaskEventBase>,
): TaskChangeResult<E> {
  const version = task.version + 1
  const { type, ...changed } = own
  const event = Object.freeze({
    type,
    taskId: task.id,
    on: checked.day,
    from: task.status,
    to: task.status,
    version,
    reason: checked.reason,
    by: by ?? null,
    ...changed,
  }) as E
  const next: Task = Object.freeze({
    ...task,
    ...terms,
    version,
    history: Object.freeze([...task.history, event]),
  })
  return ok(Object.freeze({ task: next, event }))
}
