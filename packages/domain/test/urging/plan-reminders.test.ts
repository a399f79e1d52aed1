import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  asId,
  DEFAULT_URGING_PREFERENCES,
  DEFAULT_URGING_RULES,
  type IsoDate,
  isRestDay,
  type OrganizationId,
  planReminders,
  type ReminderPlanOptions,
  reminderMessages,
  type TaskId,
  type UrgedDuty,
  type UrgingPreferences,
  VIETNAM_PUBLIC_HOLIDAYS,
} from '../../src/index.js'

const holidays = new Set(VIETNAM_PUBLIC_HOLIDAYS.map((h) => h.date))
const org = (code: string) => asId<OrganizationId>(code)
const lead = org('SO-NOI-VU')
const parent = org('UBND-TINH')
const monitor = org('BTG-TU')

function taskDuty(dueOn: IsoDate, overrides: Partial<UrgedDuty> = {}): UrgedDuty {
  return {
    subject: { kind: 'TASK', taskId: asId<TaskId>(`task-${dueOn}`) },
    ownerId: lead,
    ownerParentId: parent,
    monitorId: monitor,
    dueOn,
    settledOn: null,
    secrecy: 'PUBLIC',
    ...overrides,
  }
}

function options(
  day: IsoDate,
  prefs: Partial<Record<string, Partial<UrgingPreferences>>> = {},
  to: IsoDate = day,
): ReminderPlanOptions {
  return {
    from: day,
    to,
    rules: DEFAULT_URGING_RULES,
    preferencesOf: (id) => ({ ...DEFAULT_URGING_PREFERENCES, ...prefs[id] }),
    holidays,
  }
}

const kindsOn = (duty: UrgedDuty, day: IsoDate, prefs = {}) =>
  planReminders([duty], options(day, prefs)).map(
    (r) => `${r.kind} ${r.recipientId} ${r.daysFromDue}`,
  )

describe('planning reminders', () => {
  it('reminds the lead 7 days and 1 day before the due day, and not after it has passed', () => {
    const duty = taskDuty('2026-12-31')
    expect(kindsOn(duty, '2026-12-24')).toEqual(['DUE_SOON SO-NOI-VU -7'])
    expect(kindsOn(duty, '2026-12-30')).toEqual(['DUE_SOON SO-NOI-VU -1'])
    expect(kindsOn(duty, '2026-12-29')).toEqual([])
  })

  it('chases an overdue task the day after, then every 7 days, and escalates after 14 days', () => {
    const duty = taskDuty('2026-11-30')
    expect(kindsOn(duty, '2026-12-01')).toEqual(['OVERDUE SO-NOI-VU 1'])
    expect(kindsOn(duty, '2026-12-02')).toEqual([])
    expect(kindsOn(duty, '2026-12-08')).toEqual(['OVERDUE SO-NOI-VU 8'])
    expect(kindsOn(duty, '2026-12-14')).toEqual(['ESCALATION BTG-TU 14', 'ESCALATION UBND-TINH 14'])
    expect(kindsOn(duty, '2026-12-15')).toEqual(['OVERDUE SO-NOI-VU 15'])
  })

  it('calls a late report a missing report', () => {
    const duty = taskDuty('2026-06-30', {
      subject: { kind: 'REPORT', directiveId: asId('kh-93'), taskId: null, period: '2026-H1' },
    })
    const [reminder] = planReminders([duty], options('2026-07-01'))
    expect(reminder).toMatchObject({ kind: 'MISSING_REPORT', recipientId: lead, daysFromDue: 1 })
    expect(reminder?.key).toBe(
      `MISSING_REPORT|report:kh-93:-:SO-NOI-VU:2026-H1|SO-NOI-VU|2026-06-30|2026-07-01`,
    )
  })

  it('stops once the task is done, and never escalates to the lead itself', () => {
    expect(kindsOn(taskDuty('2026-11-30', { settledOn: '2026-12-05' }), '2026-12-08')).toEqual([])
    const selfMonitored = taskDuty('2026-11-30', { monitorId: lead, ownerParentId: null })
    expect(kindsOn(selfMonitored, '2026-12-14')).toEqual([])
  })

  it('keeps a quiet organisation’s reminders off weekends and Tết', () => {
    const quiet = { [lead]: { quietOnRestDays: true } }
    // Due Monday 23 February 2026, after Tết: the 7-day reminder would fire on Monday 16,
    // a Tết day, and the 1-day one on Sunday 22: both would come on Friday 13, the last working
    // day before, and only the nearer is delivered.
    const duty = taskDuty('2026-02-23')
    expect(kindsOn(duty, '2026-02-16', quiet)).toEqual([])
    expect(kindsOn(duty, '2026-02-13', quiet)).toEqual(['DUE_SOON SO-NOI-VU -1'])
    expect(kindsOn(duty, '2026-02-16')).toEqual(['DUE_SOON SO-NOI-VU -7'])
    // Due Friday 4 December: overdue on Saturday 5, delivered on Monday 7.
    const friday = taskDuty('2026-12-04')
    expect(kindsOn(friday, '2026-12-05', quiet)).toEqual([])
    const [late] = planReminders([friday], options('2026-12-07', quiet))
    expect(late).toMatchObject({ kind: 'OVERDUE', firesOn: '2026-12-05', deliverOn: '2026-12-07' })
  })

  it('catches up after days down with the latest repeat only', () => {
    const duty = taskDuty('2026-10-31')
    const caughtUp = planReminders([duty], options('2026-11-01', {}, '2026-11-30'))
    expect(caughtUp.map((r) => `${r.kind} ${r.deliverOn}`)).toEqual([
      'ESCALATION 2026-11-14',
      'ESCALATION 2026-11-14',
      'OVERDUE 2026-11-29',
    ])
  })

  it('puts a digest organisation’s reminders of a day into one message, as secret as the most secret', () => {
    const digest = { [lead]: { digest: true } }
    const duties = [
      taskDuty('2026-12-08'),
      taskDuty('2026-11-30', { secrecy: 'MAT' }),
      taskDuty('2026-12-02', { ownerId: org('SO-TU-PHAP') }),
    ]
    const opts = options('2026-12-01', digest)
    const messages = reminderMessages(planReminders(duties, opts), opts.preferencesOf)
    expect(messages.map((m) => [m.recipientId, m.digest, m.reminders.length, m.secrecy])).toEqual([
      ['SO-NOI-VU', true, 2, 'MAT'],
      ['SO-TU-PHAP', false, 1, 'PUBLIC'],
    ])
    expect(messages[0]?.key).toBe('digest|SO-NOI-VU|2026-12-01')
  })
})

