import {
  addUrgingChannel,
  type Caller,
  deliverReminderMessage,
  dueReminderDeliveries,
  fixedClock,
  markRemindersRead,
  type OutgoingReminderMessage,
  operatorCaller,
  planUrgingDay,
  type ReminderChannelAddress,
  type ReminderSender,
  type Role,
  reminderDeliveries,
  reminders,
  removeUrgingChannel,
  resendReminderDelivery,
  type SendOutcome,
  urgingChannels,
} from '@chidao/app'
import {
  type DirectiveId,
  type OrganizationId,
  parseDeadline,
  type Secrecy,
  type TaskId,
} from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../src/testing.js'
import { insertOrganization, insertPlan, insertTasks } from './support/insert-rows.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const MORNING = '2026-12-07T01:00:00Z'

function caller(
  role: Role,
  organizationCode: string | null,
  clearance: Secrecy = 'PUBLIC',
): Caller {
  return {
    authenticated: true,
    subject: `${role}-${organizationCode}`,
    actor: `user:${role}-${organizationCode}`,
    organizationCode,
    roles: [role],
    clearance,
  }
}

/** A sender that records every call and answers as told. */
function recordingSender(answer: () => SendOutcome | Promise<SendOutcome>) {
  const calls: { channel: ReminderChannelAddress; message: OutgoingReminderMessage }[] = []
  const sender: ReminderSender = {
    async send(channel, message) {
      calls.push({ channel, message })
      return answer()
    },
  }
  return { sender, calls }
}

