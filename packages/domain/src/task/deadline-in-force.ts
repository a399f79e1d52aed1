import type { IsoDate } from '../calendar/iso-date.js'
import type { Deadline } from '../deadline/deadline.js'

/**
 * What {@link deadlineInForce} reads of an event of a task's history: its type, its day and,
 * for a deadline extension, the deadline it replaced. Every `TaskEvent` is one.
 *
 * @example
 * ```ts
 * const e: DeadlineHistoryEvent = { type: 'DEADLINE_EXTENDED', on: '2025-07-15', previousDeadline: q2 }
 * ```
 */
export interface DeadlineHistoryEvent {
  readonly type: string
  readonly on: IsoDate
  readonly previousDeadline?: Deadline | null
}

/**
 * The deadline in force on a day: the one the first extension (gia hạn) taking effect after
 * that day replaced, or, when no extension takes effect after it, the task's deadline as it
 * stands. An extension is in force from its own day on. A deadline edited without an extension
 * (`updateTask`) is a correction: it stands for the span between the extensions around it, as
 * the history records it. Events are read oldest first, as a task's `history` lists them.
 *
 * @example
 * ```ts
 * // Due "Quý II/2025", extended on 15/7/2025 to 31/12/2025:
 * deadlineInForce(task, '2025-07-10')?.due // '2025-06-30' (overdue that day)
 * deadlineInForce(task, '2025-07-15')?.due // '2025-12-31'
 * ```
 */
export function deadlineInForce(
  task: {
    readonly deadline?: Deadline | null
    readonly history?: readonly DeadlineHistoryEvent[] | null
  },
  day: IsoDate,
): Deadline | null {
  const replaced = laterExtension(task.history, day)
  return replaced === undefined ? (task.deadline ?? null) : (replaced.previousDeadline ?? null)
}

/**
 * The first deadline extension of a history taking effect after `day`, if there is one.
 *
 * @example
 * ```ts
 * laterExtension(task.history, '2025-07-10')?.previousDeadline?.text // 'Quý II/2025'
 * ```
 */
export function laterExtension(
  history: readonly DeadlineHistoryEvent[] | null | undefined,
  day: IsoDate,
): DeadlineHistoryEvent | undefined {
  return history?.find((event) => event.type === 'DEADLINE_EXTENDED' && event.on > day)
}
