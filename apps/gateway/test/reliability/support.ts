/**
 * Helpers of the reliability suite: real HTTP on 127.0.0.1 (a keep-alive agent with a bounded
 * number of sockets), the gateway CLI as a child process, and checks that a response leaks
 * nothing (no stack, no SQL text).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { chmod, rm } from 'node:fs/promises'
import { Agent, createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChidaoDatabase } from '@chidao/db'
import { asId, type TenantId } from '@chidao/domain'
import { afterAll } from 'vitest'
import { mintDevelopmentToken } from '../../src/auth/mint-token.js'
import { outputOf } from './child-output.js'

/** apps/gateway, where the CLI runs from. */
export const GATEWAY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * How long a test waits for a child process before it calls it hung: long, because a loaded
 * machine starts Node, tsx and PGlite many times slower than a quiet one, and a slow start is
 * not a failure. Speed is measured in bench/, never in a test.
 */
export const HANG_GUARD_MS = 600_000

/** The HS256 secret child gateways verify with (at least 32 bytes). */
export const CHILD_JWT_SECRET = 'chidao-reliability-secret-0123456789abcdef-0123456789abcdef'

/**
 * A bearer token a child gateway accepts: an ADMIN of the demo tenant cleared TUYET_MAT, for an
 * hour, named `subject` in the audit trail.
 */
export function childAdminToken(subject: string): Promise<string> {
  return mintDevelopmentToken(CHILD_JWT_SECRET, {
    subject,
    tenantId: asId<TenantId>('demo'),
    organizationCode: null,
    roles: ['ADMIN'],
    clearance: 'TUYET_MAT',
    ttlSeconds: 3600,
  })
}

/** A GraphQL answer over HTTP: status, parsed body (or null) and raw text. */
export interface HttpAnswer<T = Record<string, unknown>> {
  readonly status: number
  readonly body: {
    data?: T
    errors?: { message: string; extensions?: Record<string, unknown> }[]
  } | null
  readonly text: string
}

/** Serves a fetch-style handler (yoga) on 127.0.0.1 on a free port. */
export async function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer(handler)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** A keep-alive agent: every request is sent at once and queued over at most `sockets`. */
export function httpAgent(sockets = 128): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets })
}

/**
 * POSTs a GraphQL document over real HTTP; never throws for an HTTP status, only for I/O. Gives
 * up on a silent server after `timeoutMs` (default {@link HANG_GUARD_MS}: a guard against a
 * hang, as a loaded machine answers many times slower than a quiet one).
 */
export function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string; agent?: Agent; timeoutMs?: number } = {},
): Promise<HttpAnswer<T>> {
  return postBody<T>(url, JSON.stringify({ query, variables }), options)
}

/** The ids of the first `count` tasks a child gateway lists (of its seeded programme). */
export async function firstTaskIds(
  url: string,
  count: number,
  options: { token: string; agent?: Agent },
): Promise<string[]> {
  const tasks = await postGraphql<{ tasks: { edges: { node: { id: string } }[] } }>(
    url,
    'query($first: Int!) { tasks(first: $first) { edges { node { id } } } }',
    { first: count },
    options,
  )
  return tasks.body!.data!.tasks.edges.map((e) => e.node.id)
}

/** POSTs a raw JSON body (a batch, a hand-built deep value…) over real HTTP. */
export function postBody<T = Record<string, unknown>>(
  url: string,
  payload: string,
  options: { token?: string; agent?: Agent; timeoutMs?: number } = {},
): Promise<HttpAnswer<T>> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: options.agent,
        timeout: options.timeoutMs ?? HANG_GUARD_MS,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let body: HttpAnswer<T>['body'] = null
          try {
            body = JSON.parse(text)
          } catch {
            body = null
          }
          resolve({ status: res.statusCode ?? 0, body, text })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} in time`)))
    req.on('error', reject)
    req.end(payload)
  })
}

/** What must never appear in an answer: stack frames, SQL text, driver or file names. */
const LEAKS: readonly RegExp[] = [
  /\bat .+\(.+:\d+:\d+\)/, // a stack frame
  /\n\s+at /,
  /\b(insert into|select .+ from|update .+ set|delete from)\b/i,
  /\bnode_modules\b/,
  /\.ts:\d+/,
  /\bpg_terminate_backend\b/,
  /\bSQLSTATE\b/i,
]

/** The first leak found in a response text, or null. */
export function leakIn(text: string): string | null {
  for (const pattern of LEAKS) {
    const match = pattern.exec(text)
    if (match) return match[0]
  }
  return null
}

/** The mutation used by the write streams: the payload's report id or the error's code. */
export const REPORT_PROGRESS = `mutation($input: ReportProgressInput!) {
  reportProgress(input: $input) {
    __typename
    ... on ReportProgressPayload { report { id } }
    ... on Error { code message }
  }
}`

/** What a `reportProgress` over HTTP answers: the payload's report id, or the error. */
export type ProgressAnswer = HttpAnswer<{
  reportProgress: { __typename: string; report?: { id: string } }
}>

/**
 * Posts one progress report with an idempotency key — the write every fault test streams —
 * over real HTTP; the answer as it came, but for the report's id, given as the database id
 * (the API answers a global ID, `ProgressReport:<uuid>` in base64) so that the tests compare
 * it with the rows they read.
 */
export async function postProgressReport(
  url: string,
  report: { taskId: string; key: string; percent?: number; narrative?: string },
  options: { token?: string; agent?: Agent; timeoutMs?: number } = {},
): Promise<ProgressAnswer> {
  const answer = await postGraphql<ProgressAnswer extends HttpAnswer<infer D> ? D : never>(
    url,
    REPORT_PROGRESS,
    {
      input: {
        taskId: report.taskId,
        ...(report.percent === undefined ? {} : { percent: report.percent }),
        narrative: report.narrative ?? `Báo cáo ${report.key}`,
        idempotencyKey: report.key,
      },
    },
    options,
  )
  const stored = answer.body?.data?.reportProgress?.report
  if (stored) stored.id = databaseIdOf(stored.id)
  return answer
}

/** The database id inside a global ID (`Type:id` in base64); the text itself if it is none. */
export function databaseIdOf(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8')
  const at = decoded.indexOf(':')
  return at > 0 && /^[A-Za-z]+$/.test(decoded.slice(0, at)) ? decoded.slice(at + 1) : globalId
}

/** What a finished `chidao` command answered. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `node --conditions=@chidao/source --import tsx src/main.ts <args>` to its end, in this
 * process's environment with `env` over it and quiet logs; a command still running after
 * {@link HANG_GUARD_MS} is stopped (`code` null).
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    ['--conditions=@chidao/source', '--import', 'tsx', 'src/main.ts', ...args],
    {
      cwd: GATEWAY_DIR,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      timeout: HANG_GUARD_MS,
    },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A `chidao serve` child process and its output so far. */
export interface Child {
  readonly process: ChildProcess
  readonly output: () => string
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string>
}

/** Starts `node --conditions=@chidao/source --import tsx src/main.ts <args>` in apps/gateway. */
export function startCli(args: readonly string[], env: Record<string, string>): Child {
  const child = spawn(
    process.execPath,
    ['--conditions=@chidao/source', '--import', 'tsx', 'src/main.ts', ...args],
    {
      cwd: GATEWAY_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'))
  })
  return { process: child, output: outputOf(child), exited }
}

/** Waits for the child's "listening on http://…/graphql" line; fails if it exits or times out. */
export async function waitForUrl(child: Child, timeoutMs = HANG_GUARD_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(child.output())
    if (match?.[1]) return match[1]
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`the gateway exited before listening:\n${child.output()}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`the gateway did not listen within ${timeoutMs} ms:\n${child.output()}`)
}

