import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { testBackends } from '@chidao/db/testing'
import { asId, type TenantId } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveEvents } from '../src/live/live-events.js'
import { schema } from '../src/schema/index.js'
import {
  exampleGatewayForSuite,
  gatewayOver,
  type TestIdentity,
} from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { type SseSubscription, subscribeOverSse } from './support/sse-subscription.js'

/**
 * GraphQL subscriptions over Server-Sent Events, through real HTTP (issue 18, "Live updates"):
 * a change reaches a subscriber in the subtree, as that subscriber reads it; a subscriber
 * outside the subtree, or without clearance for the Mật notice 215-TB/TU, hears nothing of it —
 * shown by a public change made after it being the first thing they hear.
 */
const ADMIN: TestIdentity = { roles: ['ADMIN'], clearance: 'TUYET_MAT', sub: 'live-admin' }
const viewer = (clearance: TestIdentity['clearance'], sub: string): TestIdentity => ({
  roles: ['VIEWER'],
  clearance,
  sub,
})
const absentId = (typename: string) => Buffer.from(`${typename}:${randomUUID()}`).toString('base64')
const OTHER_BUNDLE = new URL('../../../docs/examples/tinh-mau.yaml', import.meta.url)
const TASK_CHANGED = `subscription($org: ID, $directive: ID) {
  taskChanged(organizationId: $org, directiveId: $directive) {
    id title version lead { code } directive { symbol secrecy }
  }
}`
const PROGRESS_REPORTED = `subscription($org: ID, $directive: ID) {
  progressReported(organizationId: $org, directiveId: $directive) {
    id percent narrative organization { code }
  }
}`

