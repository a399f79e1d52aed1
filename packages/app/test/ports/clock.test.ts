import { describe, expect, it } from 'vitest'
import { dateInZone, fixedClock } from '../../src/ports/clock.js'

describe('fixedClock', () => {
  it('gives today in Vietnam time by default, across the UTC midnight', () => {
    // 17:30 UTC on 30 June is 00:30 on 1 July in Hà Nội (UTC+7): the district level's last day is over.
    const clock = fixedClock('2025-06-30T17:30:00Z')
    expect(clock.today()).toBe('2025-07-01')
    expect(fixedClock('2025-06-30T16:59:59Z').today()).toBe('2025-06-30')
  })

  it('honours another time zone', () => {
    expect(fixedClock('2025-06-30T17:30:00Z', 'UTC').today()).toBe('2025-06-30')
  })

  it('returns a fresh Date each time, so a caller cannot move the clock', () => {
    const clock = fixedClock(new Date('2026-01-15T02:00:00Z'))
    const first = clock.now()
    first.setUTCFullYear(1999)
    expect(clock.now().toISOString()).toBe('2026-01-15T02:00:00.000Z')
    expect(Object.isFrozen(clock)).toBe(true)
  })
})

describe('dateInZone', () => {
  it('formats as YYYY-MM-DD', () => {
    expect(dateInZone(new Date('2010-04-16T03:00:00Z'))).toBe('2010-04-16')
    expect(dateInZone(new Date('2024-12-31T23:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-01-01')
  })
})
