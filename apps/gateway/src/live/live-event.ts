import type { ProgressReportId, TaskId, TenantId } from '@chidao/domain'

/*
 * What travels between gateway processes when something changes: the tenant and the ids of the
 * records, never their content. A subscriber reads each record again, as its own caller, and
 * hears of nothing it may not see; so an event says no more than "look at this id".
 */

/** A task was created, changed, moved in its lifecycle, extended or reassigned. */
export interface TaskChangedEvent {
  readonly tenantId: TenantId
  readonly taskId: TaskId
}

/** A progress report (or the correction of one) was added to a task. */
export interface ProgressReportedEvent {
  readonly tenantId: TenantId
  readonly taskId: TaskId
  readonly reportId: ProgressReportId
}

/** The urging runtime raised reminders (đôn đốc), named by their keys. */
export interface RemindersRaisedEvent {
  readonly tenantId: TenantId
  readonly reminderKeys: readonly string[]
}

/** Each topic and the event it carries. */
export interface LiveTopics {
  readonly 'task-changed': TaskChangedEvent
  readonly 'progress-reported': ProgressReportedEvent
  readonly 'reminders-raised': RemindersRaisedEvent
}

/** The name of a topic: `task-changed`, `progress-reported`, `reminders-raised`. */
export type LiveTopic = keyof LiveTopics
