import type { IsoDate } from '../calendar/iso-date.js'
import type { PeriodReport } from '../calendar/report-status.js'
import type { Deadline } from '../deadline/deadline.js'
import type { DomainError } from '../domain-error.js'
import { ok, type Result } from '../result.js'
import {
  type CompletionRate,
  rateFromTally,
  type TimelinessCounts,
  type TimelinessTally,
  tallyTimeliness,
} from '../task/completion-rate.js'
import {
  type RollUpNode,
  type RollUpOptions,
  type RollUpResult,
  rollUpForest,
} from '../task/roll-up.js'
import { judgeTaskPeriods } from '../task/task-periods.js'
import { type RatingOutcome, rate } from './rate.js'
import { RATING_RULES_2025, type RatingRules } from './rating-rules.js'

/**
 * What a scorecard needs of each task: its place in the tree, status, due day, completion
 * day and latest figure.
 *
 * @example
 * ```ts
 * const t: ScorecardTask = { id, parentId: null, status: 'COMPLETED', due: '2025-06-30', completedOn: '2025-06-20', percent: 100 }
 * ```
 */
export interface ScorecardTask extends RollUpNode {
  readonly due: IsoDate | null
  readonly completedOn: IsoDate | null
  /** The deadline, needed for a recurring task (judged by its periods); may be left out for others. */
  readonly deadline?: Deadline | null
  /** A recurring task's progress reports (their days and named periods), up to `asOf`. */
  readonly reports?: readonly PeriodReport[] | null
}

/**
 * The periods of recurring tasks that came due in a scorecard's range, by how they were
 * answered: reported by the due day, reported late, or missing (due day passed, no report).
 *
 * @example
 * ```ts
 * // { from: '2026-01-01', to: '2026-12-31', total: 12, onTime: 9, late: 1, missing: 2 }
 * ```
 */
export interface PeriodCounts {
  readonly from: IsoDate
  readonly to: IsoDate
  /** Periods due in the range (due day from `from` to `to`, the scorecard's `asOf`). */
  readonly total: number
  readonly onTime: number
  readonly late: number
  readonly missing: number
}

/**
 * How to build a scorecard: the date, the roll-up mode (default `MEAN`), and — to rate —
 * a score with the rule set (default 2025) and whether a disqualifying violation occurred.
 *
 * @example
 * ```ts
 * const o: ScorecardOptions = { asOf: '2025-12-31', rollUp: { mode: 'BY_STATUS' }, score: 86 }
 * ```
 */
export interface ScorecardOptions {
  readonly asOf: IsoDate
  readonly rollUp?: RollUpOptions
  readonly score?: number | null
  readonly rules?: RatingRules
  readonly disqualifyingViolation?: boolean
  /** The first day of the range whose recurring periods are counted; 1 January of `asOf`'s
   * year by default. */
  readonly periodsFrom?: IsoDate
}

/**
 * The standing of an organisation or a directive as of a date: counts by timeliness, the
 * completion and on-time rates over both denominators, the progress rolled up over all
 * top-level tasks, and the rating (when a score is given).
 *
 * @example
 * ```ts
 * // { asOf, counts: { COMPLETED_ON_TIME: 5, … }, rates: { completedDueByDate: { … } , … },
 * //   progress: { percent: 72.5, childrenWithData: 8, childrenTotal: 8 }, rating: null }
 * ```
 */
export interface Scorecard {
  readonly asOf: IsoDate
  readonly counts: TimelinessCounts
  readonly rates: {
    readonly completedDueByDate: CompletionRate
    readonly completedAllAssigned: CompletionRate
    readonly onTimeDueByDate: CompletionRate
    readonly onTimeAllAssigned: CompletionRate
  }
  /** Roll-up over the top-level tasks (those whose parent is not in the list). */
  readonly progress: RollUpResult
  readonly rating: RatingOutcome | null
  /** The periods of recurring tasks due in the range, where periods are what is asked. */
  readonly periods: PeriodCounts
}

/**
 * Counts the periods of the recurring tasks (cancelled ones left out) whose due day falls from
 * `from` to `asOf`, judged as of `asOf` from each task's reports.
 *
 * @example
 * ```ts
 * countRecurringPeriods(tasks, '2026-01-01', '2026-12-31').missing // 2
 * ```
 */
