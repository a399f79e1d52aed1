import { describe, expect, it } from 'vitest'
import {
  defaultPublicHolidays,
  isRestDay,
  isWeekend,
  VIETNAM_PUBLIC_HOLIDAYS,
  validatePublicHolidays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../src/index.js'

const holidays = new Set(VIETNAM_PUBLIC_HOLIDAYS.map((h) => h.date))

describe('rest days', () => {
  it('knows the weekend', () => {
    expect(isWeekend('2026-12-05')).toBe(true)
    expect(isWeekend('2026-12-06')).toBe(true)
    expect(isWeekend('2026-12-07')).toBe(false)
    expect(isWeekend('2026-12-04')).toBe(false)
  })

  it('closes offices on Tết and the days off in lieu of a holiday on a Sunday', () => {
    expect(isRestDay('2026-02-17', holidays)).toBe(true) // mùng 1 Tết Bính Ngọ, Tuesday
    expect(isRestDay('2026-04-27', holidays)).toBe(true) // nghỉ bù Giỗ Tổ (26/4 is a Sunday)
    expect(isRestDay('2026-09-02', holidays)).toBe(true)
    expect(isRestDay('2026-09-03', holidays)).toBe(false)
    expect(VIETNAM_PUBLIC_HOLIDAYS.find((h) => h.date === '2026-04-27')?.name.vi).toBe(
      'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)',
    )
  })

  it('gives each year of the list the days of the Labour Code: five working days of Tết, six others', () => {
    for (let year = 2025; year <= 2030; year++) {
      const ofYear = VIETNAM_PUBLIC_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`))
      const tet = ofYear.filter((h) => h.name.vi.startsWith('Tết Nguyên đán'))
      expect(
        tet.filter((h) => !isWeekend(h.date)),
        String(year),
      ).toHaveLength(5)
      const others = ofYear.filter((h) => !tet.includes(h) && !h.name.vi.startsWith('Nghỉ bù'))
      expect(
        others.map((h) => h.date.slice(5)),
        String(year),
      ).toEqual([
        '01-01',
        expect.stringMatching(/^04-/),
        '04-30',
        '05-01',
        expect.stringMatching(/^09-0[1-3]$/),
        expect.stringMatching(/^09-0[2-3]$/),
      ])
      for (const h of ofYear) expect(h.name.vi.normalize('NFC')).toBe(h.name.vi)
    }
  })

  it('moves to the next or previous working day across Tết', () => {
    // Tết 2026: Monday 16 to Friday 20 February, then a weekend.
    expect(workingDayOnOrAfter('2026-02-16', holidays)).toBe('2026-02-23')
    expect(workingDayOnOrBefore('2026-02-22', holidays)).toBe('2026-02-13')
    expect(workingDayOnOrAfter('2026-02-13', holidays)).toBe('2026-02-13')
  })
})

describe('a tenant’s public holidays', () => {
  it('defaults to the shipped list of the year', () => {
    expect(defaultPublicHolidays(2026).map((h) => h.date)).toContain('2026-04-27')
    expect(defaultPublicHolidays(2040)).toEqual([])
  })

  it('checks each day and name, and names the entry at fault', () => {
    const tet = { date: '2027-02-08', name: { vi: ' Tết Nguyên đán ', en: 'Lunar New Year' } }
    const valid = validatePublicHolidays(2027, [{ ...tet, date: '2027-02-09' }, tet])
    expect(valid.ok && valid.value.map((h) => [h.date, h.name.vi])).toEqual([
      ['2027-02-08', 'Tết Nguyên đán'],
      ['2027-02-09', 'Tết Nguyên đán'],
    ])
    const refusal = (list: unknown[]) => {
      const r = validatePublicHolidays(2027, list as never)
      return r.ok ? null : { code: r.error.code, path: r.error.path, value: r.error.value }
    }
    expect(refusal([{ ...tet, date: '2026-02-08' }])).toEqual({
      code: 'INVALID_PUBLIC_HOLIDAYS',
      path: ['holidays', 0, 'date'],
      value: '2026-02-08',
    })
    expect(refusal([tet, tet])?.path).toEqual(['holidays', 1, 'date'])
    expect(refusal([{ ...tet, name: { vi: '', en: 'x' } }])?.path).toEqual([
      'holidays',
      0,
      'name',
      'vi',
    ])
    expect(refusal([{ ...tet, date: '2027-02-30' }])?.path).toEqual(['holidays', 0, 'date'])
  })
})
