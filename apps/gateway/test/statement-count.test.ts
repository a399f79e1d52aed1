import { readFile } from 'node:fs/promises'
import { EXAMPLE_BUNDLE_FILE, importBundle } from '@chidao/db'
import { testBackends } from '@chidao/db/testing'
import { parseBundle } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayHarness, TEST_TENANT } from './support/gateway-harness.js'

/**
 * No N+1: the number of SQL statements a request runs must not grow with the page size.
 *
 * What is counted: every statement Kysely reports through `onQuery`. With Kysely 0.28 on both
 * dialects that includes BEGIN and COMMIT (the drivers send them through the same logged
 * connection) and the `set_config` that fences each tenant transaction to a tenant and a
 * clearance, so `statements` is the number of round trips to the database; `queries` leaves
 * out BEGIN, COMMIT and the fences, and `transactions` counts the BEGINs.
 */

const EXTRA_ORGANIZATIONS = 110
const EXTRA_TASKS = 120

/** The example bundle plus many organisations and tasks, some cascaded, most reported on. */
async function syntheticBundle() {
  const raw = JSON.parse(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'))
  const codes = Array.from(
    { length: EXTRA_ORGANIZATIONS },
    (_, i) => `SYN-${String(i + 1).padStart(3, '0')}`,
  )
  raw.tenant = { id: TEST_TENANT, name: 'Tỉnh thử nghiệm' }
  raw.organizations.push(
    ...codes.map((code, i) => ({
      code,
      name: `Đơn vị tổng hợp ${i + 1}`,
      kind: 'DEPARTMENT',
      level: 'PROVINCE',
      // Every parent differs, so `parent` must be batched to stay constant.
      parent: i === 0 ? 'UBND-TINH' : codes[i - 1],
    })),
  )
  const quarters = ['I', 'II', 'III', 'IV']
  for (let i = 0; i < EXTRA_TASKS; i++) {
    const cascaded = i % 4 === 3
    raw.tasks.push({
      directive: cascaded ? '128/KH-UBND' : '06-CTr/TU',
      reference: `S.${i + 1}`,
      ...(cascaded ? { parent: `06-CTr/TU#S.${i}` } : {}),
      title: `Nhiệm vụ tổng hợp số ${i + 1}`,
      lead: codes[i % codes.length],
      coordinators: [codes[(i + 1) % codes.length], codes[(i + 7) % codes.length]],
      deadline: `Quý ${quarters[i % 4]}/${2024 + (i % 4)}`,
      status: 'IN_PROGRESS',
      progressReports:
        i % 3 === 0
          ? []
          : [
              { reportedOn: '2024-01-10', organization: codes[i % codes.length], percent: 20 },
              { reportedOn: '2025-06-10', organization: codes[i % codes.length], percent: 55 },
            ],
    })
  }
  const parsed = parseBundle(raw)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.slice(0, 3), null, 2))
  return parsed.value
}

const TASKS_QUERY = `query Tasks($first: Int!) {
  tasks(first: $first, asOf: "2026-03-01") {
    totalCount
    edges { node {
      title
      status
      lead { name }
      coordinators { name }
      directive { symbol }
      deadline { due }
      progressReports { percent }
      subtasks { title }
      timeliness
      progress
    } }
  }
}`

const ORGANIZATION_PARENTS_QUERY = `query Organizations($first: Int!) {
  organizations(first: $first) { edges { node { code parent { name } } } }
}`

const ORGANIZATION_TASKS_QUERY = `query Organizations($first: Int!) {
  organizations(first: $first) {
    edges { node { id code parent { name } tasks(first: 5) { totalCount } } }
  }
}`

/** A question of the benchmarks, as `bench/national/queries` writes it. */
const benchQuery = (name: string) =>
  readFile(new URL(`../../../bench/national/queries/${name}.graphql`, import.meta.url), 'utf8')

