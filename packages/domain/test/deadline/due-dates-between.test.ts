import { describe, expect, it } from 'vitest'
import type { Deadline } from '../../src/deadline/deadline.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { dueDatesBetween, recurringDueDates } from '../../src/deadline/recurring-due-dates.js'
import { okValue } from '../support/ok-value.js'

function read(text: string): Deadline {
  return okValue(parseDeadline(text))
}

describe('dueDatesBetween', () => {
  it('lists the fixed day of each period, from the first period to the last', () => {
    expect(dueDatesBetween(read('Trước 30/6 hằng năm'), '2024-01-01', '2026-12-31')).toEqual([
      '2024-06-30',
      '2025-06-30',
      '2026-06-30',
    ])
    expect(
      dueDatesBetween(read('trước ngày 15 tháng cuối quý'), '2026-01-01', '2026-12-31'),
    ).toEqual(['2026-03-15', '2026-06-15', '2026-09-15', '2026-12-15'])
    expect(
      dueDatesBetween(read('Năm 2026 và các năm tiếp theo'), '2024-01-01', '2027-12-31'),
    ).toEqual(['2026-12-31', '2027-12-31'])
    expect(
      dueDatesBetween(read('hằng quý từ quý IV/2029 đến hết năm 2030'), '2029-01-01', '2031-12-31'),
    ).toEqual(['2029-12-31', '2030-03-31', '2030-06-30', '2030-09-30', '2030-12-31'])
    expect(dueDatesBetween(read('hằng tháng trước ngày 20'), '2026-01-25', '2026-03-31')).toEqual([
      '2026-02-20',
      '2026-03-20',
    ])
  })

  it('gives a single due day when in range, and none for work without one', () => {
    expect(dueDatesBetween(read('quý II/2025'), '2025-01-01', '2025-12-31')).toEqual(['2025-06-30'])
    expect(dueDatesBetween(read('quý II/2025'), '2025-07-01', '2025-12-31')).toEqual([])
    for (const text of ['Thường xuyên', 'Sau khi có hướng dẫn của Trung ương', 'khi thuận lợi']) {
      expect(dueDatesBetween(read(text), '2000-01-01', '2100-12-31'), text).toEqual([])
    }
  })

  it('is what recurringDueDates, its older name, answers', () => {
    expect(recurringDueDates).toBe(dueDatesBetween)
  })
})
