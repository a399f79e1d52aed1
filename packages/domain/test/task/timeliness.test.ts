import { describe, expect, it } from 'vitest'
import type { Deadline } from '../../src/deadline/deadline.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { TIMELINESS_LABELS, timeliness } from '../../src/task/timeliness.js'

describe('timeliness', () => {
  const due = '2021-05-14'
  it('counts the due day itself as on time', () => {
    expect(timeliness({ due, completedOn: '2021-05-14', status: 'COMPLETED' }, '2021-06-01')).toBe(
      'COMPLETED_ON_TIME',
    )
    expect(timeliness({ due, completedOn: '2021-05-15', status: 'COMPLETED' }, '2021-06-01')).toBe(
      'COMPLETED_LATE',
    )
    expect(timeliness({ due, completedOn: null, status: 'IN_PROGRESS' }, '2021-05-14')).toBe(
      'IN_PROGRESS',
    )
    expect(timeliness({ due, completedOn: null, status: 'IN_PROGRESS' }, '2021-05-15')).toBe(
      'OVERDUE',
    )
    expect(timeliness({ due, completedOn: null, status: 'PAUSED' }, '2021-05-15')).toBe('OVERDUE')
    expect(timeliness({ due, completedOn: null, status: 'NOT_STARTED' }, '2021-01-01')).toBe(
      'IN_PROGRESS',
    )
  })
  it('never finds ongoing work overdue', () => {
    expect(timeliness({ due: null, completedOn: null, status: 'IN_PROGRESS' }, '2099-01-01')).toBe(
      'IN_PROGRESS',
    )
    expect(
      timeliness({ due: null, completedOn: '2030-01-01', status: 'COMPLETED' }, '2099-01-01'),
    ).toBe('COMPLETED_ON_TIME')
  })
  it('excludes cancelled tasks', () => {
    expect(timeliness({ due, completedOn: null, status: 'CANCELLED' }, '2021-06-01')).toBeNull()
  })
  it('judges a task completed after asOf as open at asOf', () => {
    expect(timeliness({ due, completedOn: '2021-05-20', status: 'COMPLETED' }, '2021-05-10')).toBe(
      'IN_PROGRESS',
    )
    expect(timeliness({ due, completedOn: '2021-05-20', status: 'COMPLETED' }, '2021-05-16')).toBe(
      'OVERDUE',
    )
  })
  it('takes a completed task with no date as completed by asOf at the latest', () => {
    expect(timeliness({ due, completedOn: null, status: 'COMPLETED' }, '2021-05-01')).toBe(
      'COMPLETED_ON_TIME',
    )
    expect(timeliness({ due, completedOn: null, status: 'COMPLETED' }, '2021-06-01')).toBe(
      'COMPLETED_LATE',
    )
  })
  it('labels the four counts as the Government Office does', () => {
    expect(TIMELINESS_LABELS.COMPLETED_ON_TIME.vi).toBe('Hoàn thành đúng hạn')
    expect(TIMELINESS_LABELS.COMPLETED_LATE.vi).toBe('Hoàn thành quá hạn')
    expect(TIMELINESS_LABELS.IN_PROGRESS.vi).toBe('Chưa hoàn thành trong hạn')
    expect(TIMELINESS_LABELS.OVERDUE.vi).toBe('Chưa hoàn thành quá hạn')
  })
})

describe('timeliness of recurring work, judged by its latest due period', () => {
  function deadline(text: string): Deadline {
    const r = parseDeadline(text)
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  const open = { due: null, completedOn: null, status: 'IN_PROGRESS' } as const

  it('finds a yearly task with no report for three years overdue', () => {
    const d = deadline('Năm 2023 và các năm tiếp theo')
    expect(timeliness({ ...open, deadline: d, reports: [] }, '2026-03-01')).toBe('OVERDUE')
    // without the deadline, as before: never overdue
    expect(timeliness(open, '2026-03-01')).toBe('IN_PROGRESS')
  })

  it('is in progress while the latest due period is reported, or before any is due', () => {
    const d = deadline('Trước 30/6 hằng năm từ năm 2025')
    const reports = [{ reportedOn: '2025-06-10' }]
    expect(timeliness({ ...open, deadline: d, reports }, '2025-06-30')).toBe('IN_PROGRESS')
    expect(timeliness({ ...open, deadline: d, reports }, '2026-06-30')).toBe('IN_PROGRESS')
    expect(timeliness({ ...open, deadline: d, reports }, '2026-07-01')).toBe('OVERDUE')
    expect(timeliness({ ...open, deadline: d, reports: [] }, '2025-06-30')).toBe('IN_PROGRESS')
    expect(timeliness({ ...open, deadline: d, reports: [] }, '2025-07-01')).toBe('OVERDUE')
    // a report after the due day answers the next period, unless it names its own
    const late = [{ reportedOn: '2025-07-05' }]
    expect(timeliness({ ...open, deadline: d, reports: late }, '2025-08-01')).toBe('OVERDUE')
    const named = [{ reportedOn: '2025-07-05', period: '2025' }]
    expect(timeliness({ ...open, deadline: d, reports: named }, '2025-08-01')).toBe('IN_PROGRESS')
    expect(timeliness({ ...open, deadline: d, reports: [] }, '2024-12-31')).toBe('IN_PROGRESS')
  })

  it('stops at the last period and follows completion rules once completed', () => {
    const d = deadline('hằng quý từ quý I/2025 đến hết quý II/2025')
    const reports = [{ reportedOn: '2025-06-20' }]
    expect(timeliness({ ...open, deadline: d, reports }, '2027-01-01')).toBe('IN_PROGRESS')
    expect(timeliness({ ...open, deadline: d, reports: [] }, '2027-01-01')).toBe('OVERDUE')
    const done = { due: null, completedOn: '2025-12-01', status: 'COMPLETED' } as const
    expect(timeliness({ ...done, deadline: d, reports: [] }, '2027-01-01')).toBe(
      'COMPLETED_ON_TIME',
    )
  })

  it('never finds conditional or unparsed work overdue', () => {
    for (const text of ['Sau khi có hướng dẫn của Trung ương', 'khi thuận lợi']) {
      const d = deadline(text)
      expect(timeliness({ ...open, due: d.due, deadline: d }, '2099-01-01')).toBe('IN_PROGRESS')
    }
  })
})
