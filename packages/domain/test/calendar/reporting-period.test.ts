import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  judgeReportingPeriods,
  nextReportingPeriod,
  type PeriodReport,
  RECURRENCE_CADENCES,
  reportingPeriodAnswered,
  reportingPeriodLabel,
  reportingPeriodOf,
  reportingPeriodOfKey,
  reportingPeriodsDue,
  stateCutOffDay,
} from '../../src/index.js'

describe('reporting periods', () => {
  it('names each period as offices do, with its bounds', () => {
    const h2 = reportingPeriodOf('HALF_YEARLY', '2026-09-01')
    expect(h2).toEqual({
      cadence: 'HALF_YEARLY',
      key: '2026-H2',
      start: '2026-07-01',
      end: '2026-12-31',
      due: '2026-12-31',
    })
    expect(reportingPeriodLabel(h2)).toEqual({
      vi: '6 tháng cuối năm 2026',
      en: 'second half of 2026',
    })
    expect(reportingPeriodLabel(reportingPeriodOf('QUARTERLY', '2026-08-01')).vi).toBe(
      'Quý III/2026',
    )
    expect(reportingPeriodLabel(reportingPeriodOf('MONTHLY', '2026-04-30')).vi).toBe('Tháng 4/2026')
    expect(reportingPeriodLabel(reportingPeriodOf('YEARLY', '2026-04-30')).vi).toBe('Năm 2026')
  })

  it('places a fixed due day inside the period, clamped to the month', () => {
    expect(reportingPeriodOf('YEARLY', '2026-02-01', { month: 6, day: 30 }).due).toBe('2026-06-30')
    expect(reportingPeriodOf('QUARTERLY', '2026-05-05', { month: 3, day: 15 }).due).toBe(
      '2026-06-15',
    )
    expect(reportingPeriodOf('MONTHLY', '2025-02-03', { month: 1, day: 31 }).due).toBe('2025-02-28')
    expect(() => reportingPeriodOf('QUARTERLY', '2026-05-05', { month: 4, day: 1 })).toThrow(
      RangeError,
    )
  })

  it('lists the periods due in a range, from the first period of the duty', () => {
    const dueDay = stateCutOffDay('HALF_YEARLY')
    expect(
      reportingPeriodsDue('HALF_YEARLY', '2026-01-01', '2026-12-31', { dueDay }).map((p) => p.due),
    ).toEqual(['2026-06-14', '2026-12-14'])
    expect(
      reportingPeriodsDue('QUARTERLY', '2025-01-01', '2026-12-31', {
        first: '2026-04-01',
        last: '2026-09-30',
      }).map((p) => p.key),
    ).toEqual(['2026-Q2', '2026-Q3'])
    expect(reportingPeriodsDue('YEARLY', '2026-12-31', '2026-01-01')).toEqual([])
  })

  it('reads a period key back', () => {
    for (const key of ['2026', '2026-H1', '2026-Q4', '2026-11']) {
      expect(reportingPeriodOfKey(key)?.key).toBe(key)
    }
    expect(reportingPeriodOfKey('2026-Q5')).toBeNull()
    expect(reportingPeriodOfKey('2026-13')).toBeNull()
  })

  it('gives every day exactly one answered period, the windows following each other', () => {
    const cadence = fc.constantFrom(...RECURRENCE_CADENCES)
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n))
    fc.assert(
      fc.property(cadence, day, fc.boolean(), (c, d, cutOff) => {
        const dueDay = cutOff ? stateCutOffDay(c) : null
        const period = reportingPeriodAnswered(c, d, dueDay)
        const previous = nextReportingPeriod(period, dueDay, -1)
        expect(d > previous.due && d <= period.due).toBe(true)
        expect(nextReportingPeriod(previous, dueDay).key).toBe(period.key)
      }),
    )
  })
})

describe('judging reporting periods', () => {
  const yearly = reportingPeriodsDue('YEARLY', '2023-01-01', '2026-12-31')

  it('counts a yearly duty with no report for three years as three missing periods', () => {
    const judged = judgeReportingPeriods(yearly, [], '2026-03-01')
    expect(judged.map((j) => [j.period.key, j.status])).toEqual([
      ['2023', 'MISSING'],
      ['2024', 'MISSING'],
      ['2025', 'MISSING'],
      ['2026', 'NOT_YET_DUE'],
    ])
  })

  it('takes the earliest report of a period, late only when it names a period already due', () => {
    const reports: PeriodReport[] = [
      { reportedOn: '2023-12-20' },
      { reportedOn: '2023-11-02' },
      { reportedOn: '2025-01-10', period: '2024' },
      { reportedOn: '2025-01-11' },
      { reportedOn: '2026-02-01' },
    ]
    const judged = judgeReportingPeriods(yearly, reports, '2026-01-31')
    expect(judged.map((j) => [j.status, j.report?.reportedOn ?? null])).toEqual([
      ['RECEIVED', '2023-11-02'],
      ['RECEIVED_LATE', '2025-01-10'],
      ['RECEIVED', '2025-01-11'],
      ['NOT_YET_DUE', null],
    ])
  })

  it('follows the State cut-off: a report of 20/12 answers the next year', () => {
    const dueDay = stateCutOffDay('YEARLY')
    const periods = reportingPeriodsDue('YEARLY', '2025-01-01', '2026-12-31', { dueDay })
    const judged = judgeReportingPeriods(
      periods,
      [{ reportedOn: '2025-12-20' }],
      '2026-12-15',
      dueDay,
    )
    expect(judged.map((j) => j.status)).toEqual(['MISSING', 'RECEIVED'])
  })
})
