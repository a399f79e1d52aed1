import { describe, expect, it } from 'vitest'
import {
  appendProgressReport,
  latestPercent,
  type ProgressReport,
  validateProgressReport,
} from '../../src/task/progress-report.js'
import { coord, progressReport as report, reportFields, reportRefusal } from './fixtures.js'

describe('progress reports', () => {
  it('validates with paths', () => {
    expect(reportRefusal({ percent: 120 })).toMatchObject({
      code: 'INVALID_PERCENT',
      path: ['percent'],
    })
    expect(reportRefusal({ percent: Number.NaN })).toMatchObject({ code: 'INVALID_PERCENT' })
    expect(reportRefusal({ percent: null, narrative: ' ' })).toMatchObject({
      code: 'EMPTY_PROGRESS_REPORT',
    })
    expect(reportRefusal({ percent: 10, reportedOn: '2025-02-30' })).toMatchObject({
      path: ['reportedOn'],
    })
    expect(reportRefusal({ percent: 10, evidence: ['ok', 'javascript:alert(1)'] })).toMatchObject({
      code: 'INVALID_EVIDENCE',
      path: ['evidence', 1],
    })
    expect(reportRefusal({ percent: 10, period: '2026-H3' })).toMatchObject({
      code: 'INVALID_REPORT_PERIOD',
      path: ['period'],
      value: '2026-H3',
    })
    expect(reportRefusal({ percent: 10, period: 'Quý I/2026' })).toMatchObject({
      code: 'INVALID_REPORT_PERIOD',
    })
    const named = validateProgressReport({ ...reportFields, percent: 10, period: '2026-Q1' })
    expect(named.ok && named.value.period).toBe('2026-Q1')
    const unnamed = validateProgressReport({ ...reportFields, percent: 10 })
    expect(unnamed.ok && 'period' in unnamed.value).toBe(false)
    expect(reportRefusal({ percent: 0 })).toBeNull()
    expect(reportRefusal({ percent: null, narrative: 'Chưa có số liệu' })).toBeNull()
  })

  it('appends without mutating, keeping date order per organisation', () => {
    const empty: readonly ProgressReport[] = []
    const one = appendProgressReport(empty, report(1, '2025-06-12', 40))
    expect(one.ok && one.value.length).toBe(1)
    expect(empty.length).toBe(0)
    if (!one.ok) return
    const backdatedOther = appendProgressReport(
      one.value,
      report(2, '2025-06-10', null, { by: coord }),
    )
    expect(backdatedOther.ok).toBe(true)
    const backdatedSame = appendProgressReport(one.value, report(3, '2025-06-01', 50))
    expect(!backdatedSame.ok && backdatedSame.error.code).toBe('REPORT_BEFORE_PREVIOUS')
    const dup = appendProgressReport(one.value, report(1, '2025-07-01', 50))
    expect(!dup.ok && dup.error.code).toBe('DUPLICATE_REPORT')
    expect(Object.isFrozen(one.value)).toBe(true)
  })

  it('takes the latest figure, ignoring reports without one', () => {
    expect(latestPercent([])).toBeNull()
    expect(latestPercent([report(1, '2025-01-01', null)])).toBeNull()
    expect(
      latestPercent([
        report(1, '2025-03-01', 30),
        report(2, '2025-01-01', 10),
        report(3, '2025-04-01', null),
      ]),
    ).toBe(30)
  })
})