export function countRecurringPeriods(
  tasks: readonly ScorecardTask[],
  from: IsoDate,
  asOf: IsoDate,
): PeriodCounts {
  const counts = { from, to: asOf, total: 0, onTime: 0, late: 0, missing: 0 }
  for (const task of tasks) {
    const deadline = task.deadline ?? null
    if (deadline === null || deadline.kind !== 'RECURRING' || task.status === 'CANCELLED') continue
    for (const judged of judgeTaskPeriods(deadline, task.reports ?? [], from, asOf, asOf)) {
      if (judged.status === 'NOT_YET_DUE') continue
      counts.total++
      if (judged.status === 'RECEIVED') counts.onTime++
      else if (judged.status === 'RECEIVED_LATE') counts.late++
      else counts.missing++
    }
  }
  return Object.freeze(counts)
}

/**
 * Builds a scorecard over the tasks given (the caller chooses them: an organisation's tasks,
 * a directive's, a period's). Counts and rates take every task in the list, subtasks
 * included; the roll-up follows the tree. The rating facts are the tasks due by `asOf`:
 * assigned, completed by then, completed late.
 *
 * Recurring work (a yearly report, a quarterly review) is counted twice over, as an office
 * reads it: once as a task, in `counts`, judged by its latest due period (overdue when that
 * period's report is missing; it has no single due day, so it stays out of the "due by the
 * date" denominator), and period by period in `periods`: each period whose due day falls in the
 * range (from `periodsFrom`, by default 1 January of the year of `asOf`, to `asOf`) is on
 * time, late or missing. Errors are those of
 * {@link rollUpProgress} (a cycle, a bad figure).
 *
 * @example
 * ```ts
 * const r = scorecard(tasks, { asOf: '2025-12-31', score: 86 })
 * r.ok && r.value.rates.onTimeDueByDate.percent
 * r.ok && r.value.rating?.rating // 'GOOD', or lower with the reasons
 * ```
 */
export function scorecard(
  tasks: readonly ScorecardTask[],
  options: ScorecardOptions,
): Result<Scorecard, DomainError> {
  const progress = rollUpForest(tasks, options.rollUp ?? { mode: 'MEAN' })
  if (!progress.ok) return progress
  return ok(
    scorecardOf(
      {
        tally: tallyTimeliness(tasks, options.asOf),
        progress: progress.value,
        periods: countRecurringPeriods(tasks, periodsFromOf(options), options.asOf),
      },
      options,
    ),
  )
}

/**
 * What a scorecard is made of once its tasks are counted: the tally by timeliness, the
 * rolled-up progress and the recurring periods — from the tasks ({@link scorecard}), or
 * counted in the database and summed ({@link scorecardsFromTallies}).
 *
 * @example
 * ```ts
 * const parts: ScorecardParts = { tally, progress, periods }
 * ```
 */
export interface ScorecardParts {
  readonly tally: TimelinessTally
  readonly progress: RollUpResult
  readonly periods: PeriodCounts
}

/** The first day of the range whose recurring periods a scorecard counts. */
export function periodsFromOf(options: Pick<ScorecardOptions, 'asOf' | 'periodsFrom'>): IsoDate {
  return options.periodsFrom ?? `${options.asOf.slice(0, 4)}-01-01`
}

/**
 * The scorecard of counted parts: the rates on both denominators read off the tally, and the
 * rating when a score is given (its facts: the tasks due by the date — assigned, completed,
 * completed late). {@link scorecard} and {@link scorecardsFromTallies} both end here.
 *
 * @example
 * ```ts
 * scorecardOf({ tally, progress, periods }, { asOf: '2025-12-31', score: 86 }).rating?.rating
 * ```
 */
export function scorecardOf(parts: ScorecardParts, options: ScorecardOptions): Scorecard {
  const { tally } = parts
  let rating: RatingOutcome | null = null
  if (options.score !== undefined && options.score !== null) {
    const due = tally.dueByDate
    rating = rate(
      {
        score: options.score,
        tasksAssigned: due.total,
        tasksCompleted: due.completedOnTime + due.completedLate,
        tasksCompletedLate: due.completedLate,
        ...(options.disqualifyingViolation === undefined
          ? {}
          : { disqualifyingViolation: options.disqualifyingViolation }),
      },
      options.rules ?? RATING_RULES_2025,
    )
  }
  return Object.freeze({
    asOf: options.asOf,
    counts: tally.counts,
    rates: Object.freeze({
      completedDueByDate: rateFromTally(tally, 'DUE_BY_DATE', 'COMPLETED'),
      completedAllAssigned: rateFromTally(tally, 'ALL_ASSIGNED', 'COMPLETED'),
      onTimeDueByDate: rateFromTally(tally, 'DUE_BY_DATE', 'COMPLETED_ON_TIME'),
      onTimeAllAssigned: rateFromTally(tally, 'ALL_ASSIGNED', 'COMPLETED_ON_TIME'),
    }),
    progress: parts.progress,
    rating,
    periods: parts.periods,
  })
}
