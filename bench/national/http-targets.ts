/**
 * The servers under test as the national benchmark sees them: where each listens, the request
 * body of each question (chidao's and PostGraphile's GraphQL documents, the bare HTTP floor's
 * `{"question", "variables"}`), one request, and one autocannon run.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { AS_OF } from './generate.js'
import { type Fixture, globalId, HALF_YEAR, type Question } from './questions.js'

const here = dirname(fileURLToPath(import.meta.url))
export const query = (file: string) => readFileSync(join(here, 'queries', file), 'utf8')

export interface RunFigures {
  rps: number
  p50: number
  p99: number
  errors: number
  requests: number
}

/** A launcher's counters: statements sent (and by kind) and the process's RSS. */
export interface ServerStats {
  statements: number
  kinds: { control: number; settings: number; query: number }
  rss: number
}

/** A GraphQL server under test: where it listens, and the request body of each question. */
export interface HttpTarget {
  base: string
  /** Several servers of the same kind (scale-out): autocannon spreads its connections over them. */
  bases?: readonly string[]
  /** The path every question is posted to (`/graphql`; the bare HTTP floor's `/ask`). */
  path?: string
  headers: Record<string, string>
  body: (q: Question, i?: number) => string
  stats: () => Promise<ServerStats>
}

/** The document of each question, the same file name for both servers. */
export const DOCUMENTS: Record<Question, string> = {
  q1: 'q1-urge-list.graphql',
  q2: 'q2-scorecard.graphql',
  q3: 'q3-chain.graphql',
  q4: 'q4-nodes.graphql',
  q5: 'q5-report-progress.graphql',
  q6: 'q6-missing-reports.graphql',
}

/** A server's request bodies: its documents (queries/`dir`) with the variables it takes. */
function bodies(dir: string, variables: (q: Question, i: number) => Record<string, unknown>) {
  return (q: Question, i = 0): string =>
    JSON.stringify({ query: query(join(dir, DOCUMENTS[q])), variables: variables(q, i) })
}

/** How a server names a fixture's records, and the input of its progress report (q5). */
interface ServerForm {
  readonly organizationId: string
  taskId(id: string): string
  /** The input of q5's report on `taskId` (already in the server's form). */
  reportInput(taskId: string): Record<string, unknown>
}

/** A server's variables for each question: a fixture's rows, in the server's form. */
function variablesIn(f: Fixture, server: ServerForm) {
  const { organizationId } = server
  return (q: Question, i: number): Record<string, unknown> => {
    switch (q) {
      case 'q1':
      case 'q2':
        return { organizationId, asOf: AS_OF }
      case 'q6':
        return { organizationId, ...HALF_YEAR, asOf: AS_OF }
      case 'q3':
        return { symbol: f.chainSymbol }
      case 'q4':
        return { ids: f.taskIds.map((id) => server.taskId(id)) }
      case 'q5':
        return {
          input: server.reportInput(server.taskId(f.openTaskIds[i % f.openTaskIds.length]!)),
        }
    }
  }
}

/** The variables of chidao's documents (queries/*.graphql) with a fixture's rows: global ids. */
function chidaoVariables(f: Fixture) {
  let writes = 0
  return variablesIn(f, {
    organizationId: f.organizationGid,
    taskId: (id) => globalId('Task', id),
    reportInput: (taskId) => ({
      taskId,
      percent: 50,
      narrative: 'Báo cáo đo hiệu năng',
      idempotencyKey: `bench-${process.pid}-${writes++}-${randomBytes(4).toString('hex')}`,
    }),
  })
}

/** chidao's documents (queries/*.graphql) with a fixture's variables: global ids. */
export function chidaoBodies(f: Fixture) {
  return bodies('.', chidaoVariables(f))
}

/** The bare HTTP floor's bodies: the question's name and chidao's variables, no document. */
export function httpFloorBodies(f: Fixture) {
  const variables = chidaoVariables(f)
  return (q: Question, i = 0): string => JSON.stringify({ question: q, variables: variables(q, i) })
}

/** PostGraphile's documents (queries/postgraphile/*.graphql) with a fixture's variables. */
export function postgraphileBodies(f: Fixture) {
  let writes = 0
  return bodies(
    'postgraphile',
    variablesIn(f, {
      organizationId: f.organizationId,
      taskId: (id) => id,
      reportInput: (taskId) => ({
        progressReport: {
          tenantId: f.tenantId,
          taskId,
          reportedOn: AS_OF,
          organizationId: f.organizationId,
          percent: '50',
          narrative: 'Báo cáo đo hiệu năng (PostGraphile)',
          idempotencyKey: `pgl-${process.pid}-${writes++}-${randomBytes(4).toString('hex')}`,
          // A key has an owner (migration 0007): whom the key belongs to.
          idempotencyKeyOwner: 'bench:postgraphile',
        },
      }),
    }),
  )
}

/** One request to a server; its `data`, or an error for a transport or GraphQL error. */
export async function ask(target: HttpTarget, b: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${target.base}${target.path ?? '/graphql'}`, {
    method: 'POST',
    headers: target.headers,
    body: b,
  })
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
  if (!res.ok || json.errors) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`)
  }
  return json.data as Record<string, unknown>
}

/** Requests per second, latency and errors of one autocannon run (after a warm-up run). */
export async function cannonRun(
  target: HttpTarget,
  q: Question,
  connections: number,
  durationS: number,
): Promise<RunFigures> {
  let i = 0
  const requests =
    q === 'q5'
      ? [
          {
            method: 'POST' as const,
            setupRequest: (r: Record<string, unknown>) => {
              const n = i++
              const kind = n % 3 === 0 ? 'q5' : n % 3 === 1 ? 'q1' : 'q2'
              return { ...r, body: target.body(kind, n) }
            },
          },
        ]
      : [{ method: 'POST' as const, body: target.body(q) }]
  const result = await autocannon({
    url: target.bases
      ? target.bases.map((b) => `${b}${target.path ?? '/graphql'}`)
      : `${target.base}${target.path ?? '/graphql'}`,
    connections,
    duration: durationS,
    headers: target.headers,
    requests,
  })
  // No request finished in the window (each takes longer than the run): no latency to report.
  const none = result.requests.total === 0
  return {
    rps: result.requests.average,
    p50: none ? Number.NaN : result.latency.p50,
    p99: none ? Number.NaN : result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  }
}
