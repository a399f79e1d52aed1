/**
 * Several gateway processes on one database, as behind any load balancer (issue 21): three
 * `chidao serve` children on one scratch PostgreSQL database. Writes are spread over them (each
 * request to the next process, as a round-robin balancer would), some retried through another
 * process with the same idempotency key; reads go to every process. Nothing acknowledged may be
 * lost or stored twice, every process must see every write, and optimistic concurrency (the
 * `version` a change carries) must hold across processes: of concurrent changes to one task from
 * the same version, through different processes, exactly one wins and the others get CONFLICT.
 * PostgreSQL only: processes cannot share an embedded PGlite.
 */
import { scratchDatabaseEnv } from '@chidao/db/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHILD_JWT_SECRET,
  childAdminToken,
  childrenAndFoldersForSuite,
  databaseIdOf,
  firstTaskIds,
  postGraphql,
  postProgressReport,
  startServing,
  stopChild,
} from './support.js'

const skip = !process.env.DATABASE_URL
if (skip) console.log('several gateway processes: skipped, DATABASE_URL is not set')

const RETITLE = `mutation($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on TaskPayload { task { version title } }
    ... on ConflictError { code }
  }
}`
const TASK = 'query($id: ID!) { node(id: $id) { ... on Task { title version } } }'
const REPORT = 'query($id: ID!) { node(id: $id) { ... on ProgressReport { id } } }'

/** The global ID of a progress report (what the API answers), from its database id. */
const reportGlobalId = (id: string) => Buffer.from(`ProgressReport:${id}`).toString('base64')

describe.skipIf(skip)('several gateway processes on one database', () => {
  const { children } = childrenAndFoldersForSuite(10_000)
  let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>
  let urls: string[] = []
  let token: string
  let taskIds: string[] = []

  /** Runs `work` with a client of the scratch database itself, not through a gateway. */
  async function inDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: scratch.env.DATABASE_URL })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    scratch = await scratchDatabaseEnv()
    const env = { ...scratch.env, CHIDAO_JWT_SECRET: CHILD_JWT_SECRET, CHIDAO_URGING: 'off' }
    // The first migrates and loads the example; the others start together and find it done.
    const first = await startServing(children, env)
    const others = await Promise.all([startServing(children, env), startServing(children, env)])
    urls = [first.url, ...others.map((o) => o.url)]
    token = await childAdminToken('several-gateways')
    taskIds = await firstTaskIds(urls[0]!, 6, { token })
    expect(taskIds.length).toBe(6)
  }, 600_000)

  afterAll(async () => {
    for (const child of children) await stopChild(child, 10_000)
    await scratch?.dispose()
  })

  it('loses and doubles nothing when writes and reads are spread over three processes', async () => {
    const writes = 60
    const acknowledged = new Map<string, string>()
    let next = 0
    // Six clients at once, each request to the next process; every fifth is sent again
    // through another process (a retry after a lost answer), with the same key.
    const client = async () => {
      while (next < writes) {
        const n = next++
        const key = `several-${n}`
        const report = { taskId: taskIds[n % taskIds.length]!, key, percent: 10 + (n % 80) }
        const answer = await postProgressReport(urls[n % urls.length]!, report, { token })
        const id = answer.body?.data?.reportProgress?.report?.id
        expect(id, answer.text).toBeTruthy()
        acknowledged.set(key, id!)
        if (n % 5 === 0) {
          const again = await postProgressReport(urls[(n + 1) % urls.length]!, report, { token })
          expect(again.body?.data?.reportProgress?.report?.id, again.text).toBe(id)
        }
      }
    }
    await Promise.all(Array.from({ length: 6 }, client))
    expect(acknowledged.size).toBe(writes)

    // Stored once each, as acknowledged, each with its audit event.
    const rows = await inDatabase(async (db) => {
      const result = await db.query<{ key: string; id: string; audited: boolean }>(
        `select p.idempotency_key as key, p.id::text as id,
           exists (select 1 from audit_event a where a.entity_id = p.id::text) as audited
         from progress_report p where p.idempotency_key like 'several-%'`,
      )
      return result.rows
    })
    expect(rows.length).toBe(writes)
    const stored = new Map(rows.map((r) => [r.key, r.id]))
    for (const [key, id] of acknowledged) expect(stored.get(key), key).toBe(id)
    expect(rows.every((r) => r.audited)).toBe(true)

    // Every process sees every report, whichever process wrote it.
    for (const [n, id] of [...acknowledged.values()].entries()) {
      const url = urls[(n + 2) % urls.length]!
      const read = await postGraphql<{ node: { id: string } | null }>(
        url,
        REPORT,
        { id: reportGlobalId(id) },
        { token },
      )
      expect(read.body?.data?.node?.id && databaseIdOf(read.body.data.node.id)).toBe(id)
    }
  })

  it('holds optimistic concurrency across processes: one change wins, the others CONFLICT', async () => {
    const taskId = taskIds[0]!
    for (let round = 0; round < 5; round++) {
      const read = await postGraphql<{ node: { version: number } }>(
        urls[round % urls.length]!,
        TASK,
        { id: taskId },
        { token },
      )
      const version = read.body!.data!.node.version
      // The same version, sent at once through each process with a title of its own.
      const answers = await Promise.all(
        urls.map((url, i) =>
          postGraphql<{
            updateTask: { __typename: string; task?: { version: number; title: string } }
          }>(
            url,
            RETITLE,
            { input: { id: taskId, version, title: `Vòng ${round}, máy ${i}` } },
            {
              token,
            },
          ),
        ),
      )
      const kinds = answers.map((a) => a.body?.data?.updateTask?.__typename)
      expect(
        kinds.filter((k) => k === 'TaskPayload'),
        JSON.stringify(kinds),
      ).toHaveLength(1)
      expect(kinds.filter((k) => k === 'ConflictError')).toHaveLength(urls.length - 1)
      const winner = answers.find((a) => a.body?.data?.updateTask?.task)!.body!.data!.updateTask
        .task!
      expect(winner.version).toBe(version + 1)
      // Every process now reads the winner's title at the new version.
      for (const url of urls) {
        const after = await postGraphql<{ node: { title: string; version: number } }>(
          url,
          TASK,
          { id: taskId },
          { token },
        )
        expect(after.body?.data?.node).toEqual({ title: winner.title, version: version + 1 })
      }
    }
  })
})
