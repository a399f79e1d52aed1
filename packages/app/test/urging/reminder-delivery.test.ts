import {
  asId,
  DEFAULT_URGING_RULES,
  type OrganizationId,
  type ReminderMessage,
  type TaskId,
  type UrgedDuty,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type AddUrgingChannelPorts,
  addUrgingChannel,
  type ClaimedReminderDelivery,
  DEFAULT_REMINDER_RETRY,
  type DeliverReminderMessagePorts,
  type DeliverySettlement,
  deliverReminderMessage,
  fixedClock,
  markRemindersRead,
  type PlanUrgingDayPorts,
  planUrgingDay,
  reminderRetryDelay,
  reminders,
  type UrgingChannel,
  validateChannelAddress,
} from '../../src/index.js'
import { failureOf, successOf } from '../support/result-of.js'
import {
  ANONYMOUS_CALLER,
  caller,
  contextOf,
  never,
  organizationReader,
  SKHCN,
  TU,
  UBND_TINH,
} from '../support/use-case-fixtures.js'

describe('validateChannelAddress', () => {
  it('takes http(s) URLs without credentials for webhooks and mailboxes for e-mail', () => {
    expect(validateChannelAddress('WEBHOOK', ' https://hooks.example.vn/a?b=1 ')).toEqual({
      ok: true,
      value: 'https://hooks.example.vn/a?b=1',
    })
    expect(validateChannelAddress('WEBHOOK', 'HTTPS://Hooks.Example.VN:8443/A')).toEqual({
      ok: true,
      value: 'https://hooks.example.vn:8443/A',
    })
    expect(validateChannelAddress('WEBHOOK', 'http://[::1]:8080/h').ok).toBe(true)
    expect(validateChannelAddress('EMAIL', 'Van.Thu@SKHCN.Gov.VN').ok && 'ok').toBe('ok')
    for (const [kind, address] of [
      ['WEBHOOK', 'ftp://x.vn'],
      ['WEBHOOK', 'https://user:pw@x.vn/'],
      ['WEBHOOK', 'not a url'],
      ['WEBHOOK', 'https://x.vn:99999/'],
      ['WEBHOOK', 'https://x.vn/a b'],
      ['EMAIL', 'no-at-sign.vn'],
      ['EMAIL', 'a@b'],
      ['EMAIL', 'a b@c.vn'],
    ] as const) {
      const result = validateChannelAddress(kind, address)
      expect(!result.ok && [result.error.code, result.error.path]).toEqual([
        'INVALID_CHANNEL_ADDRESS',
        ['address'],
      ])
    }
  })
})

describe('reminderRetryDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    const delays = [1, 2, 3, 4].map((n) => reminderRetryDelay(n, DEFAULT_REMINDER_RETRY))
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(reminderRetryDelay(100, DEFAULT_REMINDER_RETRY)).toBe(6 * 3_600_000)
  })
})

describe('addUrgingChannel', () => {
  const ports = (added: unknown[]): AddUrgingChannelPorts => ({
    organizations: {
      ...organizationReader(),
      findById: async (id) => (id === SKHCN.id ? SKHCN : null),
    },
    reminders: {
      addChannel: async (channel) => {
        added.push(channel)
        return {
          ok: true,
          value: {
            ...channel,
            id: 'c1',
            secret: null,
            active: true,
            version: 1,
            createdAt: new Date(0),
          } as UrgingChannel,
        }
      },
    },
  })

  it('refuses a caller outside the organisation’s subtree, or below EDITOR, before writing', async () => {
    const added: unknown[] = []
    const input = { organizationCode: 'SKHCN', kind: 'EMAIL', address: 'a@b.vn' } as const
    expect(
      failureOf(await addUrgingChannel(contextOf(ports(added), caller('EDITOR', 'TU')), input)),
    ).toEqual(['FORBIDDEN', ['organizationId']])
    expect(
      failureOf(
        await addUrgingChannel(contextOf(ports(added), caller('REPORTER', 'SKHCN')), input),
      )[0],
    ).toBe('FORBIDDEN')
    expect(
      failureOf(await addUrgingChannel(contextOf(ports(added), ANONYMOUS_CALLER), input))[0],
    ).toBe('UNAUTHENTICATED')
    expect(added).toEqual([])
  })

  it('lets an EDITOR above subscribe, within its clearance, the address normalised', async () => {
    const added: unknown[] = []
    const editor = caller('EDITOR', 'UBND-TINH', 'MAT')
    const tooSecret = await addUrgingChannel(contextOf(ports(added), editor), {
      organizationId: SKHCN.id,
      kind: 'EMAIL',
      address: 'a@b.vn',
      clearance: 'TOI_MAT',
    })
    expect(failureOf(tooSecret)).toEqual(['FORBIDDEN', ['clearance']])
    const ok = await addUrgingChannel(contextOf(ports(added), editor), {
      organizationId: SKHCN.id,
      kind: 'EMAIL',
      address: 'van-thu@SKHCN.VN',
      clearance: 'MAT',
    })
    expect(successOf(ok).address).toBe('van-thu@skhcn.vn')
    expect(added).toEqual([
      { organizationId: SKHCN.id, kind: 'EMAIL', address: 'van-thu@skhcn.vn', clearance: 'MAT' },
    ])
  })
})