function dueTask(reference: string, lead: OrganizationId, due: string, monitor: OrganizationId) {
  const parsed = parseDeadline(due.split('-').reverse().join('/'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return {
    reference,
    title: `Nhiệm vụ ${reference}`,
    search_key: reference.toLowerCase(),
    lead_id: lead,
    monitor_id: monitor,
    status: 'IN_PROGRESS',
    deadline: JSON.stringify(parsed.value),
    deadline_kind: parsed.value.kind,
    deadline_due: parsed.value.due,
  }
}

describe.each(testBackends())('the reminder log on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let tu: OrganizationId
  let skhcn: OrganizationId
  let sonv: OrganizationId
  const tasks: Record<string, TaskId> = {}

  const system = (instant: string = MORNING) => ({
    ports: test.db.forTenant(TENANT, { clearance: 'TUYET_MAT' }),
    caller: operatorCaller('urging'),
    clock: fixedClock(instant),
  })
  const person = (who: Caller, instant: string = MORNING) => ({
    ports: test.db.forTenant(TENANT, { clearance: who.clearance }),
    caller: who,
    clock: fixedClock(instant),
  })
  const plan = async (today: string) => {
    const result = await planUrgingDay(system(`${today}T01:00:00Z`), { today })
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  beforeAll(async () => {
    const db = test.db
    tu = await insertOrganization(db, TENANT, 'TU')
    skhcn = await insertOrganization(db, TENANT, 'SKHCN', { parentId: tu })
    sonv = await insertOrganization(db, TENANT, 'SO-NV', { parentId: tu })
    const open: DirectiveId = await insertPlan(db, TENANT, {
      number: 1,
      issuerId: tu,
      title: 'Kế hoạch 1',
    })
    const secret: DirectiveId = await insertPlan(db, TENANT, {
      number: 2,
      issuerId: tu,
      title: 'Kế hoạch 2',
      secrecy: 'MAT',
    })
    const [t1, t2, t4, t5, t6] = await insertTasks(db, TENANT, open, [
      dueTask('T1', skhcn, '2026-12-14', tu),
      dueTask('T2', sonv, '2026-12-06', tu),
      dueTask('T4', sonv, '2026-12-18', tu),
      dueTask('T5', sonv, '2026-12-12', tu),
      dueTask('T6', sonv, '2026-12-09', tu),
    ])
    const [t7] = await insertTasks(db, TENANT, open, [dueTask('T7', skhcn, '2026-12-07', tu)])
    const [t3] = await insertTasks(db, TENANT, secret, [dueTask('T3', skhcn, '2026-12-06', tu)])
    Object.assign(tasks, { t1, t2, t3, t4, t5, t6, t7 })
  })

  it('manages channels by the policy: secrets to managers, clearance within the caller’s, addresses checked', async () => {
    const editor = caller('EDITOR', 'SKHCN', 'MAT')
    const webhook = await addUrgingChannel(person(editor), {
      organizationId: skhcn,
      kind: 'WEBHOOK',
      address: 'https://hooks.skhcn.example/chidao',
    })
    expect(webhook.ok && webhook.value.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    const email = await addUrgingChannel(person(caller('ADMIN', null)), {
      organizationCode: 'SO-NV',
      kind: 'EMAIL',
      address: 'van-thu@SONV.example',
    })
    expect(email.ok && [email.value.address, email.value.secret]).toEqual([
      'van-thu@sonv.example',
      null,
    ])
    const refusals = await Promise.all([
      addUrgingChannel(person(editor), { organizationId: sonv, kind: 'EMAIL', address: 'a@b.vn' }),
      addUrgingChannel(person(editor), {
        organizationId: skhcn,
        kind: 'EMAIL',
        address: 'a@b.vn',
        clearance: 'TOI_MAT',
      }),
      addUrgingChannel(person(editor), {
        organizationId: skhcn,
        kind: 'WEBHOOK',
        address: 'ftp://x.vn',
      }),
      addUrgingChannel(person(caller('VIEWER', 'SKHCN')), {
        organizationId: skhcn,
        kind: 'EMAIL',
        address: 'a@b.vn',
      }),
    ])
    expect(refusals.map((r) => !r.ok && [r.error.code, r.error.path.join('.')])).toEqual([
      ['FORBIDDEN', 'organizationId'],
      ['FORBIDDEN', 'clearance'],
      ['INVALID_CHANNEL_ADDRESS', 'address'],
      ['FORBIDDEN', ''],
    ])
    const seen = await urgingChannels(person(caller('VIEWER', 'SKHCN')), {
      organizationIds: [skhcn, sonv],
    })
    expect(seen.ok && seen.value.map((list) => list.map((c) => [c.kind, c.secret]))).toEqual([
      [['WEBHOOK', null]],
      [],
    ])
    // A second e-mail channel, removed again: a stale version first.
    const spare = await addUrgingChannel(person(editor), {
      organizationId: skhcn,
      kind: 'EMAIL',
      address: 'spare@skhcn.example',
    })
    if (!spare.ok) throw new Error(spare.error.message)
    const stale = await removeUrgingChannel(person(editor), { id: spare.value.id, version: 7 })
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    const removed = await removeUrgingChannel(person(editor), { id: spare.value.id, version: 1 })
    expect(removed.ok && removed.value.active).toBe(false)
    const again = await removeUrgingChannel(person(editor), { id: spare.value.id, version: 2 })
    expect(!again.ok && again.error.code).toBe('URGING_CHANNEL_NOT_FOUND')
  })

  it('plans the first day only, once: a second run inserts nothing', async () => {
    const first = await plan('2026-12-07')
    expect(
      first.reminders.map((r) => [
        r.kind,
        r.subject.kind === 'TASK' && r.subject.taskId,
        r.secrecy,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['DUE_SOON', tasks.t1, 'PUBLIC'],
        ['OVERDUE', tasks.t2, 'PUBLIC'],
        ['OVERDUE', tasks.t3, 'MAT'],
      ]),
    )
    expect(first.reminders).toHaveLength(3)
    // The MAT reminder stays off the PUBLIC webhook: two deliveries, not three.
    expect(first.deliveryIds).toHaveLength(2)
    expect(await plan('2026-12-07')).toEqual({ reminders: [], deliveryIds: [] })
    const both = await Promise.all([plan('2026-12-07'), plan('2026-12-07')])
    expect(both.flatMap((b) => [...b.reminders, ...b.deliveryIds])).toEqual([])
  })

  it('lets exactly one of two concurrent senders claim a delivery, and sends the message whole', async () => {
    const due = await dueReminderDeliveries(system(), { limit: 10 })
    if (!due.ok) throw new Error(due.error.message)
    expect(due.value).toHaveLength(2)
    const { sender, calls } = recordingSender(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      return { delivered: true }
    })
    const webhookDelivery = await test.db
      .forTenant(TENANT, { clearance: 'TUYET_MAT' })
      .reminders.deliveries({ scope: null, filter: { recipientId: skhcn }, first: 10 })
    const id = webhookDelivery.edges[0]!.node.id
    const results = await Promise.all([
      deliverReminderMessage({ ...system(), sender }, { deliveryId: id }),
      deliverReminderMessage({ ...system(), sender }, { deliveryId: id }),
    ])
    expect(results.map((r) => r.ok && r.value.state).sort()).toEqual(['SENT', 'SKIPPED'])
    expect(calls).toHaveLength(1)
    const { channel, message } = calls[0]!
    expect(channel.kind).toBe('WEBHOOK')
    expect(channel.secret).toMatch(/^whsec_/)
    expect(message).toMatchObject({
      tenantId: TENANT,
      recipient: { id: skhcn, code: 'SKHCN', name: 'Cơ quan SKHCN' },
      deliverOn: '2026-12-07',
      digest: false,
      secrecy: 'PUBLIC',
      reminders: [
        {
          kind: 'DUE_SOON',
          dueOn: '2026-12-14',
          daysFromDue: -7,
          owner: { id: skhcn, code: 'SKHCN' },
          subject: {
            kind: 'TASK',
            taskId: tasks.t1,
            taskReference: 'T1',
            taskTitle: 'Nhiệm vụ T1',
            directiveSymbol: '1-KH/TU',
            period: null,
          },
        },
      ],
    })
    const again = await deliverReminderMessage({ ...system(), sender }, { deliveryId: id })
    expect(again.ok && again.value.state).toBe('SKIPPED')
  })

  it('backs off exponentially, gives up after the last attempt or a permanent failure, and sends again on request', async () => {
    const log = test.db.forTenant(TENANT, { clearance: 'TUYET_MAT' }).reminders
    const page = await log.deliveries({ scope: null, filter: { recipientId: sonv }, first: 10 })
    const id = page.edges[0]!.node.id
    const { sender, calls } = recordingSender(() => ({
      delivered: false,
      permanent: false,
      reason: 'HTTP 503',
    }))
    const retry = { maxAttempts: 3 }
    const at = (ms: number) => new Date(Date.parse(MORNING) + ms).toISOString()
    /** Attempts the delivery again `ms` after the first attempt (made at MORNING). */
    const attemptAt = (ms: number) =>
      deliverReminderMessage({ ...system(at(ms)), sender, retry }, { deliveryId: id })
    const first = await deliverReminderMessage({ ...system(), sender, retry }, { deliveryId: id })
    expect(first.ok && first.value).toEqual({
      state: 'FAILED',
      nextAttemptAt: new Date(at(30_000)),
    })
    const early = await attemptAt(29_000)
    expect(early.ok && early.value.state).toBe('SKIPPED')
    const second = await attemptAt(30_000)
    expect(second.ok && second.value).toEqual({
      state: 'FAILED',
      nextAttemptAt: new Date(at(90_000)),
    })
    const third = await attemptAt(90_000)
    expect(third.ok && third.value).toEqual({ state: 'DEAD', nextAttemptAt: null })
    expect(calls).toHaveLength(3)
    const dead = await reminderDeliveries(person(caller('VIEWER', 'SO-NV')), {
      filter: { states: ['DEAD'] },
    })
    expect(
      dead.ok && dead.value.edges.map((e) => [e.node.id, e.node.attempts, e.node.lastError]),
    ).toEqual([[id, 3, 'HTTP 503']])
    // Only the recipient's managers send it again.
    const refused = await resendReminderDelivery(person(caller('EDITOR', 'SKHCN')), { id })
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN')
    const resent = await resendReminderDelivery(person(caller('EDITOR', 'SO-NV'), at(100_000)), {
      id,
    })
    expect(resent.ok && [resent.value.state, resent.value.attempts]).toEqual(['PENDING', 0])
    const twice = await resendReminderDelivery(person(caller('ADMIN', null)), { id })
    expect(!twice.ok && twice.error.code).toBe('DELIVERY_NOT_RESENDABLE')
    const permanent = recordingSender(() => ({
      delivered: false,
      permanent: true,
      reason: '550 no such mailbox',
    }))
    const gone = await deliverReminderMessage(
      { ...system(at(100_000)), sender: permanent.sender },
      { deliveryId: id },
    )
    expect(gone.ok && gone.value.state).toBe('DEAD')
  })

  it('claims again a delivery whose sender died holding it, once its lease has run out', async () => {
    const admin = person(caller('ADMIN', null), '2026-12-07T03:00:00Z')
    const log = test.db.forTenant(TENANT, { clearance: 'TUYET_MAT' }).reminders
    const page = await log.deliveries({ scope: null, filter: { recipientId: sonv }, first: 10 })
    const id = page.edges[0]!.node.id
    expect((await resendReminderDelivery(admin, { id })).ok).toBe(true)
    const now = new Date('2026-12-07T03:00:00Z')
    // A process claims it and dies without a word.
    const dying = await log.claimDelivery(id, {
      now,
      leaseUntil: new Date(now.getTime() + 300_000),
    })
    expect(dying?.attempts).toBe(1)
    const { sender, calls } = recordingSender(() => ({ delivered: true }))
    const during = await deliverReminderMessage(
      { ...system('2026-12-07T03:04:00Z'), sender },
      { deliveryId: id },
    )
    expect(during.ok && during.value.state).toBe('SKIPPED')
    expect(await log.dueDeliveries(new Date('2026-12-07T03:04:00Z'), 10)).not.toContain(id)
    expect(await log.dueDeliveries(new Date('2026-12-07T03:05:00Z'), 10)).toContain(id)
    const after = await deliverReminderMessage(
      { ...system('2026-12-07T03:05:00Z'), sender },
      { deliveryId: id },
    )
    expect(after.ok && after.value.state).toBe('SENT')
    expect(calls).toHaveLength(1)
    // The dead process's late word changes nothing.
    expect(await log.settleDelivery(id, 1, { state: 'DEAD', error: 'late' }, now)).toBe(false)
    const kept = await log.delivery(id)
    expect([kept?.state, kept?.attempts]).toEqual(['SENT', 2])
  })

  it('pages the delivery log from a cursor, newest delivery day first, nothing twice', async () => {
    const log = test.db.forTenant(TENANT, { clearance: 'TUYET_MAT' }).reminders
    const all = await log.deliveries({ scope: null, filter: null, first: 500 })
    expect(all.totalCount).toBeGreaterThan(1)
    const first = await log.deliveries({ scope: null, filter: null, first: 1 })
    const after = first.edges[0]!.cursor
    const rest = await log.deliveries({ scope: null, filter: null, first: 500, after })
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(
      all.edges.map((e) => e.node.id),
    )
    const days = all.edges.map((e) => e.node.deliverOn)
    expect(days).toEqual([...days].sort().reverse())
  })

  it('keeps a MAT reminder out of a PUBLIC reader’s inbox, and answers its key as absent', async () => {
    const publicEditor = caller('EDITOR', 'SKHCN')
    const inbox = await reminders(person(publicEditor), {})
    expect(inbox.ok && inbox.value.edges.map((e) => [e.node.kind, e.node.recipientId])).toEqual([
      ['DUE_SOON', skhcn],
    ])
    const cleared = await reminders(person(caller('VIEWER', 'SKHCN', 'MAT')), {
      filter: { unread: true },
    })
    if (!cleared.ok) throw new Error(cleared.error.message)
    const secretKey = cleared.value.edges.find((e) => e.node.secrecy === 'MAT')!.node.key
    expect(cleared.value.totalCount).toBe(2)
    const hidden = await markRemindersRead(person(publicEditor), { keys: [secretKey] })
    const absent = await markRemindersRead(person(publicEditor), { keys: ['OVERDUE|task:none'] })
    expect(!hidden.ok && !absent.ok && { ...hidden.error, value: null }).toEqual({
      ...(!absent.ok && absent.error),
      value: null,
    })
    expect(!hidden.ok && [hidden.error.code, hidden.error.path]).toEqual([
      'REMINDER_NOT_FOUND',
      ['keys', 0],
    ])
    // Another subtree's reminder is absent too.
    const sonvInbox = await reminders(person(caller('VIEWER', 'SO-NV')), {})
    const sonvKey = sonvInbox.ok && sonvInbox.value.edges[0]!.node.key
    const elsewhere = await markRemindersRead(person(publicEditor), { keys: [sonvKey as string] })
    expect(!elsewhere.ok && elsewhere.error.code).toBe('REMINDER_NOT_FOUND')
    const marked = await markRemindersRead(person(caller('VIEWER', 'SKHCN', 'MAT')), {
      keys: [secretKey],
    })
    expect(marked.ok && marked.value.map((r) => [r.key, r.readAt])).toEqual([
      [secretKey, new Date(MORNING)],
    ])
    const unread = await reminders(person(caller('VIEWER', 'SKHCN', 'MAT')), {
      filter: { unread: true },
    })
    expect(unread.ok && unread.value.totalCount).toBe(1)
    const top = await reminders(person(caller('VIEWER', 'TU', 'TUYET_MAT')), { first: 2 })
    expect(top.ok && [top.value.totalCount, top.value.edges.length, top.value.hasNextPage]).toEqual(
      [3, 2, true],
    )
    // The next page goes on from the cursor, newest delivery day first, nothing twice.
    if (!top.ok) throw new Error(top.error.message)
    const rest = await reminders(person(caller('VIEWER', 'TU', 'TUYET_MAT')), {
      first: 2,
      after: top.value.edges[1]!.cursor,
    })
    if (!rest.ok) throw new Error(rest.error.message)
    const all = [...top.value.edges, ...rest.value.edges].map((e) => e.node)
    expect([rest.value.edges.length, rest.value.hasNextPage]).toEqual([1, false])
    expect(new Set(all.map((r) => r.key)).size).toBe(3)
    expect(all.map((r) => r.deliverOn)).toEqual(
      all
        .map((r) => r.deliverOn)
        .sort()
        .reverse(),
    )
  })

  // T7 fell due on the 7th: late on the 8th, a day no run planned. T6's due-soon reminder of
  // the 8th is not caught up: its due day has passed by the 10th, and its overdue one says more.
  it('catches up over the days missed, once, and digests a day’s reminders for an organisation that wants it', async () => {
    const caughtUp = await plan('2026-12-10')
    expect(
      caughtUp.reminders.map((r) => [
        r.kind,
        r.deliverOn,
        r.subject.kind === 'TASK' && r.subject.taskId,
      ]),
    ).toEqual([
      ['OVERDUE', '2026-12-08', tasks.t7],
      ['OVERDUE', '2026-12-10', tasks.t6],
    ])
    expect(caughtUp.deliveryIds).toHaveLength(2)
    expect(await plan('2026-12-10')).toEqual({ reminders: [], deliveryIds: [] })
    const set = await test.db
      .forTenant(TENANT)
      .urging.setPreferences(sonv, { digest: true, quietOnRestDays: false }, 0, {
        actor: 'test',
        actorOrganization: null,
        requestId: null,
      })
    expect(set.ok).toBe(true)
    const digested = await plan('2026-12-11')
    expect(
      digested.reminders.map((r) => [r.kind, r.subject.kind === 'TASK' && r.subject.taskId]).sort(),
    ).toEqual(
      [
        ['DUE_SOON', tasks.t4],
        ['DUE_SOON', tasks.t5],
      ].sort(),
    )
    expect(digested.deliveryIds).toHaveLength(1)
    const { sender, calls } = recordingSender(() => ({ delivered: true }))
    const sent = await deliverReminderMessage(
      { ...system('2026-12-11T01:00:00Z'), sender },
      { deliveryId: digested.deliveryIds[0]! },
    )
    expect(sent.ok && sent.value.state).toBe('SENT')
    expect(calls[0]?.message.digest).toBe(true)
    expect(calls[0]?.message.reminders.map((r) => r.subject.taskReference).sort()).toEqual([
      'T4',
      'T5',
    ])
  })

  it('plans nothing in, and shows nothing to, another tenant', async () => {
    const other = await planUrgingDay(
      {
        ports: test.db.forTenant(OTHER, { clearance: 'TUYET_MAT' }),
        caller: operatorCaller('urging'),
        clock: fixedClock(MORNING),
      },
      { today: '2026-12-07' },
    )
    expect(other.ok && other.value).toEqual({ reminders: [], deliveryIds: [] })
    const inbox = await reminders(
      {
        ports: test.db.forTenant(OTHER, { clearance: 'TUYET_MAT' }),
        caller: caller('ADMIN', null, 'TUYET_MAT'),
        clock: fixedClock(MORNING),
      },
      {},
    )
    expect(inbox.ok && inbox.value.totalCount).toBe(0)
  })
})
