import { describe, expect, it } from 'vitest'
import {
  appendProgressReport,
  latestPercent,
  type ProgressReport,
  validateProgressReport,
} from '../../src/task/progress-report.js'
import { correctionOf, effectiveReports } from '../../src/task/report-correction.js'
import { coord, progressReport as report, reportFields, reportRefusal, uuid } from './fixtures.js'

function appendAll(reports: readonly ProgressReport[]): readonly ProgressReport[] {
  let list: readonly ProgressReport[] = []
  for (const r of reports) {
    const next = appendProgressReport(list, r)
    if (!next.ok) throw new Error(`${r.id}: ${next.error.code}`)
    list = next.value
  }
  return list
}

describe('correcting progress reports', () => {
  it('validates a correction: an id and a reason, trimmed and NFC', () => {
    const base = { ...reportFields, percent: 5 }
    const plain = validateProgressReport(base)
    expect(plain.ok && 'correctsId' in plain.value).toBe(false)
    const fixed = validateProgressReport({
      ...base,
      correctsId: uuid(2).toUpperCase(),
      reason: '  Nha\u0302\u0300m số liệu ',
    })
    expect(fixed.ok && fixed.value).toMatchObject({ correctsId: uuid(2), reason: 'Nhầm số liệu' })
    expect(reportRefusal({ percent: 5, correctsId: uuid(2), reason: '  ' })).toMatchObject({
      code: 'REASON_REQUIRED',
      path: ['reason'],
    })
    expect(reportRefusal({ percent: 5, correctsId: uuid(2) })).toMatchObject({
      code: 'REASON_REQUIRED',
    })
    expect(reportRefusal({ percent: 5, correctsId: 'abc', reason: 'x' })).toMatchObject({
      code: 'INVALID_ID',
      path: ['correctsId'],
    })
    expect(
      reportRefusal({ percent: 5, correctsId: uuid(2), reason: 'x'.repeat(2001) }),
    ).toMatchObject({
      code: 'TOO_LONG',
      path: ['reason'],
    })
  })

  it('leaves a superseded report out of the latest figure, whatever the correction is dated', () => {
    const list = appendAll([
      report(1, '2025-03-01', 30),
      report(2, '2025-06-01', 80),
      report(3, '2025-06-01', 60, { corrects: 2 }),
    ])
    expect(effectiveReports(list).map((r) => r.id)).toEqual([uuid(101), uuid(103)])
    expect(correctionOf(list, uuid(102) as never)?.id).toBe(uuid(103))
    expect(correctionOf(list, uuid(101) as never)).toBeNull()
    expect(latestPercent(list)).toBe(60)
    // A correction to "no figure": the figure before it stands.
    const none = appendAll([
      report(1, '2025-03-01', 30),
      report(2, '2025-06-01', 80),
      report(3, '2025-06-01', null, { corrects: 2 }),
    ])
    expect(latestPercent(none)).toBe(30)
    // As of a date before the correction, the mistaken report is still left out.
    const late = appendAll([
      report(1, '2025-03-01', 30),
      report(2, '2025-05-01', 80),
      report(3, '2025-07-01', 50, { corrects: 2 }),
    ])
    expect(latestPercent(late, '2025-06-01')).toBe(30)
    expect(latestPercent(late, '2025-07-01')).toBe(50)
    expect(latestPercent(late, '2025-02-01')).toBeNull()
  })

  it('lets the organisation report again once a report dated 2099 is corrected', () => {
    const poisoned = appendAll([report(1, '2025-03-01', 30), report(2, '2099-12-31', 40)])
    const blocked = appendProgressReport(poisoned, report(3, '2026-03-01', 45))
    expect(!blocked.ok && blocked.error.code).toBe('REPORT_BEFORE_PREVIOUS')
    // The correction is compared with the reports before the one it corrects.
    const tooEarly = appendProgressReport(poisoned, report(3, '2025-02-01', 40, { corrects: 2 }))
    expect(!tooEarly.ok && tooEarly.error.code).toBe('REPORT_BEFORE_PREVIOUS')
    const corrected = appendProgressReport(poisoned, report(3, '2025-12-31', 40, { corrects: 2 }))
    expect(corrected.ok).toBe(true)
    if (!corrected.ok) return
    const today = appendProgressReport(corrected.value, report(4, '2026-03-01', 45))
    expect(today.ok).toBe(true)
    if (today.ok) expect(latestPercent(today.value)).toBe(45)
    // Still per organisation: the order of the others is not touched.
    const other = appendProgressReport(corrected.value, report(5, '2025-01-01', 5, { by: coord }))
    expect(other.ok).toBe(true)
  })

  it('corrects a report at most once; a correction can itself be corrected', () => {
    const list = appendAll([
      report(1, '2025-03-01', 30),
      report(2, '2025-03-01', 35, { corrects: 1 }),
    ])
    const again = appendProgressReport(list, report(3, '2025-03-01', 40, { corrects: 1 }))
    expect(!again.ok && again.error).toMatchObject({
      code: 'REPORT_ALREADY_CORRECTED',
      path: ['correctsId'],
    })
    const chain = appendProgressReport(list, report(3, '2025-03-01', 40, { corrects: 2 }))
    expect(chain.ok).toBe(true)
    if (chain.ok) {
      expect(effectiveReports(chain.value).map((r) => r.id)).toEqual([uuid(103)])
      expect(latestPercent(chain.value)).toBe(40)
    }
  })

  it('refuses a correction of no report of the task, or in the name of another organisation', () => {
    const list = appendAll([report(1, '2025-03-01', 30)])
    const missing = appendProgressReport(list, report(2, '2025-03-01', 35, { corrects: 9 }))
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'PROGRESS_REPORT_NOT_FOUND',
      path: ['correctsId'],
    })
    const other = appendProgressReport(
      list,
      report(2, '2025-03-01', 35, { corrects: 1, by: coord }),
    )
    expect(!other.ok && other.error).toMatchObject({
      code: 'CORRECTION_BY_OTHER_ORGANIZATION',
      path: ['organizationId'],
    })
  })
})
