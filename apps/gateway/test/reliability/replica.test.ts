/**
 * Read replicas (issue 21). A PRIVATE primary (initdb, wal_level=replica, a replication line in
 * pg_hba.conf) and a streaming replica of it (`pg_basebackup -R` into the same temporary
 * directory, its own port), both removed afterwards; `chidao serve` runs on them as a child
 * process with DATABASE_URL on the primary and CHIDAO_READ_URL on the replica.
 *
 * To tell where a read came from without timing anything, the test pauses the replica's replay
 * (`pg_wal_replay_pause()`): a write then stays on the primary only, and a query that does not
 * show it was answered by the replica. It proves: writes land on the primary, queries on the
 * replica, the writer reads their own write at once (the gateway waits briefly for the replica,
 * then reads from the primary; another process learns the position from the
 * `x-chidao-wal-lsn` header), and the gateway keeps answering when the replica stops, `/ready`
 * saying "degraded" and naming it.
 *
 * Needs PostgreSQL's server binaries and pg_basebackup; without them it is skipped.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  basebackupReplica,
  clusterDirectory,
  findPostgresBinaries,
  initPrivateServer,
  type PrivateServer,
  removeClusterDirectory,
} from './private-cluster.js'
import {
  CHILD_JWT_SECRET,
  type Child,
  childAdminToken,
  startCli,
  stopChild,
  waitForUrl,
} from './support.js'

const found = findPostgresBinaries()
if ('reason' in found) console.log(`read replicas: skipped, ${found.reason}`)

/** A GraphQL answer with the response's headers. */
interface Answer {
  readonly status: number
  readonly body: { data?: any; errors?: { extensions?: { code?: string } }[] }
  readonly headers: Headers
}

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, body: await response.json(), headers: response.headers }
}

const TITLE = 'query($id: ID!) { node(id: $id) { ... on Task { title version } } }'
const RETITLE = `mutation($input: UpdateTaskInput!) {
  updateTask(input: $input) { __typename ... on TaskPayload { task { version } } }
}`

