import type { IsoDate } from '../calendar/iso-date.js'
import type { OrganizationId, TaskId } from '../ids.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'
import type { TaskStatus } from './task-status.js'

const TASK_EVENT_TYPE = vocabulary([
  ['STARTED', { vi: 'Bắt đầu thực hiện', en: 'Started' }],
  ['PAUSED', { vi: 'Tạm dừng', en: 'Paused' }],
  ['RESUMED', { vi: 'Tiếp tục thực hiện', en: 'Resumed' }],
  ['COMPLETED', { vi: 'Hoàn thành', en: 'Completed' }],
  ['CANCELLED', { vi: 'Hủy bỏ', en: 'Cancelled' }],
  ['REOPENED', { vi: 'Mở lại', en: 'Reopened' }],
])

/**
 * The lifecycle events of a task, one per transition of its state machine.
 *
 * @example
 * ```ts
 * TASK_EVENT_TYPES.includes('REOPENED') // true
 * ```
 */
export const TASK_EVENT_TYPES = TASK_EVENT_TYPE.codes

/**
 * A kind of lifecycle event.
 *
 * @example
 * ```ts
 * const type: TaskEventType = 'COMPLETED'
 * ```
 */
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number]

/**
 * Labels for every {@link TaskEventType}.
 *
 * @example
 * ```ts
 * TASK_EVENT_TYPE_LABELS.REOPENED.vi // 'Mở lại'
 * ```
 */
export const TASK_EVENT_TYPE_LABELS: Labels<TaskEventType> = TASK_EVENT_TYPE.labels

/**
 * A recorded change of a task's status: what happened, on which day, from which status to
 * which, by whom, why, and the task version it produced. A task's history is the list of
 * its events, oldest first; events are never edited.
 *
 * @example
 * ```ts
 * const r = startTask(task, { on: '2025-03-01' })
 * r.ok && r.value.event // { type: 'STARTED', from: 'NOT_STARTED', to: 'IN_PROGRESS', version: 2, … }
 * ```
 */
export interface TaskEvent {
  readonly type: TaskEventType
  readonly taskId: TaskId
  /** The day the change took effect (for COMPLETED: the completion date). */
  readonly on: IsoDate
  readonly from: TaskStatus
  readonly to: TaskStatus
  /** The version of the task after the event. */
  readonly version: number
  /** Why: required to cancel and to reopen. */
  readonly reason: string | null
  /** The organisation that made or reported the change, when known. */
  readonly by: OrganizationId | null
}
