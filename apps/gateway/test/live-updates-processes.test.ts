import { randomUUID } from 'node:crypto'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import type { TenantId } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintDevelopmentToken } from '../src/auth/mint-token.js'
import type { Role } from '../src/auth/viewer.js'
import {
  CHILD_JWT_SECRET,
  childrenAndFoldersForSuite,
  startCli,
  startServing,
  stopChild,
} from './reliability/support.js'
import { type SseSubscription, subscribeOverSse } from './support/sse-subscription.js'

/**
 * Live updates across gateway processes (issue 18): `chidao serve` children on one PostgreSQL
 * database. With REDIS_URL (and a channel prefix of this run), a client subscribed to one
 * process hears of a change made through another; without it, events stay in the process that
 * made them. PostgreSQL only: two processes cannot share an embedded PGlite.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const skip = !process.env.DATABASE_URL
if (skip) console.log('live updates across processes: skipped, DATABASE_URL is not set')

const TASK_CHANGED = `subscription($org: ID) {
  taskChanged(organizationId: $org) { id title lead { code } }
}`

describe.skipIf(skip)('live updates across gateway processes on postgres', () => {
  const { children } = childrenAndFoldersForSuite(10_000)
  const prefix = `chidao-test:${randomUUID()}:`
  let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>
  let viaRedis: [string, string]
  const tasks: Record<string, string> = {}
  const orgs: Record<string, string> = {}
  const open: SseSubscription[] = []

  async function serve(env: Record<string, string>): Promise<string> {
    const { url } = await startServing(children, {
      ...scratch.env,
      CHIDAO_JWT_SECRET: CHILD_JWT_SECRET,
      ...env,
    })
    return url
  }

  const token = (roles: Role[], clearance: 'PUBLIC' | 'TUYET_MAT', subject: string) =>
    mintDevelopmentToken(CHILD_JWT_SECRET, {
      subject,
      tenantId: 'demo' as TenantId,
      organizationCode: null,
      roles,
      clearance,
      ttlSeconds: 3600,
    })

  async function post<T = any>(url: string, query: string, variables = {}): Promise<T> {
    const r = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token(['ADMIN'], 'TUYET_MAT', 'live-admin')}`,
      },
      body: JSON.stringify({ query, variables }),
    })
    const body = (await r.json()) as { data: T; errors?: unknown }
    expect(body.errors).toBeUndefined()
    return body.data
  }

  /** Gives the task a new title through the gateway at `url`. */
  async function retitle(url: string, key: string, title: string): Promise<void> {
    const id = tasks[key]!
    const read = await post(url, 'query($id: ID!) { node(id: $id) { ... on Task { version } } }', {
      id,
    })
    const r = await post(
      url,
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename } }`,
      { input: { id, version: read.node.version, title } },
    )
    expect(r.updateTask.__typename).toBe('TaskPayload')
  }

  async function subscribe(url: string): Promise<SseSubscription> {
    const live = await subscribeOverSse(
      url,
      TASK_CHANGED,
      { org: orgs.TU },
      {
        authorization: `Bearer ${await token(['VIEWER'], 'PUBLIC', 'live-viewer')}`,
      },
    )
    open.push(live)
    expect(live.response.status).toBe(200)
    return live
  }

  beforeAll(async () => {
    scratch = await scratchDatabaseEnv()
    const redis = { REDIS_URL, CHIDAO_LIVE_CHANNEL_PREFIX: prefix }
    // One after the other: the first migrates and loads the example, the second finds it done.
    const first = await serve(redis)
    viaRedis = [first, await serve(redis)]
    const data = await post(
      first,
      `{ tasks(first: 100) { edges { node { id reference directive { symbol } } } }
         organizations(first: 100) { edges { node { id code } } } }`,
    )
    for (const { node } of data.tasks.edges) {
      tasks[`${node.directive.symbol}#${node.reference}`] = node.id
    }
    for (const { node } of data.organizations.edges) orgs[node.code] = node.id
  })
  afterAll(async () => {
    for (const live of open) await live.close()
    for (const child of children) await stopChild(child, 10_000)
    await scratch?.dispose()
  })

  it('tells a subscriber of one process of a change made through another, through Redis', async () => {
    const [subscribed, changing] = viaRedis
    const live = await subscribe(subscribed)
    // Redis subscribes asynchronously: change the task again until the first event comes.
    const heard = live.next<any>()
    let attempt = 0
    let arrived = false
    void heard.then(() => {
      arrived = true
    })
    while (!arrived) {
      attempt++
      await retitle(changing, '06-CTr/TU#II.1', `Quán triệt (lần ${attempt})`)
      await Promise.race([heard, new Promise((resolve) => setTimeout(resolve, 500))])
    }
    const event = await heard
    expect(event?.data.taskChanged).toMatchObject({
      id: tasks['06-CTr/TU#II.1'],
      title: expect.stringMatching(/^Quán triệt \(lần \d+\)$/),
      lead: { code: 'BTG-TU' },
    })
  })

  it('keeps events in the process that made them without REDIS_URL, and completes them on stop', async () => {
    const alone = await serve({})
    const child = children.at(-1)!
    const live = await subscribe(alone)
    await retitle(viaRedis[0], '06-CTr/TU#II.2.a', 'Thay đổi qua tiến trình khác')
    await retitle(alone, '06-CTr/TU#III.1', 'Thay đổi qua chính tiến trình này')
    const first = await live.next<any>()
    expect(first?.data.taskChanged).toMatchObject({
      id: tasks['06-CTr/TU#III.1'],
      title: 'Thay đổi qua chính tiến trình này',
      lead: { code: 'BTG-TU' },
    })
    // SIGTERM: the open stream is completed (event: complete), and the process ends cleanly.
    child.process.kill('SIGTERM')
    expect(await live.next()).toBeNull()
    expect(await child.exited).toBe(0)
  })

  it('stops a process subscribed through Redis cleanly, its streams completed', async () => {
    const live = await subscribe(viaRedis[1])
    const child = children[1]!
    child.process.kill('SIGTERM')
    expect(await live.next()).toBeNull()
    expect(await child.exited).toBe(0)
  })

  it('refuses to start when Redis does not answer at REDIS_URL, naming where without the password', async () => {
    const child = startCli(['serve'], {
      ...scratch.env,
      CHIDAO_JWT_SECRET: CHILD_JWT_SECRET,
      REDIS_URL: 'redis://user:s3cret@127.0.0.1:1',
    })
    children.push(child)
    expect(await child.exited).not.toBe(0)
    expect(child.output()).toContain('Redis at 127.0.0.1:1 (REDIS_URL) did not answer')
    expect(child.output()).not.toContain('s3cret')
  })
})
