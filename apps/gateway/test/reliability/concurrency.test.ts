/**
 * Load and concurrency over real HTTP (127.0.0.1): 1,000 progress reports at once on 10 tasks,
 * every 10th one retried with its idempotency key at the same time, then 20 `updateTask` calls
 * with one version. On PGlite always; on PostgreSQL when DATABASE_URL is set.
 */
import type { Agent } from 'node:http'
import type { TestBackend } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_TEST_IDENTITY,
  gatewayHarness,
  loadExampleInto,
} from '../support/gateway-harness.js'
import { httpAgent, leakIn, listen, postGraphql, REPORT_PROGRESS } from './support.js'

const REPORTS = 1_000
const TASKS = 10
const RETRY_EVERY = 10
const UPDATERS = 20

const backends: TestBackend[] = ['pglite', 'postgres']
if (!process.env.DATABASE_URL) {
  console.log('concurrency on postgres: skipped, DATABASE_URL is not set')
}

describe.each(backends)('concurrency on %s', (backend) => {
  const skip = backend === 'postgres' && !process.env.DATABASE_URL
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let server: Awaited<ReturnType<typeof listen>>
  let agent: Agent
  let token: string
  let taskIds: string[] = []

  beforeAll(async () => {
    if (skip) return
    h = await gatewayHarness(backend)
    await loadExampleInto(h.db)
    server = await listen(h.yoga)
    agent = httpAgent(128)
    token = await h.tokenFor(DEFAULT_TEST_IDENTITY)
    const tasks = await postGraphql<{ tasks: { edges: { node: { id: string } }[] } }>(
      server.url,
      `{ tasks(first: ${TASKS}) { edges { node { id } } } }`,
      {},
      { token, agent },
    )
    taskIds = tasks.body!.data!.tasks.edges.map((e) => e.node.id)
  })
  afterAll(async () => {
    agent?.destroy()
    await server?.close()
    await h?.dispose()
  })

  async function count(table: 'progress_report' | 'audit_event', action?: string) {
    let q = h.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'))
    if (table === 'audit_event' && action) {
      q = q.where('action', '=', action) as typeof q
    }
    return Number((await q.executeTakeFirstOrThrow()).n)
  }

  it.skipIf(skip)(
    `stores ${REPORTS} concurrent progress reports exactly once, retries included`,
    async () => {
      expect(taskIds).toHaveLength(TASKS)
      const reportsBefore = await count('progress_report')
      const auditBefore = await count('audit_event', 'task.progress-report')
      const run = `${backend}-${Date.now()}`
      const send = (i: number) =>
        postGraphql<{ reportProgress: { __typename: string; report?: { id: string } } }>(
          server.url,
          REPORT_PROGRESS,
          {
            input: {
              taskId: taskIds[i % TASKS],
              percent: i % 101,
              narrative: `Báo cáo đồng thời số ${i}: đã triển khai, tổ chức quán triệt`,
              idempotencyKey: `${run}-${i}`,
            },
          },
          { token, agent },
        )
      const started = Date.now()
      const firsts = Array.from({ length: REPORTS }, (_, i) => send(i))
      const retries = Array.from({ length: REPORTS / RETRY_EVERY }, (_, k) => send(k * RETRY_EVERY))
      const answers = await Promise.all([...firsts, ...retries])
      const elapsed = Date.now() - started

      const failed = answers.filter(
        (a) =>
          a.status !== 200 || a.body?.data?.reportProgress.__typename !== 'ReportProgressPayload',
      )
      expect(failed.map((a) => a.text.slice(0, 300))).toEqual([])
      for (const a of answers) expect(leakIn(a.text)).toBeNull()
      // A retry returns the first report, not a second one.
      const ids = answers.map((a) => a.body!.data!.reportProgress.report!.id)
      for (let k = 0; k < REPORTS / RETRY_EVERY; k++) {
        expect(ids[REPORTS + k]).toBe(ids[k * RETRY_EVERY])
      }
      expect(new Set(ids).size).toBe(REPORTS)

      const stored = await h.db.kysely
        .selectFrom('progress_report')
        .select(['id', 'idempotency_key'])
        .where('idempotency_key', 'like', `${run}-%`)
        .execute()
      expect(stored).toHaveLength(REPORTS)
      expect(new Set(stored.map((r) => r.idempotency_key)).size).toBe(REPORTS)
      expect(await count('progress_report')).toBe(reportsBefore + REPORTS)
      expect(await count('audit_event', 'task.progress-report')).toBe(auditBefore + REPORTS)
      // Each report has exactly one audit event, naming it.
      const audited = await h.db.kysely
        .selectFrom('audit_event')
        .select(['entity_id'])
        .where('action', '=', 'task.progress-report')
        .where(
          'entity_id',
          'in',
          stored.map((r) => r.id),
        )
        .execute()
      expect(audited).toHaveLength(REPORTS)
      console.log(
        `[figures] ${backend}: ${REPORTS} reports + ${REPORTS / RETRY_EVERY} retries over HTTP ` +
          `(128 sockets) in ${elapsed} ms; stored ${stored.length}, audit events ${audited.length}`,
      )
    },
  )

  it.skipIf(skip)(`lets exactly one of ${UPDATERS} concurrent updateTask win`, async () => {
    const taskId = taskIds[0]!
    const current = await postGraphql<{ node: { version: number } }>(
      server.url,
      'query($id: ID!) { node(id: $id) { ... on Task { version } } }',
      { id: taskId },
      { token, agent },
    )
    const version = current.body!.data!.node.version
    const answers = await Promise.all(
      Array.from({ length: UPDATERS }, (_, i) =>
        postGraphql<{ updateTask: { __typename: string; code?: string } }>(
          server.url,
          `mutation($input: UpdateTaskInput!) { updateTask(input: $input) {
            __typename ... on Error { code message } ... on TaskPayload { task { version title } } } }`,
          { input: { id: taskId, version, title: `Tiêu đề cạnh tranh ${i}` } },
          { token, agent },
        ),
      ),
    )
    for (const a of answers) expect(leakIn(a.text)).toBeNull()
    const kinds = answers.map((a) => a.body?.data?.updateTask.__typename ?? a.text.slice(0, 200))
    expect(kinds.filter((k) => k === 'TaskPayload')).toHaveLength(1)
    expect(answers.filter((a) => a.body?.data?.updateTask.code === 'CONFLICT')).toHaveLength(
      UPDATERS - 1,
    )
    const after = await postGraphql<{ node: { version: number } }>(
      server.url,
      'query($id: ID!) { node(id: $id) { ... on Task { version } } }',
      { id: taskId },
      { token, agent },
    )
    expect(after.body!.data!.node.version).toBe(version + 1)
    console.log(
      `[figures] ${backend}: ${UPDATERS} concurrent updateTask: 1 won, ${UPDATERS - 1} CONFLICT`,
    )
  })
})
