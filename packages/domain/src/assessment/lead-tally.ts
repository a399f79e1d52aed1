import type { IsoDate } from '../calendar/iso-date.js'
import type { DomainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { ok, type Result } from '../result.js'
import { type TimelinessTally, tallyTimeliness } from '../task/completion-rate.js'
import { type RollUpNode, rollUpForest } from '../task/roll-up.js'
import {
  countRecurringPeriods,
  type PeriodCounts,
  periodsFromOf,
  type Scorecard,
  type ScorecardOptions,
  type ScorecardTask,
  scorecardOf,
} from './scorecard.js'

/**
 * The tasks one organisation leads (chủ trì), counted for a scorecard: the tally by timeliness,
 * the recurring periods, and the tasks as the roll-up needs them (the one part that is not a
 * sum: it follows the tree). What the database counts in one pass, and what
 * {@link tallyByLead} counts from the tasks themselves — the two must agree.
 *
 * @example
 * ```ts
 * const line: LeadTally = { leadId, tally, periods, tasks: [{ id, parentId: null, status: 'IN_PROGRESS', percent: 40 }] }
 * ```
 */
export interface LeadTally {
  readonly leadId: OrganizationId
  readonly tally: TimelinessTally
  readonly periods: PeriodCounts
  /** The lead's tasks by id, as {@link rollUpForest} takes them. */
  readonly tasks: readonly RollUpNode[]
}

/**
 * Counts tasks per lead organisation, one {@link LeadTally} per lead, by lead id; the tasks of
 * each in the order given. The domain's reckoning of what a store counts in the database.
 *
 * @example
 * ```ts
 * tallyByLead(facts, { asOf: '2025-12-31' })[0]?.tally.counts.OVERDUE // 2
 * ```
 */
export function tallyByLead(
  tasks: readonly (ScorecardTask & { readonly leadId: OrganizationId })[],
  options: Pick<ScorecardOptions, 'asOf' | 'periodsFrom'>,
): readonly LeadTally[] {
  const groups = new Map<OrganizationId, (ScorecardTask & { readonly leadId: OrganizationId })[]>()
  for (const task of tasks) {
    const list = groups.get(task.leadId)
    if (list) list.push(task)
    else groups.set(task.leadId, [task])
  }
  const from = periodsFromOf(options)
  return Object.freeze(
    [...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([leadId, list]) =>
        Object.freeze({
          leadId,
          tally: tallyTimeliness(list, options.asOf),
          periods: countRecurringPeriods(list, from, options.asOf),
          tasks: Object.freeze(
            list.map(({ id, parentId, status, percent }) =>
              Object.freeze({ id, parentId, status, percent }),
            ),
          ),
        }),
      ),
  )
}

/**
 * A lead's tasks as a store counts them: the tally of those it judged itself, the tasks as the
 * roll-up needs them, and the recurring tasks (not cancelled), which only the domain judges —
 * by their periods, from their reports.
 *
 * @example
 * ```ts
 * const counted: CountedLead = { leadId, tally, tasks, recurring: [yearlyReport] }
 * ```
 */
export interface CountedLead {
  readonly leadId: OrganizationId
  readonly tally: TimelinessTally
  readonly tasks: readonly RollUpNode[]
  readonly recurring: readonly ScorecardTask[]
}

/**
 * A lead's {@link LeadTally} from what a store counted: its tally with the recurring tasks'
 * added (judged by {@link tallyTimeliness}), and their periods ({@link countRecurringPeriods}).
 *
 * @example
 * ```ts
 * leadTallyOf(counted, { asOf: '2025-12-31' }).periods.missing // 2
 * ```
 */
export function leadTallyOf(
  counted: CountedLead,
  options: Pick<ScorecardOptions, 'asOf' | 'periodsFrom'>,
): LeadTally {
  const { asOf } = options
  return Object.freeze({
    leadId: counted.leadId,
    tally:
      counted.recurring.length === 0
        ? counted.tally
        : sumTallies([counted.tally, tallyTimeliness(counted.recurring, asOf)], asOf),
    periods: countRecurringPeriods(counted.recurring, periodsFromOf(options), asOf),
    tasks: counted.tasks,
  })
}

/** Adds tallies up: tasks are counted once each, so the whole is the sum of its leads. */
function sumTallies(tallies: readonly TimelinessTally[], asOf: IsoDate): TimelinessTally {
  const counts = { COMPLETED_ON_TIME: 0, COMPLETED_LATE: 0, IN_PROGRESS: 0, OVERDUE: 0 }
  const due = { total: 0, completedOnTime: 0, completedLate: 0 }
  let cancelled = 0
  let total = 0
  for (const { counts: c, dueByDate: d } of tallies) {
    counts.COMPLETED_ON_TIME += c.COMPLETED_ON_TIME
    counts.COMPLETED_LATE += c.COMPLETED_LATE
    counts.IN_PROGRESS += c.IN_PROGRESS
    counts.OVERDUE += c.OVERDUE
    cancelled += c.cancelled
    total += c.total
    due.total += d.total
    due.completedOnTime += d.completedOnTime
    due.completedLate += d.completedLate
  }
  return Object.freeze({
    counts: Object.freeze({ ...counts, cancelled, total, asOf }),
    dueByDate: Object.freeze(due),
  })
}

/** Adds period counts up over the same range. */
function sumPeriods(periods: readonly PeriodCounts[], from: IsoDate, asOf: IsoDate): PeriodCounts {
  const sum = { from, to: asOf, total: 0, onTime: 0, late: 0, missing: 0 }
  for (const p of periods) {
    sum.total += p.total
    sum.onTime += p.onTime
    sum.late += p.late
    sum.missing += p.missing
  }
  return Object.freeze(sum)
}

/**
 * The scorecards of counted leads: the whole (the tallies and periods summed, the progress
 * rolled up over every lead's tasks, in the order of their ids as a list of tasks would give
 * them; the rating when `options.score` is given) and one per lead, in the order given
 * (never rated). The same as {@link scorecard} over the tasks, the whole's and each lead's.
 * Fails as {@link rollUpForest} fails (a cycle, a bad figure); a lead's tasks, a part of the
 * whole, then cannot fail.
 *
 * @example
 * ```ts
 * const r = scorecardsFromTallies(lines, { asOf: '2025-12-31', score: 86 })
 * r.ok && r.value.byLead[0]?.counts.total
 * ```
 */
export function scorecardsFromTallies(
  lines: readonly LeadTally[],
  options: ScorecardOptions,
): Result<{ readonly card: Scorecard; readonly byLead: readonly Scorecard[] }, DomainError> {
  const rollUp = options.rollUp ?? { mode: 'MEAN' }
  const everyTask = lines
    .flatMap((line) => line.tasks)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const progress = rollUpForest(everyTask, rollUp)
  if (!progress.ok) return progress
  const from = periodsFromOf(options)
  const card = scorecardOf(
    {
      tally: sumTallies(
        lines.map((line) => line.tally),
        options.asOf,
      ),
      progress: progress.value,
      periods: sumPeriods(
        lines.map((line) => line.periods),
        from,
        options.asOf,
      ),
    },
    options,
  )
  const { score: _score, ...unrated } = options
  const byLead: Scorecard[] = []
  for (const line of lines) {
    const own = rollUpForest(line.tasks, rollUp)
    if (!own.ok) return own
    byLead.push(
      scorecardOf({ tally: line.tally, progress: own.value, periods: line.periods }, unrated),
    )
  }
  return ok(Object.freeze({ card, byLead: Object.freeze(byLead) }))
}
