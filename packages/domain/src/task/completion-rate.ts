import type { IsoDate } from '../calendar/iso-date.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'
import { dueInForce, type Timeliness, type TimelinessFacts, timeliness } from './timeliness.js'

const RATE_DENOMINATOR = vocabulary([
  ['DUE_BY_DATE', { vi: 'Số nhiệm vụ đã đến hạn', en: 'Tasks due by the date' }],
  ['ALL_ASSIGNED', { vi: 'Tổng số nhiệm vụ được giao', en: 'All tasks assigned' }],
])

/**
 * The tasks a rate divides by:
 * - `DUE_BY_DATE`: tasks whose due day is on or before the date (nhiệm vụ đã đến hạn);
 *   ongoing and recurring tasks (no due day) are never in it;
 * - `ALL_ASSIGNED`: every task assigned (nhiệm vụ được giao).
 * Cancelled tasks are in neither.
 *
 * @example
 * ```ts
 * RATE_DENOMINATORS.map((d) => completionRate(tasks, asOf, d))
 * ```
 */
export const RATE_DENOMINATORS = RATE_DENOMINATOR.codes

/**
 * Which tasks a rate divides by.
 *
 * @example
 * ```ts
 * const d: RateDenominator = 'DUE_BY_DATE'
 * ```
 */
export type RateDenominator = (typeof RATE_DENOMINATORS)[number]

/**
 * Labels for every {@link RateDenominator}.
 *
 * @example
 * ```ts
 * RATE_DENOMINATOR_LABELS.DUE_BY_DATE.vi // 'Số nhiệm vụ đã đến hạn'
 * ```
 */
export const RATE_DENOMINATOR_LABELS: Labels<RateDenominator> = RATE_DENOMINATOR.labels

