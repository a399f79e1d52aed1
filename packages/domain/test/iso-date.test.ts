import { describe, expect, it } from 'vitest'
import { addMonths, endOfQuarter, isIsoDate, isoDate } from '../src/calendar/iso-date.js'

describe('iso dates', () => {
  it('refuses impossible days', () => {
    expect(isoDate(2021, 2, 29)).toBeNull()
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29')
    expect(isoDate(2020, 4, 31)).toBeNull()
    expect(isoDate(2020, 13, 1)).toBeNull()
    expect(isIsoDate('2020-11-20')).toBe(true)
    expect(isIsoDate('2020-11-31')).toBe(false)
  })
  it('computes period ends and clamps month arithmetic', () => {
    expect(endOfQuarter(2027, 3)).toBe('2027-09-30')
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28')
    expect(addMonths('2022-11-15', 3)).toBe('2023-02-15')
  })
})
