import { describe, expect, it } from 'vitest'
import { completionRate, countByTimeliness, onTimeRate } from '../../src/task/completion-rate.js'
import type { TimelinessFacts } from '../../src/task/timeliness.js'

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
