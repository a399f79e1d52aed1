import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  completionRate,
  countByTimeliness,
  onTimeRate,
  RATE_DENOMINATORS,
  RATE_MEASURES,
  rateFromTally,
  tallyTimeliness,
} from '../../src/task/completion-rate.js'
import { TASK_STATUSES } from '../../src/task/task-status.js'
import { type TimelinessFacts, timeliness } from '../../src/task/timeliness.js'

const asOf = '2025-06-30'
const tasks: TimelinessFacts[] = [
  { due: '2025-03-31', completedOn: '2025-03-20', status: 'COMPLETED' }, // on time
  { due: '2025-03-31', completedOn: '2025-04-10', status: 'COMPLETED' }, // late
  { due: '2025-05-31', completedOn: null, status: 'IN_PROGRESS' }, // overdue
  { due: '2025-06-30', completedOn: null, status: 'IN_PROGRESS' }, // due today, open
  { due: '2025-12-31', completedOn: '2025-06-01', status: 'COMPLETED' }, // early
  { due: '2025-12-31', completedOn: null, status: 'NOT_STARTED' }, // not yet due
  { due: null, completedOn: null, status: 'IN_PROGRESS' }, // ongoing
  { due: '2025-01-31', completedOn: null, status: 'CANCELLED' }, // excluded
]

describe('rates carry their denominator', () => {
  it('counts by timeliness', () => {
    expect(countByTimeliness(tasks, asOf)).toEqual({
      COMPLETED_ON_TIME: 2,
      COMPLETED_LATE: 1,
      IN_PROGRESS: 3,
      OVERDUE: 1,
      cancelled: 1,
      total: 7,
      asOf,
    })
  })
  it('divides by tasks due by the date or by all tasks assigned', () => {
    expect(completionRate(tasks, asOf, 'DUE_BY_DATE')).toEqual({
      measure: 'COMPLETED',
      numerator: 2,
      denominator: 4,
      denominatorKind: 'DUE_BY_DATE',
      percent: 50,
      asOf,
    })
    expect(completionRate(tasks, asOf, 'ALL_ASSIGNED')).toMatchObject({
      numerator: 3,
      denominator: 7,
    })
    expect(onTimeRate(tasks, asOf, 'DUE_BY_DATE')).toMatchObject({
      measure: 'COMPLETED_ON_TIME',
      numerator: 1,
      denominator: 4,
      percent: 25,
    })
    expect(onTimeRate(tasks, asOf, 'ALL_ASSIGNED')).toMatchObject({ numerator: 2, denominator: 7 })
  })
  it('gives no percent when nothing is in the denominator', () => {
    expect(onTimeRate([], asOf, 'ALL_ASSIGNED')).toMatchObject({
      numerator: 0,
      denominator: 0,
      percent: null,
    })
  })
})

describe('tallyTimeliness and rateFromTally', () => {
  const day = fc
    .integer({ min: 0, max: 60 })
    .map((d) => new Date(Date.UTC(2025, 4, 1 + d)).toISOString().slice(0, 10))
  const facts = fc.record({
    due: fc.option(day, { nil: null }),
    completedOn: fc.option(day, { nil: null }),
    status: fc.constantFrom(...TASK_STATUSES),
  })

  it('give every rate as its definition does, task by task', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 40 }), day, (list, on) => {
        const tally = tallyTimeliness(list, on)
        expect(tally.counts).toEqual(countByTimeliness(list, on))
        for (const kind of RATE_DENOMINATORS) {
          for (const measure of RATE_MEASURES) {
            // The definition: cancelled tasks out; DUE_BY_DATE keeps the tasks due by the date.
            const counted = list.filter(
              (t) =>
                timeliness(t, on) !== null &&
                (kind === 'ALL_ASSIGNED' || (t.due !== null && t.due <= on)),
            )
            const done = counted.filter((t) => {
              const judged = timeliness(t, on)
              return (
                judged === 'COMPLETED_ON_TIME' ||
                (measure === 'COMPLETED' && judged === 'COMPLETED_LATE')
              )
            })
            expect(rateFromTally(tally, kind, measure)).toEqual({
              measure,
              numerator: done.length,
              denominator: counted.length,
              denominatorKind: kind,
              percent: counted.length === 0 ? null : (done.length / counted.length) * 100,
              asOf: on,
            })
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
