import type { IsoDate } from '../calendar/iso-date.js'
import { judgeReportingPeriods, type PeriodReport } from '../calendar/report-status.js'
import type { Deadline } from '../deadline/deadline.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'
import { type DeadlineHistoryEvent, laterExtension } from './deadline-in-force.js'
import { latestDuePeriod } from './task-periods.js'
import type { TaskStatus } from './task-status.js'

const TIMELINESS = vocabulary([
  ['COMPLETED_ON_TIME', { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' }],
  ['COMPLETED_LATE', { vi: 'Hoàn thành quá hạn', en: 'Completed late' }],
  ['IN_PROGRESS', { vi: 'Chưa hoàn thành trong hạn', en: 'Open, not yet due' }],
  ['OVERDUE', { vi: 'Chưa hoàn thành quá hạn', en: 'Open and overdue' }],
])

/**
 * How a task stands against its deadline on a given day, the four counts of the Government
 * Office reports (e.g. 1270/BC-TCTTTg).
 *
 * @example
 * ```ts
 * TIMELINESS_VALUES.map((t) => TIMELINESS_LABELS[t].vi)
 * ```
 */
export const TIMELINESS_VALUES = TIMELINESS.codes

/**
 * Completed on time or late, open and not yet due, or open and overdue.
 *
 * @example
 * ```ts
 * const t: Timeliness | null = timeliness(facts, '2025-12-31')
 * ```
 */
export type Timeliness = (typeof TIMELINESS_VALUES)[number]

/**
 * Labels for every {@link Timeliness}, in the wording of the Government Office reports.
 *
 * @example
 * ```ts
 * TIMELINESS_LABELS.OVERDUE.vi // 'Chưa hoàn thành quá hạn'
 * ```
 */
export const TIMELINESS_LABELS: Labels<Timeliness> = TIMELINESS.labels

/**
 * The facts {@link timeliness} needs about a task.
 *
 * @example
 * ```ts
 * const facts: TimelinessFacts = { due: '2025-06-30', completedOn: null, status: 'IN_PROGRESS' }
 * ```
 */
export interface TimelinessFacts {
  /** The due day (ISO), or `null` for ongoing or recurring work with no single due day. */
  readonly due: IsoDate | null
  /** The day the task was completed, or `null`. */
  readonly completedOn: IsoDate | null
  readonly status: TaskStatus
  /**
   * The deadline itself, when known. A `RECURRING` deadline is judged per period (with
   * `reports`); without it, or for other kinds, `due` alone decides.
   */
  readonly deadline?: Deadline | null
  /** The task's progress reports (their days, and the period each names, if any). */
  readonly reports?: readonly PeriodReport[] | null
  /**
   * The task's history, when known: as of a day before a deadline extension (gia hạn), the
   * task is judged against the deadline in force that day, the one the extension replaced
   * (see `deadlineInForce`). Without it, `due` and `deadline` are taken as in force.
   */
  readonly history?: readonly DeadlineHistoryEvent[] | null
}

/**
 * The due day and deadline a task is judged by as of a day: those the first extension after
 * that day replaced, else the task's own (`due`, `deadline`).
 *
 * @example
 * ```ts
 * dueInForce({ due: '2025-12-31', history: [extendedOn15July] }, '2025-07-10').due // '2025-06-30'
 * ```
 */
export function dueInForce(
  task: Pick<TimelinessFacts, 'due' | 'deadline' | 'history'>,
  asOf: IsoDate,
): { readonly due: IsoDate | null; readonly deadline: Deadline | null } {
  const replaced = laterExtension(task.history, asOf)?.previousDeadline
  if (replaced == null) return { due: task.due, deadline: task.deadline ?? null }
  return { due: replaced.due, deadline: replaced }
}

/**
 * Judges a task as of a day, as the Government Office counts:
 *
 * - a cancelled task is excluded: `null`;
 * - a completed task (status `COMPLETED`, completed on or before `asOf`) is
 *   `COMPLETED_ON_TIME` when it was completed on or before its due day (the due day itself
 *   counts as on time) or has no due day, and `COMPLETED_LATE` otherwise;
 * - a task completed after `asOf` is judged as it stood on `asOf`: open;
 * - a `COMPLETED` task with no completion date is taken as completed on `asOf` at the
 *   latest, so it counts as on time only when `asOf` is not after its due day;
 * - an open task (any other status, paused included) is `IN_PROGRESS` until its due day has
 *   passed, then `OVERDUE`; with no due day (ongoing, conditional, unparsed) it is never
 *   overdue;
 * - an open task with a `RECURRING` deadline (given as `deadline`) is judged by its latest
 *   due period ({@link latestDuePeriod}): `OVERDUE` when that period has no report and its due
 *   day has passed (`MISSING`), otherwise `IN_PROGRESS` — also when no period has come due yet.
 *   So a yearly task with no report for three years is overdue;
 * - with its `history`, each of the above against the deadline in force on `asOf`: as of a day
 *   before an extension, the one it replaced (see {@link dueInForce}).
 *
 * Dates are ISO strings (`YYYY-MM-DD`), which compare correctly as strings.
 *
 * @example
 * ```ts
 * timeliness({ due: '2021-05-14', completedOn: '2021-05-14', status: 'COMPLETED' }, '2021-06-01')
 * // 'COMPLETED_ON_TIME'
 * timeliness({ due: '2021-05-14', completedOn: null, status: 'IN_PROGRESS' }, '2021-05-15')
 * // 'OVERDUE'
 * ```
 */
export function timeliness(task: TimelinessFacts, asOf: IsoDate): Timeliness | null {
  if (task.status === 'CANCELLED') return null
  const { due, deadline } = dueInForce(task, asOf)
  if (task.status === 'COMPLETED') {
    const done = task.completedOn ?? asOf
    if (done <= asOf) {
      return due === null || done <= due ? 'COMPLETED_ON_TIME' : 'COMPLETED_LATE'
    }
  }
  if (deadline !== null && deadline.kind === 'RECURRING') {
    const period = latestDuePeriod(deadline, asOf)
    if (period === null) return 'IN_PROGRESS'
    const [judged] = judgeReportingPeriods(
      [period],
      task.reports ?? [],
      asOf,
      deadline.dueDay ?? null,
    )
    return judged?.status === 'MISSING' ? 'OVERDUE' : 'IN_PROGRESS'
  }
  return due === null || asOf <= due ? 'IN_PROGRESS' : 'OVERDUE'
}