describe.each(testBackends())('SQL statements per request on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let statements: string[] = []

  beforeAll(async () => {
    h = await gatewayHarness(backend, {
      onQuery: (event) => {
        statements.push(event.query.sql)
      },
      // The cost of a 100-item page with seven nested lists is above the default limit.
      limits: { maxCost: 100_000 },
    })
    const report = await importBundle(
      h.db,
      await syntheticBundle(),
      { actor: 'test' },
      { clearance: 'TUYET_MAT' },
    )
    expect(report.tasks.created).toBeGreaterThanOrEqual(EXTRA_TASKS)
  })
  afterAll(() => h?.dispose())

  /** Runs a document and gives what it cost in statements and transactions. */
  async function measure(query: string, first: number, variables: Record<string, unknown> = {}) {
    statements = []
    const r = await h.graphql<Record<string, any>>(query, { first, ...variables })
    expect(r.errors).toBeUndefined()
    const isBegin = (s: string) => /^\s*(begin|start transaction)\b/i.test(s)
    const isControl = (s: string) =>
      isBegin(s) || /^\s*(commit|rollback)\b/i.test(s) || s.includes("set_config('role'")
    return {
      data: r.data!,
      statements: statements.length,
      queries: statements.filter((s) => !isControl(s)).length,
      transactions: statements.filter(isBegin).length,
    }
  }

  /** The provincial people's committee the benchmarks ask about. */
  async function provinceCommitteeId(): Promise<string> {
    const org = await h.graphql<Record<string, any>>(
      `{ organizations(filter: { search: "UBND tỉnh" }, first: 1) { edges { node { id } } } }`,
    )
    return org.data!.organizations.edges[0].node.id
  }

  /**
   * The answer to a benchmark's question about the provincial people's committee as of
   * 2026-03-01, with only its own statements recorded.
   */
  async function benchAnswer(question: string): Promise<Record<string, any>> {
    const document = await benchQuery(question)
    const organizationId = await provinceCommitteeId()
    statements = []
    const r = await h.graphql<Record<string, any>>(document, { organizationId, asOf: '2026-03-01' })
    expect(r.errors).toBeUndefined()
    return r.data!
  }

  function print(label: string, n: number, m: Awaited<ReturnType<typeof measure>>) {
    console.log(
      `[${backend}] ${label} first=${n}: ${m.statements} statements ` +
        `(${m.queries} queries, ${m.transactions} transactions)`,
    )
  }

  /**
   * Runs a document for the first 10 and the first 100, prints what each cost, and expects the
   * same number of statements for both: batched, not one more per item.
   */
  async function sameStatementsFor10And100(
    label: string,
    query: string,
    variablesFor: (first: number) => Record<string, unknown> = () => ({}),
  ) {
    const ten = await measure(query, 10, variablesFor(10))
    const hundred = await measure(query, 100, variablesFor(100))
    print(label, 10, ten)
    print(label, 100, hundred)
    expect(hundred.statements).toBe(ten.statements)
    return { ten, hundred }
  }

  /**
   * Three organisations of a batched answer holding more than `moreThan` tasks, each with what
   * `query` answers when asked of it alone (its global ID as `$id`): the batch must agree.
   */
  async function threeOnTheirOwn(batched: Record<string, any>, moreThan: number, query: string) {
    const edges = batched.organizations.edges.filter((e: any) => e.node.tasks.totalCount > moreThan)
    expect(edges.length).toBeGreaterThan(2)
    const alone: { edge: any; answer: Record<string, any> }[] = []
    for (const edge of edges.slice(0, 3)) {
      const r = await h.graphql<Record<string, any>>(query, { id: edge.node.id })
      alone.push({ edge, answer: r.data! })
    }
    return alone
  }

  it('has at least 100 tasks and organisations to page through', async () => {
    const r = await h.graphql<{ tasks: { totalCount: number }; organizations: any }>(
      `{ tasks { totalCount } organizations { totalCount } }`,
    )
    expect(r.data!.tasks.totalCount).toBeGreaterThanOrEqual(EXTRA_TASKS)
    expect(r.data!.organizations.totalCount).toBeGreaterThanOrEqual(100)
  })

  it('runs as many statements for 100 tasks as for 10', async () => {
    const { ten, hundred } = await sameStatementsFor10And100('tasks', TASKS_QUERY)
    if (process.env.DEBUG_SQL) {
      const tally = new Map<string, number>()
      for (const s of statements) tally.set(s.slice(0, 160), (tally.get(s.slice(0, 160)) ?? 0) + 1)
      console.log([...tally].map(([k, v]) => `${v}× ${k}`).join('\n'))
    }
    expect(ten.data.tasks.edges).toHaveLength(10)
    expect(hundred.data.tasks.edges).toHaveLength(100)
    // The page really touches what is counted: progress, subtasks and reports are filled in.
    const nodes = hundred.data.tasks.edges.map((e: any) => e.node)
    expect(nodes.some((n: any) => n.progress === 55)).toBe(true)
    expect(nodes.some((n: any) => n.subtasks.length > 0)).toBe(true)
    expect(nodes.some((n: any) => n.progressReports.length === 2)).toBe(true)
    // A query is one read transaction, however many repositories it asks.
    expect(hundred.transactions).toBe(1)
    expect(hundred.statements).toBe(hundred.queries + 3)
  })

  it('answers the urge list of the benchmarks (question 1) in 4 statements', async () => {
    const nodes = (await benchAnswer('q1-urge-list')).tasks.edges.map((e: any) => e.node)
    expect(nodes.length).toBeGreaterThan(5)
    expect(nodes.every((n: any) => n.lead.name && n.directive.symbol)).toBe(true)
    expect(nodes.some((n: any) => n.coordinators.length > 0)).toBe(true)
    expect(nodes.some((n: any) => n.progressReports.length > 0)).toBe(true)
    console.log(`[${backend}] urge list (q1): ${statements.length} statements`)
    // BEGIN, the tenant fence, the page with its organisations, documents and reports, COMMIT.
    expect(statements).toHaveLength(4)
  })

  it('answers the node fan-out of the benchmarks (question 4) in as many statements for 100 tasks as for 10', async () => {
    const document = await benchQuery('q4-nodes')
    const page = await h.graphql<Record<string, any>>(
      `{ tasks(first: 100, orderBy: DUE_ASC) { edges { node { id } } } }`,
    )
    const ids: string[] = page.data!.tasks.edges.map((e: any) => e.node.id)
    expect(ids).toHaveLength(100)
    const { hundred } = await sameStatementsFor10And100(
      'nodes(ids:) of tasks (q4)',
      document,
      (first) => ({ ids: ids.slice(0, first) }),
    )
    const nodes = hundred.data.nodes as any[]
    expect(nodes).toHaveLength(100)
    expect(nodes.every((n) => n.lead.name && n.directive.symbol)).toBe(true)
    expect(nodes.some((n) => n.coordinators.length > 0)).toBe(true)
    expect(nodes.some((n) => n.progressReports.some((r: any) => r.organization.code))).toBe(true)
    // BEGIN, the fence, the tasks with their organisations, documents and reports, COMMIT.
    expect(hundred.statements).toBe(4)
    // The same answer as one task at a time.
    for (const i of [0, 37, 99]) {
      const alone = await h.graphql<Record<string, any>>(document, { ids: [ids[i]] })
      expect(alone.data!.nodes[0]).toEqual(nodes[i])
    }
    // Ids of other types, absent tasks, repeats and another spelling keep their places.
    const organizationId = await provinceCommitteeId()
    const absent = Buffer.from('Task:00000000-0000-4000-8000-000000000000').toString('base64')
    const mixed = [ids[5]!, organizationId, absent, ids[5]!, ids[6]!]
    const together = await h.graphql<Record<string, any>>(document, { ids: mixed })
    expect(together.errors).toBeUndefined()
    expect(together.data!.nodes).toEqual([nodes[5], {}, null, nodes[5], nodes[6]])
  })

  it('answers the scorecard of the benchmarks (question 2) in a bounded number of statements', async () => {
    const card = (await benchAnswer('q2-scorecard')).scorecard
    expect(card.counts.total).toBeGreaterThan(EXTRA_TASKS)
    expect(card.byLead.length).toBeGreaterThan(100)
    expect(card.byLead.every((line: any) => line.organization.code)).toBe(true)
    console.log(`[${backend}] scorecard (q2): ${statements.length} statements`)
    // BEGIN, the fence, the counts per lead with the leads themselves (one statement, one
    // pass over the tasks), COMMIT — for any number of tasks and leads.
    expect(statements.length).toBeLessThanOrEqual(4)
  })

  it('answers the missing reports of the benchmarks (question 6) in as many statements for six years as for a half-year', async () => {
    const document = await benchQuery('q6-missing-reports')
    const organizationId = await provinceCommitteeId()
    const ask = async (from: string, to: string) => {
      statements = []
      const r = await h.graphql<Record<string, any>>(document, {
        organizationId,
        from,
        to,
        asOf: '2026-12-01',
      })
      expect(r.errors).toBeUndefined()
      const calendar = r.data!.reportingCalendar
      const owed = calendar.totals.reduce(
        (n: number, t: any) => n + t.received + t.receivedLate + t.missing + t.notYetDue,
        0,
      )
      return { calendar, owed, statements: statements.length }
    }
    const half = await ask('2025-01-01', '2025-06-30')
    const years = await ask('2021-01-01', '2026-06-30')
    console.log(
      `[${backend}] missing reports (q6): ${half.statements} statements for ${half.owed} reports owed, ${years.statements} for ${years.owed}`,
    )
    // The 110 organisations below UBND-TINH lead tasks of 06-CTr/TU, whose rule asks for
    // 6-monthly and yearly reports: many more periods and organisations over six years.
    expect(years.owed).toBeGreaterThan(half.owed * 5)
    expect(years.calendar.expectedReports.length).toBeGreaterThan(
      half.calendar.expectedReports.length,
    )
    expect(years.calendar.expectedReports.every((e: any) => e.status === 'MISSING')).toBe(true)
    expect(years.statements).toBe(half.statements)
    // BEGIN, the fence, the organisation, JIT off, the calendar, its organisations and
    // documents (and tasks, when a task's duty is listed), COMMIT.
    expect(years.statements).toBeLessThanOrEqual(9)
  })

  it('reads before a progress report in one transaction, then writes in another', async () => {
    const page = await h.graphql<Record<string, any>>(
      `{ tasks(first: 1, filter: { status: [IN_PROGRESS] }) { edges { node { id } } } }`,
    )
    const taskId = page.data!.tasks.edges[0].node.id
    const m = await measure(
      `mutation($taskId: ID!) { reportProgress(input: { taskId: $taskId, percent: 40 }) {
        __typename ... on ReportProgressPayload { report { id percent } } } }`,
      0,
      { taskId },
    )
    expect(m.data.reportProgress.__typename).toBe('ReportProgressPayload')
    print('reportProgress', 1, m)
    // The task, the permission check and the caller's organisation: one read transaction.
    expect(m.transactions).toBe(2)
  })

  it('gives the latest reported figure as progress, in the batch', async () => {
    const r = await measure(TASKS_QUERY, 100)
    for (const { node } of r.data.tasks.edges) {
      const figures = node.progressReports
        .map((p: any) => p.percent)
        .filter((p: unknown) => p !== null)
      expect(node.progress).toBe(node.status === 'COMPLETED' ? 100 : (figures.at(-1) ?? null))
    }
  })

  it('runs as many statements for 100 organisations with their parents as for 10', async () => {
    const { hundred } = await sameStatementsFor10And100(
      'organizations { parent }',
      ORGANIZATION_PARENTS_QUERY,
    )
    expect(hundred.data.organizations.edges).toHaveLength(100)
  })

  it('counts the tasks of 100 organisations in as many statements as of 10', async () => {
    const { hundred } = await sameStatementsFor10And100(
      'organizations { parent tasks(first: 5) { totalCount } }',
      ORGANIZATION_TASKS_QUERY,
    )
    // The batched totals are the totals each list gives on its own.
    const alone = await threeOnTheirOwn(
      hundred.data,
      0,
      `query($id: ID!) { tasks(filter: { involvedOrganizationId: $id }) { totalCount } }`,
    )
    for (const { edge, answer } of alone) {
      expect(answer.tasks.totalCount).toBe(edge.node.tasks.totalCount)
    }
  })

  it('lists the first tasks of 100 organisations in as many statements as of 10', async () => {
    const query = `query Organizations($first: Int!) {
      organizations(first: $first) {
        edges { node { id tasks(first: 3, orderBy: DUE_ASC) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { title lead { name } } }
        } } }
      }
    }`
    const { hundred } = await sameStatementsFor10And100(
      'organizations { tasks(first: 3) { edges } }',
      query,
    )
    // Each batched page is the page the same list gives on its own, cursors included.
    const alone = await threeOnTheirOwn(
      hundred.data,
      3,
      `query($id: ID!) { node(id: $id) { ... on Organization { tasks(first: 3, orderBy: DUE_ASC) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { title lead { name } } }
      } } } }`,
    )
    for (const { edge, answer } of alone) {
      expect(edge.node.tasks).toEqual(answer.node.tasks)
      // And the cursor of a batched page reads on.
      const next = await h.graphql<Record<string, any>>(
        `query($id: ID!, $after: String) { node(id: $id) { ... on Organization {
          tasks(first: 3, orderBy: DUE_ASC, after: $after) { edges { node { title } } } } } }`,
        { id: edge.node.id, after: edge.node.tasks.pageInfo.endCursor },
      )
      expect(next.errors).toBeUndefined()
      expect(next.data!.node.tasks.edges.length).toBeGreaterThan(0)
    }
  })

  it('counts the tasks of every document of a chain in one statement', async () => {
    const chain = await measure(
      `{ directive(symbol: "42-CT/TW") { implementedBy { symbol tasks { totalCount } } } }`,
      0,
    )
    const documents = chain.data.directive.implementedBy.length
    expect(documents).toBeGreaterThan(2)
    const bare = await measure(`{ directive(symbol: "42-CT/TW") { implementedBy { symbol } } }`, 0)
    print(`chain of ${documents} documents with task totals`, documents, chain)
    // The totals come along in the statement that walks the chain (see the q3 case below).
    expect(chain.queries).toBe(bare.queries)
    expect(chain.transactions).toBe(1)
  })

  it('answers the chain question (q3) in the look-up and one statement, however long', async () => {
    const document = await benchQuery('q3-chain')
    const answers: Record<string, any>[] = []
    const costs: number[] = []
    // 06-CTr/TU has a chain up (93-KL/TW, 42-CT/TW) and documents below; 42-CT/TW, at the
    // root, has the whole tree below it: more documents, the same statements.
    for (const symbol of ['06-CTr/TU', '42-CT/TW']) {
      const m = await measure(document, 0, { symbol })
      const d = m.data.directive
      const documents = 1 + d.implementationChain.length + d.implementedBy.length
      console.log(`[${backend}] q3 chain of ${symbol} (${documents} documents):`)
      for (const s of statements) console.log(`  ${s.replace(/\s+/g, ' ').slice(0, 140)}`)
      print(`q3 chain of ${symbol}`, documents, m)
      // BEGIN, the fence, the document by its symbol, its walks with their totals, COMMIT.
      expect(m.statements).toBeLessThanOrEqual(5)
      expect(m.transactions).toBe(1)
      answers.push(d)
      costs.push(m.statements)
    }
    expect(answers[0]!.implementationChain.length).toBeGreaterThan(0)
    expect(answers[0]!.implementedBy.length).toBeGreaterThan(0)
    expect(answers[1]!.implementedBy.length).toBeGreaterThan(answers[0]!.implementedBy.length)
    expect(costs[1]).toBe(costs[0])
    // The answer read ahead is the one each field gives on its own (through `node`, which reads
    // no walk ahead).
    for (const answer of answers) {
      const found = await h.graphql<Record<string, any>>(
        `query($symbol: String!) { directive(symbol: $symbol) { id } }`,
        { symbol: answer.symbol },
      )
      const alone = await h.graphql<Record<string, any>>(
        `query($id: ID!) { node(id: $id) { ... on Directive {
          symbol title tasks(first: 1) { totalCount }
          implementationChain { symbol title tasks(first: 1) { totalCount } }
          implementedBy { symbol title tasks(first: 1) { totalCount } }
        } } }`,
        { id: found.data!.directive.id },
      )
      expect(alone.errors).toBeUndefined()
      expect(alone.data!.node).toEqual(answer)
      const totals = [answer, ...answer.implementationChain, ...answer.implementedBy].map(
        (d: any) => d.tasks.totalCount,
      )
      expect(totals.some((n: number) => n > 0)).toBe(true)
    }
  })
})
