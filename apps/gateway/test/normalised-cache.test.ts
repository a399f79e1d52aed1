/**
 * What a front-end team with a normalised cache (urql Graphcache, Apollo) and generated types
 * relies on (issue 17): every entity with an id is a Node, a mutation's payload answers each
 * record it changed, codes are an enum, and a list's `asOf` reaches its nodes.
 */
import { testBackends } from '@chidao/db/testing'
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay'
import { beforeAll, describe, expect, it } from 'vitest'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'

const SKHCN: TestIdentity = { roles: ['REPORTER'], org: 'SKHCN', sub: 'reporter-skhcn' }
const ERROR = '__typename ... on Error { code message messageVi path }'

describe.each(testBackends())('what a normalised client cache relies on, on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const task: Record<string, string> = {}
  const org: Record<string, string> = {}

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      ctr: directive(symbol: "06-CTr/TU") { tasks(first: 50) { edges { node { id reference } } } }
      organizations(first: 100) { edges { node { id code } } }
    }`)
    for (const { node } of r.data.ctr.tasks.edges) task[node.reference] = node.id
    for (const { node } of r.data.organizations.edges) org[node.code] = node.id
  })

  async function reportOn(taskId: string, who: TestIdentity | undefined, extra = {}) {
    const r = await h.graphql<any>(
      `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { ${ERROR}
        ... on ReportProgressPayload { report { id percent } task { id progress version timeliness } } } }`,
      { input: { taskId, percent: 42, narrative: 'Đã triển khai', ...extra } },
      who,
    )
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data.reportProgress
  }

  it('makes a progress report a Node that node(id:) reads, and hides one on a hidden task as absent', async () => {
    const filed = await reportOn(task['II.6']!, SKHCN)
    expect(decodeGlobalID(filed.report.id).typename).toBe('ProgressReport')
    const read = await h.graphql<any>(
      'query($id: ID!) { node(id: $id) { __typename id ... on ProgressReport { percent } } }',
      { id: filed.report.id },
    )
    expect(read.data.node).toEqual({
      __typename: 'ProgressReport',
      id: filed.report.id,
      percent: 42,
    })
    const { taskId } = await createdSecretTask(h, {
      symbol: '81/KH-UBND',
      issuedOn: '2026-01-20',
      leadId: org.SKHCN!,
    })
    const secret = await reportOn(
      taskId,
      { roles: ['ADMIN'], clearance: 'MAT', sub: 'secretary' },
      {
        organizationId: org.SKHCN,
      },
    )
    const uncleared: TestIdentity = { roles: ['VIEWER'], org: 'SKHCN', sub: 'viewer' }
    const absent = encodeGlobalID('ProgressReport', '00000000-0000-4000-8000-000000000000')
    const answers = await Promise.all(
      [secret.report.id, absent].map((id) =>
        h.graphql<any>(
          'query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }',
          { id },
          uncleared,
        ),
      ),
    )
    expect(answers[0]).toEqual({ data: { node: null, nodes: [null] } })
    expect(answers[1]).toEqual(answers[0])
  })

  it('answers the task a progress report or a correction changed, at its new progress and version', async () => {
    const before = await h.graphql<any>(
      'query($id: ID!) { node(id: $id) { ... on Task { version } } }',
      { id: task['II.3.a'] },
    )
    const filed = await reportOn(task['II.3.a']!, { roles: ['REPORTER'], org: 'STC', sub: 'stc' })
    expect(filed.task).toMatchObject({ id: task['II.3.a'], progress: 42 })
    expect(filed.task.version).toBeGreaterThanOrEqual(before.data.node.version)
    // Named by its global ID, or by the raw UUID it was before reports were nodes.
    for (const [percent, reportId] of [
      [50, filed.report.id],
      [55, decodeGlobalID(filed.report.id).id],
    ] as const) {
      const latest = await h.graphql<any>(
        'query($id: ID!) { node(id: $id) { ... on Task { progressReports { id supersededBy { id } } } } }',
        { id: task['II.3.a'] },
      )
      const inForce = latest.data.node.progressReports.filter((r: any) => !r.supersededBy).at(-1)
      const target = percent === 50 ? reportId : decodeGlobalID(inForce.id).id
      const r = await h.graphql<any>(
        `mutation($input: CorrectProgressReportInput!) { correctProgressReport(input: $input) { ${ERROR}
          ... on CorrectProgressReportPayload { report { id percent } task { id progress } } } }`,
        { input: { reportId: target, percent, reason: 'Sửa số liệu' } },
        { roles: ['REPORTER'], org: 'STC', sub: 'stc' },
      )
      expect(r.data.correctProgressReport, JSON.stringify(r)).toMatchObject({
        __typename: 'CorrectProgressReportPayload',
        report: { percent },
        task: { id: task['II.3.a'], progress: percent },
      })
    }
  })

  it('answers both documents a link changed, and the successor a dissolution named', async () => {
    const plan = await h.graphql<any>(
      `mutation { createDirective(input: { symbol: "90/KH-UBND", issuerCode: "UBND-TINH",
        issuedOn: "2026-02-01", title: "Kế hoạch thực hiện" }) {
        ... on CreateDirectivePayload { directive { id } } ${ERROR} } }`,
    )
    const conclusion = await h.graphql<any>('{ directive(symbol: "93-KL/TW") { id } }')
    const linked = await h.graphql<any>(
      `mutation($input: LinkDirectivesInput!) { linkDirectives(input: $input) { ${ERROR}
        ... on LinkDirectivesPayload { source { id relations { type } } target { id implementedBy { symbol } } } } }`,
      {
        input: {
          sourceId: plan.data.createDirective.directive.id,
          targetId: conclusion.data.directive.id,
          type: 'IMPLEMENTS',
          effectiveOn: '2026-02-01',
        },
      },
    )
    expect(linked.data.linkDirectives.source).toEqual({
      id: plan.data.createDirective.directive.id,
      relations: [{ type: 'IMPLEMENTS' }],
    })
    expect(linked.data.linkDirectives.target.id).toBe(conclusion.data.directive.id)
    expect(linked.data.linkDirectives.target.implementedBy.map((d: any) => d.symbol)).toContain(
      '90/KH-UBND',
    )
    const created = await h.graphql<any>(
      `mutation { createOrganization(input: { code: "SAP-NHAP", name: "Ban sáp nhập", kind: OTHER,
        level: PROVINCE, foundedOn: "2020-01-01" }) {
        ... on CreateOrganizationPayload { organization { id version } } ${ERROR} } }`,
    )
    const { id, version } = created.data.createOrganization.organization
    const dissolved = await h.graphql<any>(
      `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { ${ERROR}
        ... on DissolveOrganizationPayload { organization { id } successors { code } } } }`,
      { input: { id, version, on: '2026-02-01', successorCode: 'STC' } },
    )
    expect(dissolved.data.dissolveOrganization).toMatchObject({
      organization: { id },
      successors: [{ code: 'STC' }],
    })
  })

  it('gives codes as values of the enum ErrorCode, introspected with their meanings', async () => {
    const refused = await reportOn(task['II.6']!, SKHCN, { percent: 140 })
    expect(refused).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_PERCENT' })
    const r = await h.graphql<any>(
      `{ __type(name: "ErrorCode") { kind enumValues { name description } } }`,
    )
    expect(r.data.__type.kind).toBe('ENUM')
    const percent = r.data.__type.enumValues.find((v: any) => v.name === 'INVALID_PERCENT')
    expect(percent.description).toMatch(/0–100.*Vietnamese: .*0–100.*In `ValidationError`/)
  })

  it("judges each node's timeliness on the list's asOf unless the node is given its own", async () => {
    const query = `query($asOf: Date) {
      tasks(asOf: $asOf, first: 100, filter: { timeliness: [OVERDUE] }) {
        edges { node { id due listed: timeliness today: timeliness(asOf: "2026-03-01") } } } }`
    const r = await h.graphql<any>(query, { asOf: '2099-12-31' })
    const nodes = r.data.tasks.edges.map((e: any) => e.node)
    expect(nodes.length).toBeGreaterThan(0)
    for (const node of nodes) expect(node.listed).toBe('OVERDUE')
    // The same tasks judged on the test clock's day: some are not due yet.
    expect(nodes.some((n: any) => n.today !== 'OVERDUE')).toBe(true)
    // Nested lists too: a document's and an organisation's tasks.
    const nested = await h.graphql<any>(`{
      directive(symbol: "06-CTr/TU") { tasks(asOf: "2099-12-31", first: 50) {
        edges { node { due timeliness } } } }
      organization(code: "SKHCN") { tasks(asOf: "2099-12-31", first: 50) {
        edges { node { due timeliness } } } }
    }`)
    for (const list of [nested.data.directive.tasks, nested.data.organization.tasks]) {
      const dated = list.edges.map((e: any) => e.node).filter((n: any) => n.due && n.timeliness)
      expect(dated.length).toBeGreaterThan(0)
      for (const node of dated) expect(node.timeliness).toMatch(/OVERDUE|COMPLETED_/)
    }
    // Without asOf, a node judges on today, as before.
    const plain = await h.graphql<any>(query, { asOf: null })
    for (const e of plain.data.tasks.edges) expect(e.node.listed).toBe(e.node.today)
  })
})
