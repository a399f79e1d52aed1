import type { IsoDate } from '../calendar/iso-date.js'
import type { Deadline, RecurrenceCadence } from '../deadline/deadline.js'
import type { DirectiveId, OrganizationId, TaskId, TenantId } from '../ids.js'
import type { TaskEvent } from './task-event.js'
import type { TaskStatus } from './task-status.js'

/**
 * A duty to report on a task: how often, and to which body (báo cáo định kỳ về …).
 *
 * @example
 * ```ts
 * const duty: ReportingDuty = { cadence: 'HALF_YEARLY', recipientId: banTuyenGiaoId }
 * ```
 */
export interface ReportingDuty {
  readonly cadence: RecurrenceCadence
  readonly recipientId: OrganizationId
}

/**
 * The validated content of a new task, before it has an identity
 * (see {@link validateNewTask} and {@link createTask}).
 *
 * @example
 * ```ts
 * const r = validateNewTask({ directiveId, title: 'Tổ chức hội thảo', leadId, deadline: 'quý II/2025' })
 * r.ok && r.value.deadline?.due // '2025-06-30'
 * ```
 */
export interface NewTask {
  readonly directiveId: DirectiveId
  /** The task's place in the directive: "III.2.b"; `null` when the text numbers none. */
  readonly reference: string | null
  readonly title: string
  readonly description: string
  /** The one organisation in charge (chủ trì). */
  readonly leadId: OrganizationId
  /** Organisations that take part (phối hợp); never the lead, no repeats. */
  readonly coordinatorIds: readonly OrganizationId[]
  /** The organisation that follows and urges the work (theo dõi, đôn đốc), if named. */
  readonly monitorId: OrganizationId | null
  /** The deadline, or `null` when the directive sets none. */
  readonly deadline: Deadline | null
  readonly reportingDuty: ReportingDuty | null
  /** The task this one cascades from (subtasks nest to any depth), or `null`. */
  readonly parentId: TaskId | null
}

/**
 * Work a directive assigns to organisations, with its lifecycle. Values are immutable: the
 * lifecycle functions ({@link startTask}, {@link completeTask}, …) return a new task and
 * the event that produced it. `completedOn` is set exactly when `status` is `COMPLETED`;
 * `version` grows by one with each event of `history`.
 *
 * @example
 * ```ts
 * const task = createTask(newTask, { id: taskId, tenantId: 'demo-province' as TenantId })
 * task.status // 'NOT_STARTED'
 * task.version // 1
 * ```
 */
export interface Task extends NewTask {
  readonly id: TaskId
  readonly tenantId: TenantId
  readonly status: TaskStatus
  /** The completion day while `status` is `COMPLETED`, otherwise `null`. */
  readonly completedOn: IsoDate | null
  /** Optimistic-concurrency version: 1 when created, +1 per lifecycle event. */
  readonly version: number
  /** Lifecycle events, oldest first. */
  readonly history: readonly TaskEvent[]
}

/**
 * Gives a validated new task its identity: status `NOT_STARTED`, version 1, empty history.
 *
 * @example
 * ```ts
 * const r = validateNewTask(input)
 * if (r.ok) save(createTask(r.value, { id: newTaskId, tenantId }))
 * ```
 */
export function createTask(
  task: NewTask,
  identity: { readonly id: TaskId; readonly tenantId: TenantId },
): Task {
  return Object.freeze({
    ...task,
    coordinatorIds: Object.freeze([...task.coordinatorIds]),
    id: identity.id,
    tenantId: identity.tenantId,
    status: 'NOT_STARTED',
    completedOn: null,
    version: 1,
    history: Object.freeze([]),
  })
}

/**
 * The due day of a task: that of its deadline, or `null` (no deadline, ongoing or recurring).
 *
 * @example
 * ```ts
 * timeliness({ ...task, due: taskDue(task) }, '2025-12-31')
 * ```
 */
export function taskDue(task: { readonly deadline: Deadline | null }): IsoDate | null {
  return task.deadline === null ? null : task.deadline.due
}