describe('planUrgingDay', () => {
  const lead = SKHCN.id
  const duty: UrgedDuty = {
    subject: { kind: 'TASK', taskId: asId<TaskId>('00000000-0000-4000-8000-000000000777') },
    ownerId: lead,
    ownerParentId: UBND_TINH.id,
    monitorId: TU.id,
    dueOn: '2026-12-01',
    settledOn: null,
    secrecy: 'MAT',
  }
  function ports(
    last: string | null,
    recorded: {
      plannedThrough: string
      messages: readonly ReminderMessage[]
      deliveries: readonly unknown[]
    }[],
    asked: unknown[],
  ): PlanUrgingDayPorts {
    const channel = (id: string, organizationId: OrganizationId, clearance: 'PUBLIC' | 'MAT') =>
      ({
        id,
        organizationId,
        kind: 'EMAIL',
        address: 'a@b.vn',
        secret: null,
        clearance,
        active: true,
        version: 1,
        createdAt: new Date(0),
      }) as UrgingChannel
    return {
      urging: {
        rules: async () => ({ rules: DEFAULT_URGING_RULES, version: 0 }),
        preferences: async (ids) =>
          ids.map((organizationId) => ({
            organizationId,
            preferences: { digest: false, quietOnRestDays: false },
            version: 0,
          })),
        publicHolidays: async (year) => ({ year, holidays: [], own: false, version: 0 }),
      },
      urgedDuties: {
        urgedDuties: async (range) => {
          asked.push(range)
          return [duty]
        },
      },
      reminders: {
        lastPlannedDay: async () => last,
        channels: async () => [channel('public', lead, 'PUBLIC'), channel('secret', lead, 'MAT')],
        recordPlan: async (plan) => {
          recorded.push(plan)
          return {
            reminderKeys: plan.messages.flatMap((m) => m.reminders.map((r) => r.key)),
            deliveryIds: plan.deliveries.map((_, i) => `d${i}`),
          }
        },
      },
    }
  }
  const system = <P>(p: P) => ({
    ports: p,
    caller: caller('ADMIN', null, 'TUYET_MAT'),
    clock: fixedClock('2026-12-07T01:00:00Z'),
  })

  it('plans today only on the first run, and only on the channels cleared for the message', async () => {
    const recorded: Parameters<PlanUrgingDayPorts['reminders']['recordPlan']>[0][] = []
    const asked: unknown[] = []
    const result = successOf(
      await planUrgingDay(system(ports(null, recorded, asked)), { today: '2026-12-02' }),
    )
    expect(result.reminders.map((r) => [r.kind, r.deliverOn])).toEqual([['OVERDUE', '2026-12-02']])
    expect(recorded[0]?.plannedThrough).toBe('2026-12-02')
    expect(recorded[0]?.deliveries).toEqual([
      { messageKey: result.reminders[0]!.key, channelId: 'secret' },
    ])
    expect(asked).toEqual([{ from: '2025-12-01', to: '2026-12-23', asOf: '2026-12-02' }])
  })

  it('catches up from the day after the last planned, at most 31 days back, and does nothing when done', async () => {
    const recorded: Parameters<PlanUrgingDayPorts['reminders']['recordPlan']>[0][] = []
    const caughtUp = successOf(
      await planUrgingDay(system(ports('2026-10-01', recorded, [])), { today: '2026-12-15' }),
    )
    // Escalation (14 days late) on 12-15, and the latest overdue repeat (12-09).
    expect(caughtUp.reminders.map((r) => [r.kind, r.deliverOn])).toEqual([
      ['OVERDUE', '2026-12-09'],
      ['ESCALATION', '2026-12-15'],
      ['ESCALATION', '2026-12-15'],
    ])
    const done = await planUrgingDay(system(ports('2026-12-15', recorded, [])), {
      today: '2026-12-15',
    })
    expect(successOf(done)).toEqual({ reminders: [], deliveryIds: [] })
    expect(
      failureOf(await planUrgingDay(system(ports(null, [], [])), { today: '15/12/2026' })),
    ).toEqual(['VALIDATION', ['today']])
  })
})

