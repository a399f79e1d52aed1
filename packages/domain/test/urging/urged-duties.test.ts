import { describe, expect, it } from 'vitest'
import {
  asId,
  DEFAULT_URGING_PREFERENCES,
  DEFAULT_URGING_RULES,
  type DirectiveId,
  type ExpectedReport,
  expectedReportDuty,
  type OrganizationId,
  parseDeadline,
  planReminders,
  reportingPeriodOfKey,
  type TaskId,
  taskUrgedDuties,
  type UrgedTaskFacts,
} from '../../src/index.js'

const lead = asId<OrganizationId>('SO-VH')
const directiveId = asId<DirectiveId>('kh-93')

function task(deadlineText: string, overrides: Partial<UrgedTaskFacts> = {}): UrgedTaskFacts {
  const parsed = parseDeadline(deadlineText)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return {
    id: asId<TaskId>('t1'),
    directiveId,
    leadId: lead,
    leadParentId: asId<OrganizationId>('UBND-TINH'),
    monitorId: asId<OrganizationId>('BTG-TU'),
    status: 'IN_PROGRESS',
    completedOn: null,
    deadline: parsed.value,
    reports: [],
    secrecy: 'PUBLIC',
    ...overrides,
  }
}

const range = { from: '2025-01-01', to: '2026-12-31' }

describe('the duties a task puts on its lead', () => {
  it('gives a task with a due day one duty, done when the task was completed', () => {
    expect(taskUrgedDuties(task('Trước 30/6/2026'), range)).toEqual([
      expect.objectContaining({
        subject: { kind: 'TASK', taskId: 't1' },
        dueOn: '2026-06-30',
        settledOn: null,
      }),
    ])
    const done = task('Quý III/2026', { status: 'COMPLETED', completedOn: '2026-10-02' })
    expect(taskUrgedDuties(done, range)[0]).toMatchObject({
      dueOn: '2026-09-30',
      settledOn: '2026-10-02',
    })
    expect(taskUrgedDuties(task('Năm 2027'), range)).toEqual([])
  })

  it('gives recurring work one report duty per period, done on the day a report answered it', () => {
    const yearly = task('Trước 30/6 hằng năm, từ năm 2025', {
      reports: [{ reportedOn: '2025-06-20', period: '2025' }],
    })
    const duties = taskUrgedDuties(yearly, range)
    expect(duties.map((d) => [d.subject, d.dueOn, d.settledOn])).toEqual([
      [{ kind: 'REPORT', directiveId, taskId: 't1', period: '2025' }, '2025-06-30', '2025-06-20'],
      [{ kind: 'REPORT', directiveId, taskId: 't1', period: '2026' }, '2026-06-30', null],
    ])
    const [missing] = planReminders(duties, {
      from: '2026-07-01',
      to: '2026-07-01',
      rules: DEFAULT_URGING_RULES,
      preferencesOf: () => DEFAULT_URGING_PREFERENCES,
      holidays: new Set(),
    })
    expect(missing).toMatchObject({ kind: 'MISSING_REPORT', recipientId: lead, daysFromDue: 1 })
  })

  it('urges nothing without a day: ongoing, conditional, cancelled', () => {
    expect(taskUrgedDuties(task('Thường xuyên'), range)).toEqual([])
    expect(taskUrgedDuties(task('Sau khi có hướng dẫn của Trung ương'), range)).toEqual([])
    expect(taskUrgedDuties(task('Trước 30/6/2026', { status: 'CANCELLED' }), range)).toEqual([])
  })
})

describe('the duty of an expected report', () => {
  it('is owed by the organisation, followed by the recipient, done when answered', () => {
    const period = reportingPeriodOfKey('2026-H1')!
    const expected: ExpectedReport = {
      organizationId: lead,
      directiveId,
      taskId: null,
      cadence: 'HALF_YEARLY',
      period,
      due: '2026-06-14',
      recipientId: asId<OrganizationId>('TINH-UY'),
      status: 'MISSING',
      report: null,
    }
    expect(expectedReportDuty(expected, { ownerParentId: null, secrecy: 'MAT' })).toEqual({
      subject: { kind: 'REPORT', directiveId, taskId: null, period: '2026-H1' },
      ownerId: lead,
      ownerParentId: null,
      monitorId: 'TINH-UY',
      dueOn: '2026-06-14',
      settledOn: null,
      secrecy: 'MAT',
    })
  })
})
