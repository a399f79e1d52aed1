import type { IsoDate } from '../calendar/iso-date.js'
import type { Deadline } from '../deadline/deadline.js'
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
  ['DEADLINE_EXTENDED', { vi: 'Gia hạn', en: 'Deadline extended' }],
  ['LEAD_REASSIGNED', { vi: 'Giao lại đơn vị chủ trì', en: 'Lead reassigned' }],
  ['EXTENSION_REQUESTED', { vi: 'Xin gia hạn', en: 'Extension requested' }],
  ['EXTENSION_DECLINED', { vi: 'Không đồng ý gia hạn', en: 'Extension declined' }],
])

/**
 * Every kind of event in a task's history: the six steps of its lifecycle, then the two
 * changes recorded beside them, a deadline extension (gia hạn) and a reassignment of the lead,
 * then a request for an extension (xin gia hạn) and its refusal, which change nothing but the
 * history (the grant of a request is a deadline extension).
 *
 * @example
 * ```ts
 * TASK_EVENT_TYPES.includes('DEADLINE_EXTENDED') // true
 * ```
 */
export const TASK_EVENT_TYPES = TASK_EVENT_TYPE.codes

/**
 * A kind of event in a task's history.
 *
 * @example
 * ```ts
 * const type: TaskEventType = 'COMPLETED'
 * ```
 */
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number]

/**
 * The events that move a task through its state machine (see `TASK_TRANSITIONS`).
 *
 * @example
 * ```ts
 * TASK_LIFECYCLE_EVENT_TYPES.includes('DEADLINE_EXTENDED') // false
 * ```
 */
export const TASK_LIFECYCLE_EVENT_TYPES = Object.freeze([
  'STARTED',
  'PAUSED',
  'RESUMED',
  'COMPLETED',
  'CANCELLED',
  'REOPENED',
] as const satisfies readonly TaskEventType[])

/**
 * A step of a task's lifecycle: an event that changes its status.
 *
 * @example
 * ```ts
 * const step: TaskLifecycleEventType = 'REOPENED'
 * ```
 */
export type TaskLifecycleEventType = (typeof TASK_LIFECYCLE_EVENT_TYPES)[number]

/**
 * Tells whether an event type is a step of the lifecycle (it changes the task's status).
 *
 * @example
 * ```ts
 * isTaskLifecycleEventType('LEAD_REASSIGNED') // false
 * ```
 */
export function isTaskLifecycleEventType(type: unknown): type is TaskLifecycleEventType {
  return (TASK_LIFECYCLE_EVENT_TYPES as readonly unknown[]).includes(type)
}

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
 * What every event of a task's history records: the day, the status before and after (the
 * same for an extension or a reassignment, which leave the status as it is), the task version
 * it produced, why, and by whom. A task's history is the list of its events, oldest first;
 * events are never edited.
 *
 * @example
 * ```ts
 * const r = startTask(task, { on: '2025-03-01' })
 * r.ok && r.value.event // { type: 'STARTED', from: 'NOT_STARTED', to: 'IN_PROGRESS', version: 2, … }
 * ```
 */
export interface TaskEventBase {
  readonly taskId: TaskId
  /** The day the change took effect (for COMPLETED: the completion date). */
  readonly on: IsoDate
  readonly from: TaskStatus
  readonly to: TaskStatus
  /** The version of the task after the event. */
  readonly version: number
  /**
   * Why: required to cancel, to reopen, to extend a deadline, to reassign the lead, and to
   * request an extension or decline one.
   */
  readonly reason: string | null
  /** The organisation that made or reported the change, when known. */
  readonly by: OrganizationId | null
}

/**
 * A step of the task's lifecycle: a change of its status.
 *
 * @example
 * ```ts
 * const e: TaskStatusEvent = { type: 'PAUSED', from: 'IN_PROGRESS', to: 'PAUSED', … }
 * ```
 */
export interface TaskStatusEvent extends TaskEventBase {
  readonly type: TaskLifecycleEventType
}

/**
 * A deadline extension (gia hạn): the deadline in force from that day, the one it replaced,
 * and the document that approved it, by its canonical symbol ("125/QĐ-UBND", "45-CV/TU").
 *
 * @example
 * ```ts
 * const r = extendDeadline(task, { deadline: '31/12/2026', document: '125/QĐ-UBND', reason: '…', on: '2026-06-20' })
 * r.ok && r.value.event.previousDeadline.text // 'Quý II/2026'
 * ```
 */
export interface DeadlineExtendedEvent extends TaskEventBase {
  readonly type: 'DEADLINE_EXTENDED'
  /** The deadline in force before the extension: at the first extension, the original one. */
  readonly previousDeadline: Deadline
  /** The deadline in force from the extension on. */
  readonly deadline: Deadline
  /** The approving document's symbol, in canonical form. */
  readonly document: string
}

/**
 * A reassignment of the task's lead organisation (giao lại đơn vị chủ trì), with the document
 * that decided it when there is one.
 *
 * @example
 * ```ts
 * const r = reassignLead(task, { leadId: soKhcn.id, reason: '…', on: '2025-07-01' }, organizations)
 * r.ok && r.value.event.fromLeadId === task.leadId // true
 * ```
 */
export interface LeadReassignedEvent extends TaskEventBase {
  readonly type: 'LEAD_REASSIGNED'
  /** The lead before the change. */
  readonly fromLeadId: OrganizationId
  /** The lead from the change on. */
  readonly toLeadId: OrganizationId
  /** The deciding document's symbol, in canonical form, or `null` when none is named. */
  readonly document: string | null
}

/**
 * A request for a deadline extension (xin gia hạn), made by the organisation that leads the
 * task: the deadline it asks for, later than the one in force, and why (`reason`). It stays
 * pending until a deadline extension or a refusal answers it (see `pendingExtensionRequest`).
 *
 * @example
 * ```ts
 * const r = requestExtension(task, { deadline: '31/12/2026', reason: 'Chờ kinh phí', on: '2026-06-10' })
 * r.ok && r.value.event.requestedDeadline.due // '2026-12-31'
 * ```
 */
export interface ExtensionRequestedEvent extends TaskEventBase {
  readonly type: 'EXTENSION_REQUESTED'
  /** The deadline asked for, read by `parseDeadline`. */
  readonly requestedDeadline: Deadline
}

/**
 * A refusal of a pending extension request (không đồng ý gia hạn), with its reason: the
 * deadline in force stays.
 *
 * @example
 * ```ts
 * const r = declineExtension(task, { reason: 'Không có căn cứ', on: '2026-06-15' })
 * r.ok && r.value.event.type // 'EXTENSION_DECLINED'
 * ```
 */
export interface ExtensionDeclinedEvent extends TaskEventBase {
  readonly type: 'EXTENSION_DECLINED'
}

/**
 * A recorded event of a task's history: a step of its lifecycle, a deadline extension, a
 * reassignment of its lead, a request for an extension or its refusal. Tell them apart by
 * `type`.
 *
 * @example
 * ```ts
 * for (const e of task.history) if (e.type === 'DEADLINE_EXTENDED') console.log(e.previousDeadline.text)
 * ```
 */
export type TaskEvent =
  | TaskStatusEvent
  | DeadlineExtendedEvent
  | LeadReassignedEvent
  | ExtensionRequestedEvent
  | ExtensionDeclinedEvent
