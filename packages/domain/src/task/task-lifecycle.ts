import type { IsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import type { Task } from './task.js'
import { changeDay, closedTaskRefusal, reasonText, versionConflict } from './task-change-checks.js'
import type { TaskEvent, TaskLifecycleEventType, TaskStatusEvent } from './task-event.js'
import { TASK_STATUS_LABELS, type TaskStatus } from './task-status.js'

/**
 * One transition of the task state machine: the statuses it leaves from, the status it
 * leads to, and whether it needs a reason.
 *
 * @example
 * ```ts
 * const r: TaskTransitionRule = TASK_TRANSITIONS.CANCELLED // { from: [...], to: 'CANCELLED', needsReason: true }
 * ```
 */
export interface TaskTransitionRule {
  readonly from: readonly TaskStatus[]
  readonly to: TaskStatus
  readonly needsReason: boolean
}

/**
 * Builds a frozen transition rule.
 *
 * @example
 * ```ts
 * rule(['PAUSED'], 'IN_PROGRESS', false)
 * ```
 */
function rule(
  from: readonly TaskStatus[],
  to: TaskStatus,
  needsReason: boolean,
): TaskTransitionRule {
  return Object.freeze({ from: Object.freeze([...from]), to, needsReason })
}

/**
 * The state machine of a task, as data: for each event, the statuses it may leave from, the
 * status it leads to, and whether it needs a reason.
 *
 * ```
 * NOT_STARTED ─STARTED→ IN_PROGRESS ─PAUSED→ PAUSED ─RESUMED→ IN_PROGRESS
 * NOT_STARTED | IN_PROGRESS ─COMPLETED→ COMPLETED
 * NOT_STARTED | IN_PROGRESS | PAUSED ─CANCELLED (reason)→ CANCELLED
 * COMPLETED | CANCELLED ─REOPENED (reason)→ IN_PROGRESS
 * ```
 * A paused task is resumed before it is completed, so that the pause is closed in the record.
 *
 * @example
 * ```ts
 * TASK_TRANSITIONS.REOPENED.from // ['COMPLETED', 'CANCELLED']
 * ```
 */
export const TASK_TRANSITIONS: Readonly<Record<TaskLifecycleEventType, TaskTransitionRule>> =
  Object.freeze({
    STARTED: rule(['NOT_STARTED'], 'IN_PROGRESS', false),
    PAUSED: rule(['IN_PROGRESS'], 'PAUSED', false),
    RESUMED: rule(['PAUSED'], 'IN_PROGRESS', false),
    COMPLETED: rule(['NOT_STARTED', 'IN_PROGRESS'], 'COMPLETED', false),
    CANCELLED: rule(['NOT_STARTED', 'IN_PROGRESS', 'PAUSED'], 'CANCELLED', true),
    REOPENED: rule(['COMPLETED', 'CANCELLED'], 'IN_PROGRESS', true),
  })

/**
 * The error codes the lifecycle functions return.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === 'TASK_ALREADY_COMPLETED') showReopenButton()
 * ```
 */
export const TASK_LIFECYCLE_ERROR_CODES = [
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_TRANSITION',
  'REASON_REQUIRED',
  'INVALID_DATE',
  'EVENT_BEFORE_PREVIOUS',
  'CONFLICT',
] as const

/**
 * What a lifecycle change needs besides the task.
 *
 * @example
 * ```ts
 * completeTask(task, { on: '2025-06-20', by: leadId, expectedVersion: 3 })
 * ```
 */
export interface TaskTransitionOptions {
  /** The day the change takes effect (for completion: the completion date). */
  readonly on: IsoDate
  /** The organisation making or reporting the change. */
  readonly by?: OrganizationId | null
  /** Why; required to cancel or reopen. */
  readonly reason?: string | null
  /**
   * When given, the change is refused unless the task is at this version, with `CONFLICT`: the
   * same code and words as the repositories give for a stale version.
   */
  readonly expectedVersion?: number
}

/**
 * The outcome of a lifecycle change: the new task and the event recorded.
 *
 * @example
 * ```ts
 * const r: TaskTransitionResult = startTask(task, { on: '2025-03-01' })
 * ```
 */
export type TaskTransitionResult = Result<{ readonly task: Task; readonly event: TaskEvent }>

/**
 * The events a task in a status may undergo.
 *
 * @example
 * ```ts
 * allowedTaskEvents('PAUSED') // ['RESUMED', 'CANCELLED']
 * ```
 */
export function allowedTaskEvents(status: TaskStatus): readonly TaskLifecycleEventType[] {
  return Object.freeze(
    (Object.keys(TASK_TRANSITIONS) as TaskLifecycleEventType[]).filter((type) =>
      TASK_TRANSITIONS[type].from.includes(status),
    ),
  )
}

function refuse(task: Task, type: TaskLifecycleEventType): DomainError {
  const closed = closedTaskRefusal(task)
  if (closed) return closed
  const status = task.status
  const to = TASK_TRANSITIONS[type].to
  return domainError(
    'INVALID_TRANSITION',
    {
      en: `A task that is ${TASK_STATUS_LABELS[status].en.toLowerCase()} cannot be ${type.toLowerCase()}`,
      vi: `Không thể chuyển nhiệm vụ từ trạng thái "${TASK_STATUS_LABELS[status].vi}" sang "${TASK_STATUS_LABELS[to].vi}"`,
    },
    ['status'],
    { from: status, event: type },
  )
}

function transition(
  task: Task,
  type: TaskLifecycleEventType,
  given: TaskTransitionOptions,
): TaskTransitionResult {
  const options: Partial<TaskTransitionOptions> = given ?? {}
  const rule = TASK_TRANSITIONS[type]
  const stale = versionConflict(task, options.expectedVersion)
  if (stale) return err(stale)
  if (!rule.from.includes(task.status)) return err(refuse(task, type))
  const day = changeDay(task, options.on)
  if (!day.ok) return day
  const on = day.value
  const reason = reasonText(options.reason)
  if (rule.needsReason && reason === null) {
    return err(
      domainError(
        'REASON_REQUIRED',
        {
          en: `A reason is required to ${type === 'CANCELLED' ? 'cancel' : 'reopen'} a task`,
          vi: `Cần nêu lý do ${type === 'CANCELLED' ? 'hủy bỏ' : 'mở lại'} nhiệm vụ`,
        },
        ['reason'],
      ),
    )
  }
  const version = task.version + 1
  const event: TaskStatusEvent = Object.freeze({
    type,
    taskId: task.id,
    on,
    from: task.status,
    to: rule.to,
    version,
    reason,
    by: options.by ?? null,
  })
  const next: Task = Object.freeze({
    ...task,
    status: rule.to,
    completedOn: rule.to === 'COMPLETED' ? on : null,
    version,
    history: Object.freeze([...task.history, event]),
  })
  return ok(Object.freeze({ task: next, event }))
}

/**
 * A change of a task's status by one event of its state machine ({@link TASK_TRANSITIONS}):
 * the task and what the change needs, to the changed task and the event recorded, or why the
 * change is refused.
 *
 * @example
 * ```ts
 * const close: TaskTransition = input.cancel ? cancelTask : completeTask
 * ```
 */
export type TaskTransition = (task: Task, options: TaskTransitionOptions) => TaskTransitionResult

function transitionOn(type: TaskLifecycleEventType): TaskTransition {
  return (task, options) => transition(task, type, options)
}

/**
 * Starts a task that has not started: NOT_STARTED → IN_PROGRESS.
 *
 * @example
 * ```ts
 * const r = startTask(task, { on: '2025-03-01', by: leadId })
 * r.ok && r.value.task.status // 'IN_PROGRESS'
 * ```
 */
export const startTask: TaskTransition = transitionOn('STARTED')

/**
 * Pauses a task in progress: IN_PROGRESS → PAUSED. A reason is optional.
 *
 * @example
 * ```ts
 * pauseTask(task, { on: '2025-04-01', reason: 'Chờ kinh phí' })
 * ```
 */
export const pauseTask: TaskTransition = transitionOn('PAUSED')

/**
 * Resumes a paused task: PAUSED → IN_PROGRESS.
 *
 * @example
 * ```ts
 * resumeTask(task, { on: '2025-05-01' })
 * ```
 */
export const resumeTask: TaskTransition = transitionOn('RESUMED')

/**
 * Completes a task, on the day `on`, which becomes its `completedOn`:
 * NOT_STARTED | IN_PROGRESS → COMPLETED. A completed task answers `TASK_ALREADY_COMPLETED`.
 *
 * @example
 * ```ts
 * const r = completeTask(task, { on: '2025-06-20' })
 * r.ok && r.value.task.completedOn // '2025-06-20'
 * ```
 */
export const completeTask: TaskTransition = transitionOn('COMPLETED')

/**
 * Cancels an open task, with a reason: NOT_STARTED | IN_PROGRESS | PAUSED → CANCELLED.
 * Cancelled tasks are left out of timeliness counts.
 *
 * @example
 * ```ts
 * cancelTask(task, { on: '2025-07-01', reason: 'Nội dung đã được thay thế bởi Kế hoạch 12-KH/TU' })
 * ```
 */
export const cancelTask: TaskTransition = transitionOn('CANCELLED')

/**
 * Reopens a completed or cancelled task, with a reason that is recorded:
 * COMPLETED | CANCELLED → IN_PROGRESS; the completion date is cleared.
 *
 * @example
 * ```ts
 * const r = reopenTask(task, { on: '2025-08-01', reason: 'Kiểm tra phát hiện chưa đạt yêu cầu' })
 * r.ok && r.value.event.reason // 'Kiểm tra phát hiện chưa đạt yêu cầu'
 * ```
 */
export const reopenTask: TaskTransition = transitionOn('REOPENED')

/**
 * Applies a lifecycle event by its type, for replaying or for generic callers.
 *
 * @example
 * ```ts
 * applyTaskEvent(task, 'STARTED', { on: '2025-03-01' })
 * ```
 */
export function applyTaskEvent(
  task: Task,
  type: TaskLifecycleEventType,
  options: TaskTransitionOptions,
): TaskTransitionResult {
  return transition(task, type, options)
}
