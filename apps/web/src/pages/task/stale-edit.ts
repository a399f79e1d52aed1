import type { TaskView } from './task-query.js'

/**
 * What the person saw of a task when they began a change: the fields a change may be judged
 * against, and the version their change is made on.
 */
export interface TaskSnapshot {
  readonly version: number
  readonly title: string
  readonly status: string
  readonly deadline: string | null
  readonly due: string | null
  readonly progress: number | null
  readonly completedOn: string | null
  readonly lead: string
  readonly coordinators: string
  readonly reports: number
  /** How many events the history held: the later ones are what the others did since. */
  readonly events: number
  readonly eventActors: readonly string[]
  readonly reportAuthors: readonly string[]
}

/** A field of a task the stale-edit notice can show changed. */
export type TaskField =
  | 'title'
  | 'status'
  | 'deadline'
  | 'due'
  | 'progress'
  | 'completedOn'
  | 'lead'
  | 'coordinators'
  | 'reports'

/** One field that differs between the version the person began from and the current one. */
export interface FieldChange {
  readonly field: TaskField
  readonly before: string | number | null
  readonly after: string | number | null
}

/**
 * Who an actor of the history is, as a person reads it: the gateway records a signed-in person
 * as `user:<subject>`, and the system's own work as `system:<what>`.
 */
export function actorName(actor: string): string {
  return actor.startsWith('user:') ? actor.slice('user:'.length) : actor
}

/** The snapshot of a task as the page shows it. */
export function snapshotOf(task: TaskView): TaskSnapshot {
  return {
    version: task.version,
    title: task.title,
    status: task.status,
    deadline: task.deadline?.text ?? null,
    due: task.due ?? null,
    progress: task.progress ?? null,
    completedOn: task.completedOn ?? null,
    lead: task.lead.name,
    coordinators: task.coordinators.map((organization) => organization.name).join(', '),
    reports: task.progressReports.length,
    events: task.history.length,
    eventActors: task.history.map((event) => actorName(event.actor)),
    reportAuthors: task.progressReports.map((report) => report.organization.name),
  }
}

const FIELDS: readonly TaskField[] = [
  'title',
  'status',
  'deadline',
  'due',
  'progress',
  'completedOn',
  'lead',
  'coordinators',
  'reports',
]

/**
 * The fields that differ between the task as the person began from it and as it is now, in
 * the order the page shows them: what "the other person changed".
 *
 * @example
 * ```ts
 * changesSince(before, after) // [{ field: 'deadline', before: 'Quý III/2027', after: '31/12/2027' }]
 * ```
 */
export function changesSince(before: TaskSnapshot, after: TaskSnapshot): FieldChange[] {
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }))
}

/**
 * Who changed the task since the snapshot: the actors of the events recorded after it and the
 * organisations of the reports filed after it, each named once.
 */
export function changedBy(before: TaskSnapshot, after: TaskSnapshot): string[] {
  const names = [
    ...after.eventActors.slice(before.events),
    ...after.reportAuthors.slice(before.reports),
  ]
  return [...new Set(names)]
}
