import type { Task } from './task.js'
import type { ExtensionRequestedEvent, TaskEventType } from './task-event.js'

/**
 * What answers or ends a request for an extension: a deadline extension (the request granted,
 * perhaps to another day than the one asked for), a refusal, or the task closed (completed or
 * cancelled: a closed task takes no extension, so nobody could answer it).
 */
const ENDS_A_REQUEST: ReadonlySet<TaskEventType> = new Set([
  'DEADLINE_EXTENDED',
  'EXTENSION_DECLINED',
  'COMPLETED',
  'CANCELLED',
])

/**
 * The request for an extension (xin gia hạn) awaiting an answer: the last `EXTENSION_REQUESTED`
 * event of the task's history not followed by an extension, a refusal, or the task's
 * completion or cancellation; `null` when there is none.
 *
 * @example
 * ```ts
 * const asked = requestExtension(task, { deadline: '31/12/2026', reason: 'Chờ kinh phí', on: '2026-06-10' })
 * asked.ok && pendingExtensionRequest(asked.value.task)?.requestedDeadline.text // '31/12/2026'
 * ```
 */
export function pendingExtensionRequest(
  task: Pick<Task, 'history'>,
): ExtensionRequestedEvent | null {
  for (let i = task.history.length - 1; i >= 0; i--) {
    const event = task.history[i]
    if (event === undefined || ENDS_A_REQUEST.has(event.type)) return null
    if (event.type === 'EXTENSION_REQUESTED') return event
  }
  return null
}