const RATE_MEASURE = vocabulary([
  ['COMPLETED', { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate' }],
  ['COMPLETED_ON_TIME', { vi: 'Tỷ lệ hoàn thành đúng hạn', en: 'On-time completion rate' }],
])

/**
 * What a rate counts in its numerator.
 *
 * @example
 * ```ts
 * RATE_MEASURES // ['COMPLETED', 'COMPLETED_ON_TIME']
 * ```
 */
export const RATE_MEASURES = RATE_MEASURE.codes

/**
 * Completed tasks (on time or late), or tasks completed on time only.
 *
 * @example
 * ```ts
 * const m: RateMeasure = 'COMPLETED_ON_TIME'
 * ```
 */
export type RateMeasure = (typeof RATE_MEASURES)[number]

/**
 * Labels for every {@link RateMeasure}.
 *
 * @example
 * ```ts
 * RATE_MEASURE_LABELS.COMPLETED_ON_TIME.vi // 'Tỷ lệ hoàn thành đúng hạn'
 * ```
 */
export const RATE_MEASURE_LABELS: Labels<RateMeasure> = RATE_MEASURE.labels

/**
 * How many tasks stand in each timeliness as of a date, with the cancelled ones counted
 * apart and `total` the tasks that count (all but cancelled).
 *
 * @example
 * ```ts
 * // { COMPLETED_ON_TIME: 71, COMPLETED_LATE: 2, IN_PROGRESS: 10, OVERDUE: 1, cancelled: 3, total: 84, asOf: '2025-12-31' }
 * ```
 */
export interface TimelinessCounts extends Readonly<Record<Timeliness, number>> {
  readonly cancelled: number
  readonly total: number
  readonly asOf: IsoDate
}

/**
 * A rate that always says what it divides by: numerator, denominator, which tasks the
 * denominator holds, what the numerator counts, the date, and the percent (`null` when the
 * denominator is 0: no rate rather than a made-up 0 or 100).
 *
 * @example
 * ```ts
 * // { measure: 'COMPLETED', numerator: 71, denominator: 72, denominatorKind: 'DUE_BY_DATE', percent: 98.61, asOf: '2017-06-30' }
 * ```
 */
export interface CompletionRate {
  readonly measure: RateMeasure
  readonly numerator: number
  readonly denominator: number
  readonly denominatorKind: RateDenominator
  /** numerator / denominator × 100, unrounded; `null` when the denominator is 0. */
  readonly percent: number | null
  readonly asOf: IsoDate
}

/**
 * The tasks counted by {@link timeliness} as of a date, all of them and those due by the date
 * (due day on or before it, cancelled ones left out): everything the counts and the four rates
 * of a scorecard are made of, in one pass.
 *
 * @example
 * ```ts
 * const tally = tallyTimeliness(tasks, '2025-12-31')
 * rateFromTally(tally, 'DUE_BY_DATE', 'COMPLETED_ON_TIME').percent // 87.5
 * ```
 */
export interface TimelinessTally {
  readonly counts: TimelinessCounts
  readonly dueByDate: {
    readonly total: number
    readonly completedOnTime: number
    readonly completedLate: number
  }
}

/**
 * Counts the tasks as of a date in one pass; see {@link TimelinessTally}.
 *
 * @example
 * ```ts
 * tallyTimeliness(tasks, '2025-12-31').dueByDate.total // 8
 * ```
 */
export function tallyTimeliness(tasks: Iterable<TimelinessFacts>, asOf: IsoDate): TimelinessTally {
  const counts = { COMPLETED_ON_TIME: 0, COMPLETED_LATE: 0, IN_PROGRESS: 0, OVERDUE: 0 }
  let cancelled = 0
  let total = 0
  const due = { total: 0, completedOnTime: 0, completedLate: 0 }
  for (const task of tasks) {
    const t = timeliness(task, asOf)
    if (t === null) {
      cancelled++
      continue
    }
    counts[t]++
    total++
    const { due: day } = dueInForce(task, asOf)
    if (day === null || day > asOf) continue
    due.total++
    if (t === 'COMPLETED_ON_TIME') due.completedOnTime++
    else if (t === 'COMPLETED_LATE') due.completedLate++
  }
  return Object.freeze({
    counts: Object.freeze({ ...counts, cancelled, total, asOf }),
    dueByDate: Object.freeze(due),
  })
}

/**
 * A rate read off a tally: see {@link completionRate}.
 *
 * @example
 * ```ts
 * rateFromTally(tallyTimeliness(tasks, '2025-12-31'), 'ALL_ASSIGNED').percent
 * ```
 */
export function rateFromTally(
  tally: TimelinessTally,
  denominatorKind: RateDenominator,
  measure: RateMeasure = 'COMPLETED',
): CompletionRate {
  const all = denominatorKind === 'ALL_ASSIGNED'
  const onTime = all ? tally.counts.COMPLETED_ON_TIME : tally.dueByDate.completedOnTime
  const late = all ? tally.counts.COMPLETED_LATE : tally.dueByDate.completedLate
  const numerator = measure === 'COMPLETED' ? onTime + late : onTime
  const denominator = all ? tally.counts.total : tally.dueByDate.total
  return Object.freeze({
    measure,
    numerator,
    denominator,
    denominatorKind,
    percent: denominator === 0 ? null : (numerator / denominator) * 100,
    asOf: tally.counts.asOf,
  })
}

/**
 * Counts tasks by {@link timeliness} as of a date.
 *
 * @example
 * ```ts
 * countByTimeliness(tasks.map((t) => ({ ...t, due: taskDue(t) })), '2025-12-31').OVERDUE // 1
 * ```
 */
export function countByTimeliness(
  tasks: Iterable<TimelinessFacts>,
  asOf: IsoDate,
): TimelinessCounts {
  return tallyTimeliness(tasks, asOf).counts
}

/**
 * A completion rate as of a date, with the denominator it was computed on. The numerator
 * counts, among the tasks of the denominator, those completed by the date (`COMPLETED`) or
 * those completed by their due day (`COMPLETED_ON_TIME`), so a rate never exceeds 100 %.
 * A task completed ahead of a due day still to come counts in `ALL_ASSIGNED` only.
 *
 * @example
 * ```ts
 * completionRate(tasks, '2017-06-30', 'DUE_BY_DATE')
 * // { measure: 'COMPLETED', numerator: 71, denominator: 72, denominatorKind: 'DUE_BY_DATE', percent: 98.6…, … }
 * completionRate(tasks, '2017-06-30', 'ALL_ASSIGNED', 'COMPLETED_ON_TIME')
 * ```
 */
export function completionRate(
  tasks: Iterable<TimelinessFacts>,
  asOf: IsoDate,
  denominatorKind: RateDenominator,
  measure: RateMeasure = 'COMPLETED',
): CompletionRate {
  return rateFromTally(tallyTimeliness(tasks, asOf), denominatorKind, measure)
}

/**
 * The on-time rate: tasks completed by their due day over the chosen denominator; a
 * shorthand for `completionRate(tasks, asOf, denominatorKind, 'COMPLETED_ON_TIME')`.
 *
 * @example
 * ```ts
 * onTimeRate(tasks, '2025-12-31', 'ALL_ASSIGNED').percent // 80.3…
 * ```
 */
export function onTimeRate(
  tasks: Iterable<TimelinessFacts>,
  asOf: IsoDate,
  denominatorKind: RateDenominator,
): CompletionRate {
  return completionRate(tasks, asOf, denominatorKind, 'COMPLETED_ON_TIME')
}