describe.skipIf('reason' in found)('read replicas', () => {
  const bin = 'bin' in found ? found.bin : ''
  let dir: string | null = null
  let primary: PrivateServer | null = null
  let replica: PrivateServer | null = null
  let gateway: Child | null = null
  let url: string
  let writer: string
  let onlooker: string
  let taskId: string

  /** Runs one statement on a server of the cluster, not through the gateway. */
  async function on<T extends pg.QueryResultRow>(server: PrivateServer, text: string) {
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    try {
      return (await client.query<T>(text)).rows
    } finally {
      await client.end()
    }
  }

  /** Waits until the replica has replayed all the primary has written so far. */
  async function replicaCaughtUp(): Promise<void> {
    const [current] = await on<{ lsn: string }>(primary!, 'select pg_current_wal_lsn()::text lsn')
    const lsn = current!.lsn
    for (;;) {
      const [row] = await on<{ done: boolean }>(
        replica!,
        `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as done`,
      )
      if (row?.done) return
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  const title = async (token: string, headers: Record<string, string> = {}) => {
    const answer = await graphql(url, TITLE, { id: taskId }, token, headers)
    expect(answer.body.errors).toBeUndefined()
    return answer.body.data.node as { title: string; version: number }
  }

  async function retitle(text: string): Promise<Answer> {
    const { version } = await title(writer)
    const answer = await graphql(
      url,
      RETITLE,
      { input: { id: taskId, version, title: text } },
      writer,
    )
    expect(answer.body.data?.updateTask?.__typename, JSON.stringify(answer.body)).toBe(
      'TaskPayload',
    )
    return answer
  }

  const ready = async () => {
    const response = await fetch(url.replace('/graphql', '/ready'))
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  beforeAll(async () => {
    dir = await clusterDirectory('chidao-replica-')
    primary = await initPrivateServer(bin, dir, 'primary', { replication: true })
    primary.start()
    replica = await basebackupReplica(bin, dir, 'replica', primary)
    replica.start()
    gateway = startCli(['serve'], {
      DATABASE_URL: primary.url,
      CHIDAO_READ_URL: replica.url,
      CHIDAO_JWT_SECRET: CHILD_JWT_SECRET,
      CHIDAO_TENANT: 'demo',
      CHIDAO_SEED: 'example',
      CHIDAO_URGING: 'off',
    })
    url = await waitForUrl(gateway)
    writer = await childAdminToken('replica-writer')
    onlooker = await childAdminToken('replica-onlooker')
    await replicaCaughtUp()
    const tasks = await graphql(url, '{ tasks(first: 1) { edges { node { id } } } }', {}, onlooker)
    taskId = tasks.body.data.tasks.edges[0].node.id
  }, 300_000)

  afterAll(async () => {
    await stopChild(gateway)
    replica?.kill()
    primary?.kill()
    if (dir) await removeClusterDirectory(dir)
  })

  it('reads from the replica, writes to the primary, and the writer reads their own write', async () => {
    expect((await ready()).status).toBe(200)
    await retitle('Trước khi tạm dừng bản sao')
    await replicaCaughtUp()
    await on(replica!, 'select pg_wal_replay_pause()')
    try {
      const written = await retitle('Ghi trên máy chính')
      const position = written.headers.get('x-chidao-wal-lsn')
      expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/)

      // The write is on the primary only (the replica cannot take writes at all).
      const [onPrimary] = await on<{ title: string }>(
        primary!,
        "select title from task where title = 'Ghi trên máy chính'",
      )
      expect(onPrimary?.title).toBe('Ghi trên máy chính')
      const [onReplica] = await on<{ n: number }>(
        replica!,
        "select count(*)::int n from task where title = 'Ghi trên máy chính'",
      )
      expect(onReplica?.n).toBe(0)

      // Another caller's query is answered by the replica: it does not show the write yet.
      expect((await title(onlooker)).title).toBe('Trước khi tạm dừng bản sao')
      // The writer's is not: the replica has not replayed their write, so the primary answers.
      expect((await title(writer)).title).toBe('Ghi trên máy chính')
      // A client (or another gateway process) that sends the position back reads it too.
      expect((await title(onlooker, { 'x-chidao-wal-lsn': position! })).title).toBe(
        'Ghi trên máy chính',
      )
      // A header that is no WAL position is ignored, not an error.
      expect((await title(onlooker, { 'x-chidao-wal-lsn': 'nonsense' })).title).toBe(
        'Trước khi tạm dừng bản sao',
      )
    } finally {
      await on(replica!, 'select pg_wal_replay_resume()')
    }
    await replicaCaughtUp()
    expect((await title(onlooker)).title).toBe('Ghi trên máy chính')
    expect((await title(writer)).title).toBe('Ghi trên máy chính')
  })

  it('keeps answering from the primary when the replica stops, /ready saying degraded', async () => {
    replica!.stop()
    await retitle('Bản sao đã dừng')
    // Reads go to the primary: they answer, and show every write.
    expect((await title(onlooker)).title).toBe('Bản sao đã dừng')
    expect((await title(writer)).title).toBe('Bản sao đã dừng')
    const degraded = await ready()
    expect(degraded.status).toBe(200)
    expect(degraded.body).toMatchObject({
      ready: true,
      degraded: true,
      code: 'READ_REPLICA_UNAVAILABLE',
      replicas: [{ replica: replica!.url, healthy: false }],
    })
    expect(degraded.body.message).toContain(`127.0.0.1:${replica!.port}`)
    expect(degraded.body.messageVi).toContain('suy giảm')

    // Started again, it is used again: /ready says so and queries read from it.
    replica!.start()
    await replicaCaughtUp()
    for (;;) {
      const again = await ready()
      if (again.status === 200 && again.body === null) break
      await new Promise((r) => setTimeout(r, 200))
    }
    await on(replica!, 'select pg_wal_replay_pause()')
    try {
      await on(
        primary!,
        `update task set title = 'Chỉ trên máy chính' where title = 'Bản sao đã dừng'`,
      )
      expect((await title(onlooker)).title).toBe('Bản sao đã dừng')
    } finally {
      await on(replica!, 'select pg_wal_replay_resume()')
    }
    expect(gateway!.process.exitCode).toBeNull()
  })
})
