import { describe, expect, it } from 'vitest'
import {
  DEADLINE_KIND_LABELS,
  RECURRENCE_CADENCE_LABELS,
  recurringDeadline,
  yearDeadline,
} from '../../src/deadline/deadline.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { recurringDueDates } from '../../src/deadline/recurring-due-dates.js'

describe('recurringDueDates', () => {
  it('gives the last day of each calendar period from the start', () => {
    const d = parseDeadline('hằng quý từ quý II/2024')
    expect(d.ok && recurringDueDates(d.value, '2024-01-01', '2024-12-31')).toEqual([
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ])
    expect(recurringDueDates(recurringDeadline('HALF_YEARLY'), '2024-03-01', '2025-06-30')).toEqual(
      ['2024-06-30', '2024-12-31', '2025-06-30'],
    )
    expect(
      recurringDueDates(recurringDeadline('MONTHLY', '2024-01-15'), '2023-01-01', '2024-03-31'),
    ).toEqual(['2024-01-31', '2024-02-29', '2024-03-31'])
    expect(
      recurringDueDates(recurringDeadline('YEARLY', '2022-01-01'), '2020-01-01', '2024-06-30'),
    ).toEqual(['2022-12-31', '2023-12-31'])
  })

  it('yields a single due date when it falls in range, and nothing for bad ranges', () => {
    expect(recurringDueDates(yearDeadline(2025), '2025-01-01', '2025-12-31')).toEqual([
      '2025-12-31',
    ])
    expect(recurringDueDates(yearDeadline(2025), '2026-01-01', '2026-12-31')).toEqual([])
    expect(recurringDueDates(recurringDeadline('MONTHLY'), '2025-02-01', '2025-01-01')).toEqual([])
    expect(recurringDueDates(recurringDeadline('MONTHLY'), 'x', '2025-01-01')).toEqual([])
  })

  it('labels kinds and cadences in both languages', () => {
    expect(DEADLINE_KIND_LABELS.ONGOING).toEqual({ vi: 'Thường xuyên', en: 'Ongoing' })
    expect(RECURRENCE_CADENCE_LABELS.QUARTERLY.vi).toBe('Hằng quý')
  })
})
