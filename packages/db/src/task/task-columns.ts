import type { Deadline } from '@chidao/domain'
import type { Insertable } from 'kysely'
import type { TaskCoordinatorTable, TaskTable } from '../schema.js'
import { taskSearchKey } from '../search/search-keys.js'
import type { WrittenColumns } from '../written-columns.js'

/** A task's own fields, its organisations resolved to ids. */
export interface TaskFields {
  /** Not written here (it is part of the key), but in the search key. */
  readonly reference: string | null
  readonly title: string
  readonly description: string
  readonly leadId: string
  readonly monitorId: string | null
  readonly deadline: Deadline | null
  readonly reportingDuty: { readonly cadence: string; readonly recipientId: string } | null
}

/**
 * The columns of a task's own fields. Each writer sets the rest: its document and reference
 * (the key it is matched by), its parent (bundles set it in a pass of their own), its status
 * ({@link taskStatusColumns}), the version and the time of the change. `secrecy` is the
 * database's to set, by trigger; it is not insertable.
 */
export type TaskColumns = WrittenColumns<
  TaskTable,
  | 'tenant_id'
  | 'id'
  | 'directive_id'
  | 'reference'
  | 'parent_id'
  | 'status'
  | 'completed_on'
  | 'version'
  | 'updated_at'
  // Derived from `deadline` by the database's trigger (migration 0012).
  | 'deadline_cadence'
  | 'deadline_due_month'
  | 'deadline_due_day'
  | 'deadline_start'
  | 'deadline_end'
>

/** The columns of a task's status: what a lifecycle transition changes. */
export type TaskStatusColumns = Required<Pick<Insertable<TaskTable>, 'status' | 'completed_on'>>

/** Every column of a coordinator but its tenant and task. */
export type CoordinatorColumns = WrittenColumns<TaskCoordinatorTable, 'tenant_id' | 'task_id'>

/**
 * The column values of a task's own fields, written by the repository, the bundle importer and
 * the bulk loader alike: the search key, and the deadline whole and as its kind and due day.
 *
 * @example
 * ```ts
 * await trx.insertInto('task').values({ tenant_id, directive_id, reference, ...taskColumns(task) })
 * ```
 */
export function taskColumns(task: TaskFields): TaskColumns {
  return {
    title: task.title,
    description: task.description,
    search_key: taskSearchKey(task.reference, task.title),
    lead_id: task.leadId,
    monitor_id: task.monitorId,
    ...deadlineColumns(task.deadline),
    reporting_cadence: task.reportingDuty?.cadence ?? null,
    reporting_recipient_id: task.reportingDuty?.recipientId ?? null,
  }
}

/**
 * The column values of a task's status.
 *
 * @example
 * ```ts
 * taskStatusColumns({ status: 'COMPLETED', completedOn: '2021-06-20' })
 * ```
 */
export function taskStatusColumns(task: {
  readonly status: string
  readonly completedOn: string | null
}): TaskStatusColumns {
  return { status: task.status, completed_on: task.completedOn }
}

/**
 * The rows of a task's coordinators, in order.
 *
 * @example
 * ```ts
 * coordinatorColumns([lhhId, mttqId]) // [{ organization_id: lhhId, position: 0 }, …]
 * ```
 */
export function coordinatorColumns(organizationIds: readonly string[]): CoordinatorColumns[] {
  return organizationIds.map((organization_id, position) => ({ organization_id, position }))
}

/**
 * The deadline columns: the whole domain value, its kind, its due day. The recurring rule's
 * columns (cadence, due month and day, start, end) are derived from the value by the
 * database's trigger (migration 0012).
 */
function deadlineColumns(
  deadline: Deadline | null,
): Pick<TaskColumns, 'deadline' | 'deadline_kind' | 'deadline_due'> {
  return deadline === null
    ? { deadline: null, deadline_kind: null, deadline_due: null }
    : {
        deadline: JSON.stringify(deadline),
        deadline_kind: deadline.kind,
        deadline_due: deadline.due,
      }
}
