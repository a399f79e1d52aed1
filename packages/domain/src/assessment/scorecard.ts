import type { IsoDate } from '../calendar/iso-date.js'
import type { DomainError } from '../domain-error.js'
import { ok, type Result } from '../result.js'
import {
  type CompletionRate,
  rateFromTally,
  type TimelinessCounts,
  tallyTimeliness,
} from '../task/completion-rate.js'
import {
  type RollUpNode,
  type RollUpOptions,
  type RollUpResult,
  rollUpForest,
} from '../task/roll-up.js'
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
}

/**
 * Builds a scorecard over the tasks given (the caller chooses them: an organisation's tasks,
 * a directive's, a period's). Counts and rates take every task in the list, subtasks
 * included; the roll-up follows the tree. The rating facts are the tasks due by `asOf`:
 * assigned, completed by then, completed late. Errors are those of
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
  const { asOf } = options
  const progress = rollUpForest(tasks, options.rollUp ?? { mode: 'MEAN' })
  if (!progress.ok) return progress
  const tally = tallyTimeliness(tasks, asOf)
  let rating: RatingOutcome | null = null
  if (options.score !== undefined && options.score !== null) {
    // The rating's facts are the tasks due by the date: assigned, completed, completed late.
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
  return ok(
    Object.freeze({
      asOf,
      counts: tally.counts,
      rates: Object.freeze({
        completedDueByDate: rateFromTally(tally, 'DUE_BY_DATE', 'COMPLETED'),
        completedAllAssigned: rateFromTally(tally, 'ALL_ASSIGNED', 'COMPLETED'),
        onTimeDueByDate: rateFromTally(tally, 'DUE_BY_DATE', 'COMPLETED_ON_TIME'),
        onTimeAllAssigned: rateFromTally(tally, 'ALL_ASSIGNED', 'COMPLETED_ON_TIME'),
      }),
      progress: progress.value,
      rating,
    }),
  )
}
