import { describe, expect, it } from 'vitest'
import {
  asId,
  type CalendarDirective,
  type CalendarReport,
  type CalendarTask,
  type DirectiveId,
  type OrganizationId,
  type ProgressReportId,
  parseReportingRule,
  type ReportingRule,
  reportingCalendar,
  type TaskId,
} from '../../src/index.js'
import { okValue } from '../support/ok-value.js'

const org = (s: string) => asId<OrganizationId>(s)
const A = org('org-a')
const B = org('org-b')
const C = org('org-c')
const ISSUER = org('org-tu')
const RECIPIENT = org('org-btg')
const D = asId<DirectiveId>('dir-1')

function rule(text: string): ReportingRule {
  return { ...okValue(parseReportingRule(text)), recipientId: null }
}

function directive(system: 'PARTY' | 'STATE'): CalendarDirective {
  return {
    id: D,
    symbol: { system },
    issuedOn: '2025-03-01',
    issuerId: ISSUER,
    reportingRule: rule('Báo cáo định kỳ 6 tháng, năm'),
  }
}

const task = (
  id: string,
  leadId: OrganizationId,
  extra: Partial<CalendarTask> = {},
): CalendarTask => ({
  id: asId<TaskId>(id),
  directiveId: D,
  leadId,
  status: 'IN_PROGRESS',
  completedOn: null,
  reportingDuty: null,
  ...extra,
})

const tasks: CalendarTask[] = [
  task('t1', A, { reportingDuty: { cadence: 'QUARTERLY', recipientId: RECIPIENT } }),
  task('t2', B),
  task('t3', C, { status: 'CANCELLED' }),
]

const report = (
  id: string,
  taskId: string,
  organizationId: OrganizationId,
  reportedOn: string,
  extra: Partial<CalendarReport> = {},
): CalendarReport => ({
  id: asId<ProgressReportId>(id),
  taskId: asId<TaskId>(taskId),
  organizationId,
  reportedOn,
  ...extra,
})

const reports = [
  report('r1', 't1', A, '2026-06-10'),
  report('r2', 't2', B, '2026-07-10', { period: '2026-H1' }),
  report('r3', 't3', C, '2026-05-01'),
]
const range = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' }

describe('reportingCalendar', () => {
  it('lists what each organisation owes under the rule and the duties, with statuses', () => {
    const calendar = reportingCalendar({ directives: [directive('PARTY')], tasks, reports }, range)
    const lines = calendar.expectedReports.map((e) => [
      e.organizationId,
      e.taskId,
      e.cadence,
      e.period.key,
      e.due,
      e.recipientId,
      e.status,
      e.report?.id ?? null,
    ])
    expect(lines).toEqual([
      [A, 't1', 'QUARTERLY', '2026-Q1', '2026-03-31', RECIPIENT, 'MISSING', null],
      [A, null, 'HALF_YEARLY', '2026-H1', '2026-06-30', ISSUER, 'RECEIVED', 'r1'],
      [A, 't1', 'QUARTERLY', '2026-Q2', '2026-06-30', RECIPIENT, 'RECEIVED', 'r1'],
      [B, null, 'HALF_YEARLY', '2026-H1', '2026-06-30', ISSUER, 'RECEIVED_LATE', 'r2'],
    ])
    expect(calendar.totals).toEqual([
      { organizationId: A, received: 2, receivedLate: 0, missing: 1, notYetDue: 0 },
      { organizationId: B, received: 0, receivedLate: 1, missing: 0, notYetDue: 0 },
    ])
  })

  it('uses the State cut-off day of decree 09/2019 for a State document', () => {
    const calendar = reportingCalendar({ directives: [directive('STATE')], tasks, reports }, range)
    const h1 = calendar.expectedReports.find(
      (e) => e.organizationId === A && e.cadence === 'HALF_YEARLY',
    )
    expect(h1?.due).toBe('2026-06-14')
    expect(h1?.status).toBe('RECEIVED')
    const q2 = calendar.expectedReports.find((e) => e.period.key === '2026-Q2')
    expect(q2?.due).toBe('2026-06-14')
  })

  it('filters who has not reported, and who had not on a day, keeping the totals of the scope', () => {
    const sources = { directives: [directive('PARTY')], tasks, reports }
    const missing = reportingCalendar(sources, range, { status: ['MISSING'] })
    expect(missing.expectedReports.map((e) => e.period.key)).toEqual(['2026-Q1'])
    expect(missing.totals).toHaveLength(2)
    const onFirstJuly = reportingCalendar(sources, range, { missingAsOf: '2026-07-01' })
    expect(onFirstJuly.expectedReports.map((e) => [e.organizationId, e.period.key])).toEqual([
      [A, '2026-Q1'],
      [B, '2026-H1'],
    ])
    const ofB = reportingCalendar(sources, range, { organizationIds: new Set([B]) })
    expect(ofB.totals.map((t) => t.organizationId)).toEqual([B])
  })

  it('counts a corrected report no more, and nothing is due before the directive', () => {
    const corrected = [
      ...reports,
      report('r4', 't2', B, '2026-07-12', { correctsId: asId<ProgressReportId>('r2') }),
    ]
    const calendar = reportingCalendar(
      { directives: [directive('PARTY')], tasks, reports: corrected },
      { from: '2024-01-01', to: '2026-06-30', asOf: '2026-07-15' },
    )
    const ofB = calendar.expectedReports.filter((e) => e.organizationId === B)
    expect(ofB.map((e) => [e.period.key, e.status, e.report?.id ?? null])).toEqual([
      ['2025-H1', 'MISSING', null],
      ['2025-H2', 'MISSING', null],
      ['2025', 'MISSING', null],
      ['2026-H1', 'MISSING', null],
    ])
  })

  it('stops a completed task’s duty after the period it was completed in', () => {
    const done = [
      task('t1', A, {
        status: 'COMPLETED',
        completedOn: '2026-02-10',
        reportingDuty: { cadence: 'QUARTERLY', recipientId: RECIPIENT },
      }),
    ]
    const calendar = reportingCalendar(
      { directives: [{ ...directive('PARTY'), reportingRule: null }], tasks: done, reports: [] },
      range,
    )
    expect(calendar.expectedReports.map((e) => e.period.key)).toEqual(['2026-Q1'])
  })
})