describe('planning reminders, for any duties and days', () => {
  const day = fc.integer({ min: 0, max: 365 * 2 }).map((n) => addDays('2025-06-01', n))
  const duty = fc.record({
    dueOn: day,
    settledOn: fc.option(day, { nil: null }),
    owner: fc.constantFrom('A', 'B', 'C'),
    parent: fc.option(fc.constantFrom('A', 'P'), { nil: null }),
    monitor: fc.option(fc.constantFrom('B', 'M'), { nil: null }),
  })
  const duties = fc.array(duty, { maxLength: 6 }).map((list) =>
    list.map((d, i) =>
      taskDuty(d.dueOn, {
        subject: { kind: 'TASK', taskId: asId(`t${i}`) },
        ownerId: org(d.owner),
        ownerParentId: d.parent === null ? null : org(d.parent),
        monitorId: d.monitor === null ? null : org(d.monitor),
        settledOn: d.settledOn,
      }),
    ),
  )
  const prefs = fc.record({ A: fc.boolean(), B: fc.boolean(), M: fc.boolean(), P: fc.boolean() })

  it('plans each reminder on one day only when planned day by day, never on a quiet rest day, never after the duty is done', () => {
    fc.assert(
      fc.property(duties, day, prefs, (list, start, quietOf) => {
        const preferencesOf = (id: OrganizationId) => ({
          digest: false,
          quietOnRestDays: quietOf[id as keyof typeof quietOf] ?? false,
        })
        const seen = new Map<string, IsoDate>()
        for (let i = 0; i < 40; i++) {
          const today = addDays(start, i)
          const planned = planReminders(list, { ...options(today), preferencesOf })
          for (const r of planned) {
            expect(seen.get(r.key), r.key).toBeUndefined()
            seen.set(r.key, today)
            expect(r.deliverOn).toBe(today)
            if (preferencesOf(r.recipientId).quietOnRestDays)
              expect(isRestDay(today, holidays)).toBe(false)
            const d = list.find((x) => x.subject === r.subject)!
            expect(d.settledOn === null || d.settledOn > today).toBe(true)
            if (r.kind === 'ESCALATION') expect(r.recipientId).not.toBe(d.ownerId)
          }
          const again = planReminders(list, { ...options(today), preferencesOf })
          expect(again).toEqual(planned)
        }
      }),
      { numRuns: 60 },
    )
  })
})