/**
 * Starts `chidao serve` with `env` and waits until it listens: the child, kept in `children`
 * (the suite's, stopped after it — see {@link childrenAndFoldersForSuite}), and its GraphQL URL.
 */
export async function startServing(
  children: Child[],
  env: Record<string, string>,
): Promise<{ readonly child: Child; readonly url: string }> {
  const child = startCli(['serve'], env)
  children.push(child)
  return { child, url: await waitForUrl(child) }
}

/** Ends a child if it still runs: SIGTERM, then SIGKILL after `graceMs`. Never throws. */
export async function stopChild(child: Child | null, graceMs = 5_000): Promise<void> {
  if (!child) return
  const p = child.process
  if (p.exitCode !== null || p.signalCode !== null) return
  p.kill('SIGTERM')
  const timer = setTimeout(() => p.kill('SIGKILL'), graceMs)
  await child.exited
  clearTimeout(timer)
}

/** Resolves with the exit within `ms`, or 'timeout' (the child is then SIGKILLed). */
export async function exitWithin(child: Child, ms: number): Promise<number | string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms)
  })
  const result = await Promise.race([child.exited, timeout])
  clearTimeout(timer)
  if (result === 'timeout') await stopChild(child, 0)
  return result
}

/**
 * The `chidao` processes a `describe` starts and the folders it makes, stopped (each given
 * `graceMs` to end) and removed after its tests, whatever they left behind: push each as it is
 * made.
 *
 * @example
 * ```ts
 * const { children, dirs } = childrenAndFoldersForSuite(1_000)
 * it('…', async () => {
 *   const dir = await mkdtemp(join(tmpdir(), 'chidao-x-'))
 *   dirs.push(dir)
 *   children.push(startCli(['serve'], { CHIDAO_DATA_DIR: dir }))
 * })
 * ```
 */
export function childrenAndFoldersForSuite(graceMs: number): {
  readonly children: Child[]
  readonly dirs: string[]
} {
  const children: Child[] = []
  const dirs: string[] = []
  afterAll(async () => {
    for (const c of children) await stopChild(c, graceMs)
    for (const d of dirs) {
      // A folder a test made read-only is made writable again, so that it can be removed.
      await chmod(d, 0o755).catch(() => {})
      await rm(d, { recursive: true, force: true })
    }
  })
  return { children, dirs }
}

/**
 * The progress reports of `rows` stored without their audit event (`task.progress-report`): a
 * write is stored whole or not at all, so after a crash, a restart or a restore there are none.
 *
 * @example
 * ```ts
 * expect(await reportsWithoutAuditEvent(db, rows)).toEqual([])
 * ```
 */
export async function reportsWithoutAuditEvent<Row extends { readonly id: string }>(
  db: ChidaoDatabase,
  rows: readonly Row[],
): Promise<Row[]> {
  const audits = await db.kysely
    .selectFrom('audit_event')
    .select('entity_id')
    .where('action', '=', 'task.progress-report')
    .execute()
  const audited = new Set(audits.map((a) => a.entity_id))
  return rows.filter((r) => !audited.has(r.id))
}

/**
 * The ids of the progress reports stored under each idempotency key, in the order of `rows`:
 * one id a key when no write was stored twice.
 */
export function reportIdsByKey(
  rows: readonly { readonly id: string; readonly idempotency_key: string | null }[],
): Map<string, string[]> {
  const byKey = new Map<string, string[]>()
  for (const r of rows)
    byKey.set(r.idempotency_key!, [...(byKey.get(r.idempotency_key!) ?? []), r.id])
  return byKey
}
