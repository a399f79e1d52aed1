import type { Role } from '@chidao/app'
import { testBackends } from '@chidao/db/testing'
import type { Secrecy, TenantId } from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { createLiveEvents } from '../src/live/live-events.js'
import { publishRemindersRaised } from '../src/live/publish-reminders-raised.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'
import { listen } from './support/http-listener.js'
import { insertMatrixReminders, type MatrixReminders } from './support/matrix-reminders.js'
import { subscribeOverSse } from './support/sse-subscription.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`
const INBOX = `{ reminders(first: 10) { totalCount edges { node {
  key kind kindLabel { vi } subjectKind task { reference } recipient { code } owner { code }
  dueOn deliverOn daysFromDue secrecy read } } } }`
const MARK = `mutation($input: MarkRemindersReadInput!) { markRemindersRead(input: $input) {
  ${RESULT('... on MarkRemindersReadPayload { reminders { key read } }')} } }`

const RAISED = `subscription($org: ID) { remindersRaised(organizationId: $org) {
  key secrecy recipient { code } } }`

describe.each(testBackends())('reminders through GraphQL on %s', (backend) => {
  const live = createLiveEvents({ channelPrefix: 'reminders-test:' })
  const h = exampleGatewayForSuite(backend, { live })
  let rows: MatrixReminders
  const skhcn = (clearance: Secrecy, role: Role = 'VIEWER') => ({
    roles: [role],
    org: 'SKHCN',
    clearance,
  })

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      tasks(filter: { search: "II.6" }) { edges { node { id reference directive { symbol } } } }
      organization(code: "SKHCN") { id }
    }`)
    const ii6 = r.data.tasks.edges.find(
      (e: any) => e.node.reference === 'II.6' && e.node.directive.symbol === '06-CTr/TU',
    ).node
    const secret = await h.graphql<any>(
      `mutation { createDirective(input: { symbol: "77-KH/TU", issuerCode: "BTV-TU",
        issuedOn: "2026-01-05", title: "Kế hoạch mật", secrecy: MAT }) {
        ... on CreateDirectivePayload { directive { id } } } }`,
    )
    const twin = await h.graphql<any>(
      `mutation($d: ID!, $lead: ID!) { createTask(input: { directiveId: $d, reference: "II.6",
        title: "Nhiệm vụ mật", leadId: $lead, deadline: "Quý III/2027" }) {
        ... on TaskPayload { task { id } } } }`,
      { d: secret.data.createDirective.directive.id, lead: r.data.organization.id },
    )
    rows = await insertMatrixReminders(h.db, h.tenant, {
      skhcn: r.data.organization.id,
      task: { PUBLIC: ii6.id, MAT: twin.data.createTask.task.id },
    })
  })

  it('shows a reader the reminders of its subtree within its clearance, and nobody else’s', async () => {
    const open = await h.graphql<any>(INBOX, {}, skhcn('PUBLIC'))
    expect(open.data.reminders.totalCount).toBe(1)
    expect(open.data.reminders.edges[0].node).toMatchObject({
      kind: 'OVERDUE',
      kindLabel: { vi: 'Quá hạn chưa hoàn thành' },
      subjectKind: 'TASK',
      task: { reference: 'II.6' },
      recipient: { code: 'SKHCN' },
      daysFromDue: 1,
      secrecy: 'PUBLIC',
      read: false,
    })
    expect((await h.graphql<any>(INBOX, {}, skhcn('MAT'))).data.reminders.totalCount).toBe(2)
    const elsewhere = { roles: ['VIEWER' as const], org: 'BTG-TU', clearance: 'TUYET_MAT' as const }
    expect((await h.graphql<any>(INBOX, {}, elsewhere)).data.reminders.totalCount).toBe(0)
    const anonymous = await h.graphql<any>(INBOX, {}, null)
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('answers a hidden reminder’s key exactly as one never planned, and marks a visible one read', async () => {
    const hidden = await h.graphql<any>(
      MARK,
      { input: { keys: [rows.reminder.MAT] } },
      skhcn('PUBLIC'),
    )
    const absent = await h.graphql<any>(
      MARK,
      { input: { keys: ['OVERDUE|none'] } },
      skhcn('PUBLIC'),
    )
    expect(hidden.data.markRemindersRead).toEqual(absent.data.markRemindersRead)
    expect(hidden.data.markRemindersRead).toMatchObject({
      __typename: 'NotFoundError',
      code: 'REMINDER_NOT_FOUND',
      path: ['input', 'keys', '0'],
    })
    const marked = await h.graphql<any>(
      MARK,
      { input: { keys: [rows.reminder.MAT] } },
      skhcn('MAT'),
    )
    expect(marked.data.markRemindersRead.reminders).toEqual([
      { key: rows.reminder.MAT, read: true },
    ])
  })

  it('lists the delivery log and sends a dead delivery again for the recipient’s manager', async () => {
    const LOG = `{ reminderDeliveries(filter: { states: [DEAD] }) { totalCount edges { node {
      id state attempts lastError recipient { code } channel { kind address secret } } } } }`
    const log = await h.graphql<any>(LOG, {}, skhcn('PUBLIC'))
    expect(log.data.reminderDeliveries.edges.map((e: any) => e.node)).toEqual([
      {
        id: rows.delivery.PUBLIC,
        state: 'DEAD',
        attempts: 8,
        lastError: '550 no such mailbox',
        recipient: { code: 'SKHCN' },
        channel: { kind: 'EMAIL', address: 'ma-tran@skhcn.example.vn', secret: null },
      },
    ])
    const RESEND = `mutation($input: ResendReminderDeliveryInput!) { resendReminderDelivery(input: $input) {
      ${RESULT('... on ResendReminderDeliveryPayload { reminderDelivery { id state attempts } }')} } }`
    const viewer = await h.graphql<any>(
      RESEND,
      { input: { id: rows.delivery.PUBLIC } },
      skhcn('PUBLIC'),
    )
    expect(viewer.data.resendReminderDelivery.__typename).toBe('ForbiddenError')
    const editor = await h.graphql<any>(
      RESEND,
      { input: { id: rows.delivery.PUBLIC } },
      skhcn('PUBLIC', 'EDITOR'),
    )
    expect(editor.data.resendReminderDelivery.reminderDelivery).toEqual({
      id: rows.delivery.PUBLIC,
      state: 'PENDING',
      attempts: 0,
    })
  })

  it('gives a webhook’s secret to whoever may manage the channel, and to no other reader', async () => {
    const ADD = `mutation($input: AddUrgingChannelInput!) { addUrgingChannel(input: $input) {
      ${RESULT('... on AddUrgingChannelPayload { urgingChannel { id kind address secret clearance version } }')} } }`
    const added = await h.graphql<any>(
      ADD,
      {
        input: {
          organizationCode: 'SKHCN',
          kind: 'WEBHOOK',
          address: 'https://hooks.example.vn/x',
        },
      },
      skhcn('MAT', 'EDITOR'),
    )
    const channel = added.data.addUrgingChannel.urgingChannel
    expect(channel.secret).toMatch(/^whsec_/)
    const CHANNELS = '{ organization(code: "SKHCN") { urgingChannels { id secret } } }'
    const asViewer = await h.graphql<any>(CHANNELS, {}, skhcn('MAT'))
    expect(asViewer.data.organization.urgingChannels).toContainEqual({
      id: channel.id,
      secret: null,
    })
    const asEditor = await h.graphql<any>(CHANNELS, {}, skhcn('MAT', 'EDITOR'))
    expect(asEditor.data.organization.urgingChannels).toContainEqual({
      id: channel.id,
      secret: channel.secret,
    })
    const invalid = await h.graphql<any>(
      ADD,
      { input: { organizationCode: 'SKHCN', kind: 'EMAIL', address: 'not-an-address' } },
      skhcn('MAT', 'EDITOR'),
    )
    expect(invalid.data.addUrgingChannel).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_CHANNEL_ADDRESS',
      path: ['input', 'address'],
    })
  })

  it('tells a subscriber of the reminders raised into its inbox, and nothing of a Mật one without clearance', async () => {
    const http = await listen(h.yoga)
    const subscribe = async (as: TestIdentity, variables: Record<string, unknown> = {}) =>
      subscribeOverSse(`${http.base}/graphql`, RAISED, variables, {
        authorization: `Bearer ${await h.tokenFor(as)}`,
      })
    const uncleared = await subscribe(skhcn('PUBLIC'))
    const cleared = await subscribe(skhcn('MAT'))
    const elsewhere = await subscribe({ roles: ['VIEWER'], org: 'BTG-TU', clearance: 'TUYET_MAT' })
    try {
      // A planning run that raised only the Mật reminder, then one that raised both.
      publishRemindersRaised(live, h.tenant as TenantId, [rows.reminder.MAT])
      publishRemindersRaised(live, h.tenant as TenantId, [rows.reminder.PUBLIC, rows.reminder.MAT])
      const first = await uncleared.next<any>()
      expect(first?.data.remindersRaised).toEqual([
        { key: rows.reminder.PUBLIC, secrecy: 'PUBLIC', recipient: { code: 'SKHCN' } },
      ])
      expect(JSON.stringify(first)).not.toContain(rows.reminder.MAT)
      expect((await cleared.next<any>())?.data.remindersRaised.map((r: any) => r.key)).toEqual([
        rows.reminder.MAT,
      ])
      const both = (await cleared.next<any>())?.data.remindersRaised.map((r: any) => r.key)
      expect([...both].sort()).toEqual([rows.reminder.MAT, rows.reminder.PUBLIC].sort())
    } finally {
      for (const s of [uncleared, cleared, elsewhere]) await s.close()
      await http.stop()
    }
  })
})
