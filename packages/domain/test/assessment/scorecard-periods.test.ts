import { describe, expect, it } from 'vitest'
import { type ScorecardTask, scorecard } from '../../src/assessment/scorecard.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'

function deadline(text: string) {
  const r = parseDeadline(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('scorecard of recurring work', () => {
  const base = { parentId: null, percent: null, completedOn: null, due: null } as const
  const tasks: ScorecardTask[] = [
    // yearly, never reported since 2023: overdue as a task, two periods missing by 2026-07-01
    {
      ...base,
      id: 'a',
      status: 'IN_PROGRESS',
      deadline: deadline('Năm 2023 và các năm tiếp theo'),
      reports: [],
    },
    // quarterly on the 15th of the quarter's last month: Q1 on time, Q2 late (named), Q3 not due
    {
      ...base,
      id: 'b',
      status: 'IN_PROGRESS',
      deadline: deadline('hằng quý trước ngày 15 tháng cuối quý từ năm 2026'),
      reports: [{ reportedOn: '2026-03-10' }, { reportedOn: '2026-06-20', period: '2026-Q2' }],
    },
    { ...base, id: 'c', status: 'CANCELLED', deadline: deadline('hằng tháng'), reports: [] },
  ]

  it('judges each recurring task by its latest due period and counts its periods in the year', () => {
    const card = scorecard(tasks, { asOf: '2026-07-01' })
    expect(card.ok).toBe(true)
    if (!card.ok) return
    expect(card.value.counts).toMatchObject({ OVERDUE: 1, IN_PROGRESS: 1, cancelled: 1, total: 2 })
    expect(card.value.periods).toEqual({
      from: '2026-01-01',
      to: '2026-07-01',
      total: 2,
      onTime: 1,
      late: 1,
      missing: 0,
    })
    const wider = scorecard(tasks, { asOf: '2026-07-01', periodsFrom: '2023-01-01' })
    expect(wider.ok && wider.value.periods).toMatchObject({ total: 5, missing: 3 })
  })
})
