import { describe, expect, it } from 'vitest'
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