describe.each(testBackends())('live updates over SSE on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let http: Listening
  const tasks: Record<string, string> = {}
  const orgs: Record<string, string> = {}
  const directives: Record<string, string> = {}
  const open: SseSubscription[] = []

  beforeAll(async () => {
    http = await listen(h.yoga)
    const r = await h.graphql<any>(
      `{ tasks(first: 100) { edges { node { id reference directive { id symbol } } } }
         organizations(first: 100) { edges { node { id code } } } }`,
    )
    for (const { node } of r.data.tasks.edges) {
      tasks[`${node.directive.symbol}#${node.reference}`] = node.id
      directives[node.directive.symbol] = node.directive.id
    }
    for (const { node } of r.data.organizations.edges) orgs[node.code] = node.id
  })
  afterAll(async () => {
    for (const subscription of open) await subscription.close()
    await http?.stop()
  })

  async function subscribe(
    query: string,
    variables: Record<string, unknown>,
    as: TestIdentity,
  ): Promise<SseSubscription> {
    const token = await h.tokenFor(as)
    const subscription = await subscribeOverSse(`${http.base}/graphql`, query, variables, {
      authorization: `Bearer ${token}`,
    })
    open.push(subscription)
    expect(subscription.response.status).toBe(200)
    expect(subscription.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    return subscription
  }

  /** Gives the task a new title, as the ADMIN; the title is returned. */
  async function retitle(key: string, title: string): Promise<string> {
    const id = tasks[key]!
    const read = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Task { version } } }`,
      {
        id,
      },
    )
    const r = await h.graphql<any>(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) {
         __typename ... on Error { code message } } }`,
      { input: { id, version: read.data.node.version, title } },
      ADMIN,
    )
    expect(r.data.updateTask.__typename).toBe('TaskPayload')
    return title
  }

  it('tells a subscriber in the subtree of a task change, read as they read it', async () => {
    const live = await subscribe(TASK_CHANGED, { org: orgs.TU }, viewer('PUBLIC', 'tu-reader'))
    const title = await retitle('06-CTr/TU#II.1', 'Quán triệt Kết luận 93 (đã sửa)')
    const event = await live.next<any>()
    expect(event).toEqual({
      data: {
        taskChanged: {
          id: tasks['06-CTr/TU#II.1'],
          title,
          version: expect.any(Number),
          lead: { code: 'BTG-TU' },
          directive: { symbol: '06-CTr/TU', secrecy: 'PUBLIC' },
        },
      },
    })
  })

  it('tells nothing of a Mật task to a subscriber without clearance, nor of any task outside the subtree', async () => {
    const uncleared = await subscribe(TASK_CHANGED, { org: orgs.TU }, viewer('PUBLIC', 'pub'))
    const cleared = await subscribe(TASK_CHANGED, { org: orgs.TU }, viewer('MAT', 'mat'))
    const outside = await subscribe(
      TASK_CHANGED,
      { org: orgs['UBND-TINH'] },
      viewer('TUYET_MAT', 'ubnd'),
    )
    // 215-TB/TU (Mật), led by BTC-TU under the Tỉnh ủy; then a public task of the same lead.
    const secret = await retitle('215-TB/TU#1', 'Phương án nhân sự (mật)')
    const shown = await retitle('06-CTr/TU#II.2.a', 'Sắp xếp bộ máy (công khai)')
    const firstUncleared = await uncleared.next<any>()
    expect(firstUncleared?.data.taskChanged).toMatchObject({
      id: tasks['06-CTr/TU#II.2.a'],
      title: shown,
    })
    expect(JSON.stringify(firstUncleared)).not.toContain('215-TB/TU')
    // The reader cleared for Mật hears both, in order.
    expect((await cleared.next<any>())?.data.taskChanged).toMatchObject({
      id: tasks['215-TB/TU#1'],
      title: secret,
      directive: { symbol: '215-TB/TU', secrecy: 'MAT' },
    })
    expect((await cleared.next<any>())?.data.taskChanged.id).toBe(tasks['06-CTr/TU#II.2.a'])
    // Outside the Tỉnh ủy's subtree: the first thing heard is a change under the UBND tỉnh.
    const there = await retitle('06-CTr/TU#II.3.a', 'Bố trí kinh phí (Sở Tài chính)')
    expect((await outside.next<any>())?.data.taskChanged).toMatchObject({
      id: tasks['06-CTr/TU#II.3.a'],
      title: there,
      lead: { code: 'STC' },
    })
  })

  it('filters by directive, and an id naming nothing matches nothing', async () => {
    const ofPlan = await subscribe(
      TASK_CHANGED,
      { directive: directives['128/KH-UBND'] },
      viewer('PUBLIC', 'plan'),
    )
    const ofNothing = await subscribe(
      TASK_CHANGED,
      { org: 'bm90aGluZw==' },
      viewer('TUYET_MAT', 'x'),
    )
    const ofAll = await subscribe(TASK_CHANGED, {}, viewer('PUBLIC', 'all'))
    await retitle('06-CTr/TU#II.6', 'Cơ sở dữ liệu trí thức')
    const planTask = await retitle('128/KH-UBND#3', 'Soạn thảo quy định đặt hàng')
    expect((await ofPlan.next<any>())?.data.taskChanged.title).toBe(planTask)
    expect((await ofAll.next<any>())?.data.taskChanged.id).toBe(tasks['06-CTr/TU#II.6'])
    expect((await ofAll.next<any>())?.data.taskChanged.id).toBe(tasks['128/KH-UBND#3'])
    // Closing a stream it never answered is all the silent one can show; it must still be open.
    await ofNothing.close()
  })

  it('tells a subscriber of a progress report, and of the task it moved', async () => {
    const reports = await subscribe(
      PROGRESS_REPORTED,
      { org: orgs.LHH, directive: directives['06-CTr/TU'] },
      viewer('PUBLIC', 'lhh'),
    )
    const changes = await subscribe(TASK_CHANGED, { org: orgs.LHH }, viewer('PUBLIC', 'lhh-tasks'))
    const r = await h.graphql<any>(
      `mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
         __typename ... on ReportProgressPayload { report { id } } ... on Error { code message } } }`,
      {
        input: {
          taskId: tasks['06-CTr/TU#II.2.b'],
          reportedOn: '2026-03-01',
          percent: 40,
          narrative: 'Đã vận động thành lập Hội Tin học',
        },
      },
      ADMIN,
    )
    expect(r.data.reportProgress.__typename).toBe('ReportProgressPayload')
    expect(await reports.next()).toEqual({
      data: {
        progressReported: {
          id: r.data.reportProgress.report.id,
          percent: 40,
          narrative: 'Đã vận động thành lập Hội Tin học',
          organization: { code: 'LHH' },
        },
      },
    })
    expect((await changes.next<any>())?.data.taskChanged.id).toBe(tasks['06-CTr/TU#II.2.b'])
  })

  it('answers an argument naming a record the caller may not see exactly as one naming nothing', async () => {
    // Gateways of this tenant and of another one over the same database and the same live
    // events, which the test then ends: every stream completes, and what each sent can be read
    // whole and compared.
    const live = createLiveEvents({ channelPrefix: 'matrix:' })
    const g = await gatewayOver({ db: h.db, dispose: async () => {} }, { live })
    const other = await gatewayOver(
      { db: h.db, dispose: async () => {} },
      { tenant: asId<TenantId>('tinh-mau'), live },
    )
    const imported = await other.graphql<any>(
      `mutation($input: ImportBundleInput!) { importBundle(input: $input) { __typename } }`,
      { input: { bundle: await readFile(OTHER_BUNDLE, 'utf8'), fileName: 'tinh-mau.yaml' } },
    )
    expect(imported.data.importBundle.__typename).toBe('ImportBundlePayload')
    const elsewhere = await other.graphql<any>(
      `{ directive(symbol: "07-KH/TU") { id tasks { edges { node { id reference version lead { id } } } } } }`,
    )
    const otherTask = elsewhere.data.directive.tasks.edges.find(
      (e: any) => e.node.reference === '2',
    ).node
    const server = await listen(g.yoga)
    const token = await g.tokenFor(viewer('PUBLIC', 'matrix'))
    // Every ID argument of every Subscription field, found by walking the schema.
    const args = Object.values(schema.getSubscriptionType()!.getFields()).flatMap((field) =>
      field.args.map((arg) => [field.name, arg.name] as const),
    )
    expect(args.length).toBeGreaterThan(0)
    const hidden: Record<string, { typename: string; cases: Record<string, string> }> = {
      directiveId: {
        typename: 'Directive',
        cases: {
          'Mật (above the caller)': directives['215-TB/TU']!,
          'of another tenant': elsewhere.data.directive.id,
        },
      },
      organizationId: {
        typename: 'Organization',
        // Organisations carry no secrecy: BTC-TU leads the Mật task, so its stream is where a
        // change to that task would show if it leaked.
        cases: { 'leading a Mật task': orgs['BTC-TU']!, 'of another tenant': otherTask.lead.id },
      },
    }
    const streams: { name: string; stream: SseSubscription }[] = []
    for (const [field, arg] of args) {
      const named = hidden[arg]
      expect(named, `${field}(${arg}) names a kind of record this test knows`).toBeDefined()
      // __typename: every field's type has it (a reminder has a key, not an id).
      const query = `subscription($id: ID) { ${field}(${arg}: $id) { __typename } }`
      for (const [kind, id] of Object.entries({
        ...named!.cases,
        absent: absentId(named!.typename),
        malformed: 'not-an-id',
      })) {
        const stream = await subscribeOverSse(
          `${server.base}/graphql`,
          query,
          { id },
          {
            authorization: `Bearer ${token}`,
          },
        )
        expect(stream.response.status).toBe(200)
        streams.push({ name: `${field}(${arg}: ${kind})`, stream })
      }
    }
    // A change to the Mật document's task, and one in the other tenant: in the hidden scopes.
    const read = await g.graphql<any>(
      'query($id: ID!) { node(id: $id) { ... on Task { version } } }',
      {
        id: tasks['215-TB/TU#1'],
      },
    )
    const update = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename } }'
    const changes = [
      await g.graphql<any>(
        update,
        {
          input: {
            id: tasks['215-TB/TU#1'],
            version: read.data.node.version,
            title: 'Mật, lần ba',
          },
        },
        ADMIN,
      ),
      await other.graphql<any>(update, {
        input: { id: otherTask.id, version: otherTask.version, title: 'Tỉnh khác' },
      }),
    ]
    expect(changes.map((c) => c.data.updateTask.__typename)).toEqual(['TaskPayload', 'TaskPayload'])
    await live.close()
    for (const { name, stream } of streams) {
      expect({ name, results: await stream.rest() }).toEqual({ name, results: [] })
    }
    await server.stop()
  })

  it("serves an anonymous GET with Accept: text/event-stream, as a browser's EventSource sends it", async () => {
    const url = new URL(`${http.base}/graphql`)
    url.searchParams.set('query', 'subscription { taskChanged { id title } }')
    const controller = new AbortController()
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    })
    expect(response.status).toBe(200)
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    const title = await retitle('06-CTr/TU#III.6', 'Báo cáo Ban Thường vụ (công khai)')
    let text = ''
    while (!text.includes('event: next')) text += (await reader.read()).value ?? ''
    while (!/event: next\ndata: .*\n\n/.test(text)) text += (await reader.read()).value ?? ''
    expect(text).toContain(title)
    controller.abort()
  })

  it('refuses an anonymous subscriber where anonymous reading is off, before it listens', async () => {
    const closed = await gatewayOver(
      { db: h.db, dispose: async () => {} },
      { security: { publicRead: false } },
    )
    const r = await closed.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { taskChanged { id } }' }),
    })
    const text = await r.text()
    expect(text).toContain('UNAUTHENTICATED')
    expect(text).toContain('CHIDAO_PUBLIC_READ')
    expect(text).not.toContain('taskChanged":{')
  })
})
