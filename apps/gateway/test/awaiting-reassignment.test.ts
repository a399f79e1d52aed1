import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { createdDirectiveId, createdSecretTask, createdTaskId } from './support/created-records.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

const AWAITING = `query($asOf: Date) {
  tasks(filter: { awaitingReassignment: true }, asOf: $asOf, first: 50) {
    totalCount edges { node { id title lead { code successors { code } } } }
  }
}`

describe.each(testBackends())('tasks awaiting reassignment on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const ids: Record<string, string> = {}
  let secretTaskId: string

  /** Runs `field` on `input` (of the type named after it) and expects its payload, else shows the answer. */
  async function mutates(field: string, payload: string, input: Record<string, unknown>) {
    const type = `${field[0]!.toUpperCase()}${field.slice(1)}Input`
    const r = await h.graphql<any>(
      `mutation($input: ${type}!) { ${field}(input: $input) { __typename ... on Error { code message } } }`,
      { input },
    )
    expect(r.data?.[field]?.__typename, JSON.stringify(r)).toBe(payload)
  }

  beforeAll(async () => {
    const orgs = await h.graphql<any>(
      `{ a: organization(code: "DU-XA-BINH-AN") { id } b: organization(code: "DU-XA-AN-THANH") { id } }`,
    )
    ids.BINH_AN = orgs.data.a.id
    const created = await h.graphql<any>(
      `mutation { createOrganization(input: { code: "BAN-CHO-GIAI-THE", name: "Ban sẽ giải thể", kind: OTHER, level: PROVINCE, foundedOn: "2020-01-01" }) {
        ... on CreateOrganizationPayload { organization { id version } } ... on Error { code message } } }`,
    )
    const board = created.data.createOrganization.organization
    expect(board, JSON.stringify(created)).toBeTruthy()
    const plan = await createdDirectiveId(h, {
      symbol: '90/KH-UBND',
      issuerCode: 'UBND-TINH',
      issuedOn: '2025-03-01',
      title: 'Kế hoạch có nhiệm vụ chờ giao lại',
    })
    ids.open = await createdTaskId(h, {
      directiveId: plan,
      reference: '1',
      title: 'Nhiệm vụ đang làm',
      leadId: board.id,
    })
    const done = await createdTaskId(h, {
      directiveId: plan,
      reference: '2',
      title: 'Nhiệm vụ đã xong',
      leadId: board.id,
    })
    await mutates('completeTask', 'TaskPayload', { id: done, version: 1, on: '2025-05-01' })
    secretTaskId = (
      await createdSecretTask(h, { symbol: '91/KH-UBND', issuedOn: '2025-03-01', leadId: board.id })
    ).taskId
    await mutates('dissolveOrganization', 'DissolveOrganizationPayload', {
      id: board.id,
      version: board.version,
      on: '2025-07-01',
      successorCodes: ['DU-XA-BINH-AN', 'DU-XA-AN-THANH'],
    })
  })

  it('lists the open tasks of a body dissolved into several successors, from the day it is gone', async () => {
    const before = await h.graphql<any>(AWAITING, { asOf: '2025-06-30' })
    expect(before.errors).toBeUndefined()
    expect(before.data.tasks.totalCount).toBe(0)
    const after = await h.graphql<any>(AWAITING, { asOf: '2025-08-01' })
    const titles = after.data.tasks.edges.map((e: any) => e.node.title)
    // The completed task awaits nothing; the MẬT one is listed to the caller cleared for it.
    expect(titles.sort()).toEqual(['Nhiệm vụ mật', 'Nhiệm vụ đang làm'])
    expect(after.data.tasks.edges[0].node.lead).toEqual({
      code: 'BAN-CHO-GIAI-THE',
      successors: [{ code: 'DU-XA-BINH-AN' }, { code: 'DU-XA-AN-THANH' }],
    })
  })

  it('leaves out what the caller may not see, as every task list does', async () => {
    const viewer = { roles: ['VIEWER' as const], org: 'UBND-TINH', clearance: 'PUBLIC' as const }
    const r = await h.graphql<any>(AWAITING, { asOf: '2025-08-01' }, viewer)
    expect(r.data.tasks.edges.map((e: any) => e.node.id)).not.toContain(secretTaskId)
    expect(r.data.tasks.totalCount).toBe(1)
  })

  it('no longer lists a task once reassigned to one of the successors', async () => {
    await mutates('reassignTaskLead', 'TaskPayload', {
      taskId: ids.open,
      leadOrganizationId: ids.BINH_AN,
      reason: 'Giao Đảng ủy xã Bình An sau khi sắp xếp đơn vị hành chính',
      on: '2025-08-01',
      expectedVersion: 1,
    })
    const after = await h.graphql<any>(AWAITING, { asOf: '2025-08-02' })
    expect(after.data.tasks.edges.map((e: any) => e.node.title)).toEqual(['Nhiệm vụ mật'])
  })
})
