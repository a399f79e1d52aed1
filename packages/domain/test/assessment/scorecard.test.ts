import { describe, expect, it } from 'vitest'
import { type ScorecardTask, scorecard } from '../../src/assessment/scorecard.js'

const t = (
  id: string,
  parentId: string | null,
  status: ScorecardTask['status'],
  due: string | null,
  completedOn: string | null,
  percent: number | null,
): ScorecardTask => ({ id, parentId, status, due, completedOn, percent })

const tasks = [
  t('a', null, 'COMPLETED', '2025-03-31', '2025-03-20', 100),
  t('b', null, 'IN_PROGRESS', '2025-12-31', null, null),
  t('b1', 'b', 'IN_PROGRESS', '2025-09-30', null, 50),
  t('b2', 'b', 'COMPLETED', '2025-06-30', '2025-07-05', null),
  t('c', null, 'IN_PROGRESS', null, null, 20),
  t('d', null, 'CANCELLED', '2025-06-30', null, null),
]

describe('scorecard', () => {
  it('counts, rates with both denominators, rolls up and rates', () => {
    const r = scorecard(tasks, { asOf: '2025-08-31', score: 86 })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const s = r.value
    expect(s.counts).toMatchObject({
      COMPLETED_ON_TIME: 1,
      COMPLETED_LATE: 1,
      IN_PROGRESS: 3,
      OVERDUE: 0,
      cancelled: 1,
      total: 5,
    })
    expect(s.rates.completedDueByDate).toMatchObject({
      numerator: 2,
      denominator: 2,
      denominatorKind: 'DUE_BY_DATE',
      percent: 100,
    })
    expect(s.rates.onTimeDueByDate).toMatchObject({ numerator: 1, denominator: 2, percent: 50 })
    expect(s.rates.onTimeAllAssigned).toMatchObject({
      numerator: 1,
      denominator: 5,
      denominatorKind: 'ALL_ASSIGNED',
    })
    // a = 100, b = mean(50, 100) = 75, c = 20
    expect(s.progress).toEqual({
      percent: (100 + 75 + 20) / 3,
      childrenWithData: 3,
      childrenTotal: 3,
    })
    // 1 of the 2 tasks due was late: not on time (GOOD refused), over 20 % late (COMPLETED refused)
    expect(s.rating).toMatchObject({
      byScore: 'GOOD',
      rating: 'NOT_COMPLETED',
      reasons: [
        { rating: 'GOOD', condition: 'ALL_TASKS_ON_TIME' },
        { rating: 'COMPLETED', condition: 'MAX_LATE_SHARE' },
      ],
    })
  })
  it('rates only when given a score, and reports roll-up errors', () => {
    const r = scorecard(tasks, { asOf: '2025-08-31' })
    expect(r.ok && r.value.rating).toBeNull()
    const bad = scorecard([t('x', null, 'IN_PROGRESS', null, null, 150)], { asOf: '2025-08-31' })
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INVALID_PERCENT', path: [0, 'percent'] })
  })
})
