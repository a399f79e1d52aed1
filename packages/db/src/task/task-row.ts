import type { RecordedTaskEvent } from '@chidao/app'
import {
  asId,
  type Deadline,
  type DirectiveId,
  type OrganizationId,
  type RecurrenceCadence,
  type Task,
  type TaskId,
  type TaskLifecycleEventType,
  type TaskStatus,
  type TenantId,
  withRecurringRule,
} from '@chidao/domain'
import { type RawBuilder, type Selectable, sql } from 'kysely'
import type { TaskTable } from '../schema.js'

/** The columns of `task` a task is read from (besides its coordinators and history). */
export const TASK_COLUMNS = [
  'task.tenant_id',
  'task.id',
  'task.directive_id',
  'task.reference',
  'task.title',
  'task.description',
  'task.lead_id',
  'task.monitor_id',
  'task.deadline',
  'task.reporting_cadence',
  'task.reporting_recipient_id',
  'task.parent_id',
  'task.status',
  'task.completed_on',
  'task.version',
] as const

type TaskColumn = (typeof TASK_COLUMNS)[number] extends `task.${infer C}` ? C : never

/** An event as the history subquery reads it. */
export interface TaskEventRow {
  readonly sequence: number | bigint
  readonly task_id: string
  readonly at: Date | string
  readonly on: string
  readonly type: string
  readonly from: string | null
  readonly to: string
  readonly reason: string | null
  readonly actor: string
  readonly previous_deadline?: unknown
  readonly deadline?: unknown
  readonly document?: string | null
  readonly from_lead?: string | null
  readonly to_lead?: string | null
  readonly by?: string | null
}

/** A row as read with {@link TASK_COLUMNS} and {@link taskAggregatesSql}. */
export type TaskRow = Pick<Selectable<TaskTable>, TaskColumn> & {
  /** Coordinator ids in position order (a JSON array). */
  readonly coordinator_ids: unknown
  /** Lifecycle events, oldest first (a JSON array of {@link TaskEventRow}). */
  readonly history: unknown
}

/**
 * The coordinators and the history of each `task` row, as two correlated JSON aggregates:
 * a whole task comes back in one statement, however many tasks a page holds (no N+1).
 * JSON rather than arrays because pg and PGlite parse JSON alike.
 */
export function taskAggregatesSql(): {
  coordinatorIds: RawBuilder<unknown>
  history: RawBuilder<unknown>
} {
  return {
    coordinatorIds: sql`coalesce((
      select json_agg(tc.organization_id order by tc.position) from task_coordinator tc
      where tc.tenant_id = task.tenant_id and tc.task_id = task.id), '[]'::json)`,
    history: sql`coalesce((
      select json_agg(json_build_object(
        'sequence', e.id, 'task_id', e.task_id, 'at', e.at, 'on', e.occurred_on, 'type', e.type,
        'from', e.from_status, 'to', e.to_status, 'reason', e.reason, 'actor', e.actor,
        'previous_deadline', e.previous_deadline, 'deadline', e.deadline,
        'document', e.document_symbol, 'from_lead', e.from_organization_id,
        'to_lead', e.to_organization_id, 'by', e.by_organization_id
      ) order by e.id) from task_event e
      where e.tenant_id = task.tenant_id and e.task_id = task.id), '[]'::json)`,
  }
}

/**
 * Turns stored events of one task, oldest first, into the domain's events. The store keeps
 * neither the version an event produced nor, but for a request for an extension and its
 * refusal, who reported it: `version` is read back as the ordinal + 1 and `by` as `null` (see
 * `RecordedTaskEvent`).
 */
export function toRecordedTaskEvents(rows: readonly TaskEventRow[]): readonly RecordedTaskEvent[] {
  return Object.freeze(rows.map((row, index) => Object.freeze(toRecordedTaskEvent(row, index))))
}

/** One stored event, the `index`-th of its task, as the domain's event of its type. */
function toRecordedTaskEvent(row: TaskEventRow, index: number): RecordedTaskEvent {
  const common = {
    taskId: asId<TaskId>(row.task_id),
    on: row.on,
    from: (row.from ?? row.to) as TaskStatus,
    to: row.to as TaskStatus,
    version: index + 2,
    reason: row.reason,
    by: null,
    sequence: Number(row.sequence),
    at: row.at instanceof Date ? row.at : new Date(row.at),
    actor: row.actor,
  }
  if (row.type === 'DEADLINE_EXTENDED') {
    return {
      ...common,
      type: 'DEADLINE_EXTENDED',
      previousDeadline: freezeDeadline(row.previous_deadline) as Deadline,
      deadline: freezeDeadline(row.deadline) as Deadline,
      document: row.document ?? '',
    }
  }
  if (row.type === 'EXTENSION_REQUESTED') {
    return {
      ...common,
      type: 'EXTENSION_REQUESTED',
      requestedDeadline: freezeDeadline(row.deadline) as Deadline,
      by: row.by ? asId<OrganizationId>(row.by) : null,
    }
  }
  if (row.type === 'EXTENSION_DECLINED') {
    return {
      ...common,
      type: 'EXTENSION_DECLINED',
      by: row.by ? asId<OrganizationId>(row.by) : null,
    }
  }
  if (row.type === 'LEAD_REASSIGNED') {
    return {
      ...common,
      type: 'LEAD_REASSIGNED',
      fromLeadId: asId<OrganizationId>(row.from_lead ?? ''),
      toLeadId: asId<OrganizationId>(row.to_lead ?? ''),
      document: row.document ?? null,
    }
  }
  return { ...common, type: row.type as TaskLifecycleEventType }
}

function freezeDeadline(value: unknown): Deadline | null {
  return value === null || value === undefined
    ? null
    : withRecurringRule(Object.freeze({ ...(value as Deadline) }))
}

/** Turns a row into the domain's frozen {@link Task}, coordinators and history included. */
export function toTask(row: TaskRow): Task {
  const coordinators = (row.coordinator_ids ?? []) as string[]
  return Object.freeze({
    id: asId<TaskId>(row.id),
    tenantId: asId<TenantId>(row.tenant_id),
    directiveId: asId<DirectiveId>(row.directive_id),
    reference: row.reference,
    title: row.title,
    description: row.description,
    leadId: asId<OrganizationId>(row.lead_id),
    coordinatorIds: Object.freeze(coordinators.map((id) => asId<OrganizationId>(id))),
    monitorId: row.monitor_id === null ? null : asId<OrganizationId>(row.monitor_id),
    deadline: freezeDeadline(row.deadline),
    reportingDuty:
      row.reporting_cadence === null || row.reporting_recipient_id === null
        ? null
        : Object.freeze({
            cadence: row.reporting_cadence as RecurrenceCadence,
            recipientId: asId<OrganizationId>(row.reporting_recipient_id),
          }),
    parentId: row.parent_id === null ? null : asId<TaskId>(row.parent_id),
    status: row.status as TaskStatus,
    completedOn: row.completed_on,
    version: row.version,
    history: toRecordedTaskEvents((row.history ?? []) as TaskEventRow[]),
  })
}
