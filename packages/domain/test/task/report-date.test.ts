import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/calendar/iso-date.js'
import { checkReportDate, REPORT_DAYS_AHEAD } from '../../src/task/report-date.js'

describe('the date of a progress report', () => {
  it('may be today, earlier, or one day ahead', () => {
    expect(REPORT_DAYS_AHEAD).toBe(1)
    expect(checkReportDate('2026-03-01', '2026-03-01')).toEqual({ ok: true, value: '2026-03-01' })
    expect(checkReportDate('2020-01-15', '2026-03-01').ok).toBe(true)
    expect(checkReportDate('2026-03-02', '2026-03-01').ok).toBe(true)
    // Across the end of a month and of a year.
    expect(checkReportDate('2026-03-01', '2026-02-28').ok).toBe(true)
    expect(checkReportDate('2027-01-01', '2026-12-31').ok).toBe(true)
  })

  it('is refused further ahead, with the date as Vietnamese offices write it', () => {
    const r = checkReportDate('2099-12-31', '2026-03-01')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'REPORT_IN_FUTURE', path: ['reportedOn'] })
    expect(r.error.message).toContain('31/12/2099')
    expect(r.error.message).toContain('01/03/2026')
    expect(r.error.messageVi).toContain('31/12/2099')
    expect(r.error.messageVi).toBe(r.error.messageVi.normalize('NFC'))
    expect(checkReportDate('2026-03-03', '2026-03-01')).toMatchObject({
      ok: false,
      error: { code: 'REPORT_IN_FUTURE' },
    })
  })

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01')
  })
})