describe('deliverReminderMessage', () => {
  const claimed: ClaimedReminderDelivery = {
    id: 'd1',
    attempts: 8,
    channel: { id: 'c1', kind: 'WEBHOOK', address: 'https://x.vn', secret: 'whsec_x' },
    message: {
      id: 'm1',
      tenantId: 'demo',
      recipient: { id: 'o', code: 'O', name: 'O' },
      deliverOn: '2026-12-07',
      digest: false,
      secrecy: 'PUBLIC',
      reminders: [],
    },
  }
  it('gives up after the last attempt, and treats a sender that throws as a transient failure', async () => {
    const settled: DeliverySettlement[] = []
    const ports = (attempts: number): DeliverReminderMessagePorts => ({
      reminders: {
        claimDelivery: async () => ({ ...claimed, attempts }),
        settleDelivery: async (_id, _attempts, settlement) => {
          settled.push(settlement)
          return true
        },
      },
    })
    const sender = {
      send: async () => {
        throw new Error('socket hang up')
      },
    }
    const context = (attempts: number) => ({
      ...contextOf(ports(attempts), caller('ADMIN', null)),
      sender,
    })
    expect(successOf(await deliverReminderMessage(context(8), { deliveryId: 'd1' })).state).toBe(
      'DEAD',
    )
    const failed = successOf(await deliverReminderMessage(context(2), { deliveryId: 'd1' }))
    expect(failed).toEqual({ state: 'FAILED', nextAttemptAt: new Date('2026-01-15T03:01:00Z') })
    expect(settled.map((s) => s.state !== 'SENT' && s.error)).toEqual([
      'The sender failed: socket hang up',
      'The sender failed: socket hang up',
    ])
  })

  it('answers SKIPPED, sending nothing, when the claim takes no row', async () => {
    const ports: DeliverReminderMessagePorts = {
      reminders: { claimDelivery: async () => null, settleDelivery: never('settleDelivery') },
    }
    const result = await deliverReminderMessage(
      { ...contextOf(ports, caller('ADMIN', null)), sender: { send: never('send') } },
      { deliveryId: 'd1' },
    )
    expect(successOf(result)).toEqual({ state: 'SKIPPED', nextAttemptAt: null })
  })
})

describe('the inbox', () => {
  it('refuses anonymous callers and shows nothing to a caller without an organisation', async () => {
    const ports = {
      organizations: organizationReader(),
      reminders: { reminders: never('reminders'), markRemindersRead: never('markRemindersRead') },
    }
    expect(failureOf(await reminders(contextOf(ports, ANONYMOUS_CALLER), {}))[0]).toBe(
      'UNAUTHENTICATED',
    )
    expect(
      successOf(await reminders(contextOf(ports, caller('VIEWER', null)), {})).totalCount,
    ).toBe(0)
    expect(
      failureOf(await markRemindersRead(contextOf(ports, caller('VIEWER', null)), { keys: ['k'] })),
    ).toEqual(['REMINDER_NOT_FOUND', ['keys', 0]])
    expect(
      failureOf(await markRemindersRead(contextOf(ports, caller('VIEWER', 'TU')), { keys: [] }))[0],
    ).toBe('VALIDATION')
  })
})
