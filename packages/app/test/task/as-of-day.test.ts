import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/ports/clock.js'
import { asOfDay } from '../../src/task/as-of-day.js'

describe('asOfDay', () => {
  it("is the clock's today in Vietnam when no day is given", () => {
    // 20:00 UTC on 14 January is already 15 January in Hà Nội.
    const clock = fixedClock('2026-01-14T20:00:00Z')
    expect(asOfDay(null, clock)).toEqual({ ok: true, value: '2026-01-15' })
    expect(asOfDay(undefined, clock)).toEqual({ ok: true, value: '2026-01-15' })
  })

  it('is the day given, when it is one', () => {
    expect(asOfDay('2024-02-29', fixedClock('2026-01-15T03:00:00Z'))).toEqual({
      ok: true,
      value: '2024-02-29',
    })
  })

  it('refuses what is not a calendar date with INVALID_DATE at asOf, in both languages', () => {
    for (const bad of ['2025-02-29', '15/01/2026', '']) {
      const result = asOfDay(bad, fixedClock('2026-01-15T03:00:00Z'))
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'], value: bad })
      expect(result.error.message).not.toContain(' / ')
      expect(result.error.messageVi).toContain('phải là ngày')
    }
  })
})
