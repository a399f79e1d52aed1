/**
 * The national benchmark's checks before any load: every server's answer to q1–q4 and q6,
 * reduced (answers.ts) and compared — the run stops if they differ — and the SQL statements each
 * server sends per request, for each question and for question 6 over wider and narrower scopes.
 */
import { join } from 'node:path'
import { differences, floorCalendarAnswer, sameAnswer, summarise } from './answers.js'
import type { floorQueries } from './floor-sql.js'
import { AS_OF } from './generate.js'
import { ask, DOCUMENTS, type HttpTarget, query } from './http-targets.js'
import { type Fixture, globalId, Q6_SCOPES, type Question } from './questions.js'

/** The servers answering over HTTP (the SQL floor runs in the bench process). */
export type ServerName = 'gateway' | 'postgraphile' | 'http' | 'pglite'
const SERVERS: readonly ServerName[] = ['gateway', 'postgraphile', 'http', 'pglite']

type Floor = ReturnType<typeof floorQueries>
type Answers = Record<string, Record<string, unknown>>
type Statements = Record<string, Record<string, { total: number; queries: number }>>

/**
 * Statements per request: `n` requests in sequence, the server's counters around them. `total`
 * is every statement sent; `queries` leaves out transaction control (BEGIN, COMMIT) and the
 * statements that set the tenant, clearance and role.
 */
export async function statementsPerRequest(
  target: HttpTarget,
  q: Question,
  n = 20,
): Promise<{ total: number; queries: number }> {
  const before = await target.stats()
  for (let i = 0; i < n; i++) await ask(target, target.body(q, i))
  const after = await target.stats()
  return {
    total: (after.statements - before.statements) / n,
    queries: (after.kinds.query - before.kinds.query) / n,
  }
}

/**
 * Question 6 asked over each of {@link Q6_SCOPES} (5 requests each after one to warm up):
 * statements per request and how many reports the scope expects and lists as missing.
 * `constant` tells whether every scope took the same number of statements, `grows` whether any
 * took more than the question's own (the half-year of `UBND-TINH`).
 */
export async function q6ScopeStatements(
  target: HttpTarget,
  name: ServerName,
  f: Fixture,
): Promise<Record<string, unknown>> {
  const byScope: Record<
    string,
    { total: number; queries: number; expected: number; missing: number }
  > = {}
  const dir = name === 'postgraphile' ? 'postgraphile' : '.'
  for (const [scope, { code, from, to }] of Object.entries(Q6_SCOPES)) {
    const id = f.scopeIds[code]!
    const organizationId = name === 'postgraphile' ? id : globalId('Organization', id)
    const variables = { organizationId, from, to, asOf: AS_OF }
    // The bare HTTP floor takes the question's name and chidao's variables, no document.
    const b = JSON.stringify(
      name === 'http'
        ? { question: 'q6', variables }
        : { query: query(join(dir, DOCUMENTS.q6)), variables },
    )
    const answer: Record<string, unknown> = summarise(
      'q6',
      name === 'postgraphile' ? 'postgraphile' : 'gateway',
      await ask(target, b),
    )
    const n = 5
    const before = await target.stats()
    for (let i = 0; i < n; i++) await ask(target, b)
    const after = await target.stats()
    byScope[scope] = {
      total: (after.statements - before.statements) / n,
      queries: (after.kinds.query - before.kinds.query) / n,
      expected: Number(answer.expected),
      missing: (answer.missingReports as unknown[]).length,
    }
  }
  // A loader with nothing to load sends nothing (a scope listing no task's duty needs no
  // task): fewer statements. What must not happen is more than for the question's own scope.
  const totals = Object.values(byScope).map((x) => x.total)
  return {
    ...byScope,
    constant: new Set(totals).size === 1,
    grows: totals.some((n) => n > byScope.halfYear!.total),
  }
}

/** Each server's answer (and the floor's) to question `q`, reduced to what must agree. */
async function answersTo(
  q: Question,
  servers: Partial<Record<ServerName, HttpTarget>>,
  floor: Floor | null,
  statements: Statements,
): Promise<Answers> {
  const answers: Answers = {}
  for (const name of SERVERS) {
    const target = servers[name]
    if (!target) continue
    answers[name] = summarise(
      q,
      name === 'postgraphile' ? 'postgraphile' : 'gateway',
      await ask(target, target.body(q)),
    )
    statements[name] ??= {}
    statements[name][q] = await statementsPerRequest(target, q)
  }
  if (floor) {
    if (q === 'q1') {
      const f = await floor.q1()
      answers.sql = { total: f.total, ids: f.ids }
    } else if (q === 'q3') {
      answers.sql_documents = { documents: (await floor.q3()).rows.length }
    } else if (q === 'q4') {
      answers.sql = { nodes: (await floor.q4()).tasks.rows.length }
    } else if (q === 'q6') {
      answers.sql = floorCalendarAnswer((await floor.q6()).rows)
    }
  }
  return answers
}

/**
 * Whether the answers agree. On PostgreSQL the servers answer from the same rows: same counts
 * and the same ids. PGlite holds the same dataset loaded again, with ids of its own: the counts
 * must agree. The floor's chain counts its documents: up + down + the document itself.
 */
function agreeing(answers: Answers): boolean {
  const names = Object.keys(answers).filter((n) => n !== 'sql_documents' && n !== 'pglite')
  const counts = (a: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.length : v]))
  return (
    names.every((n) => sameAnswer(answers[n]!, answers[names[0]!]!)) &&
    (!answers.pglite ||
      names.length === 0 ||
      sameAnswer(counts(answers.pglite), counts(answers[names[0]!]!))) &&
    (!answers.sql_documents ||
      !answers.gateway ||
      answers.sql_documents.documents ===
        Number(answers.gateway.up) + Number(answers.gateway.down) + 1)
  )
}

/**
 * The checks before load: throws when the servers' answers to a question differ (throughput
 * of different answers compares nothing). Returns the reduced answers (lists by their length),
 * the statements per request and question 6's scopes.
 */
export async function checkAnswers(
  servers: Partial<Record<ServerName, HttpTarget>>,
  floor: Floor | null,
  fixtures: { postgres: Fixture | null; pglite: Fixture | null },
) {
  const checks: Record<string, unknown> = {}
  const statements: Statements = {}
  for (const q of ['q1', 'q2', 'q3', 'q4', 'q6'] as const) {
    const answers = await answersTo(q, servers, floor, statements)
    const agree = agreeing(answers)
    checks[q] = {
      agree,
      ...Object.fromEntries(
        Object.entries(answers).map(([k, v]) => [
          k,
          Object.fromEntries(
            Object.entries(v).map(([kk, vv]) => [kk, Array.isArray(vv) ? vv.length : vv]),
          ),
        ]),
      ),
    }
    if (!agree) throw new Error(`${q}: the servers' answers differ: ${differences(answers)}`)
  }
  for (const name of SERVERS) {
    const target = servers[name]
    if (!target) continue
    await ask(target, target.body('q5', 0))
    statements[name]!.q5_write = await statementsPerRequest(target, 'q5')
  }
  // Question 6 over wider and narrower scopes: more organisations, more periods, same count.
  const q6Scopes: Record<string, Record<string, unknown>> = {}
  for (const name of SERVERS) {
    const target = servers[name]
    const f = name === 'pglite' ? fixtures.pglite : fixtures.postgres
    if (!target || !f) continue
    q6Scopes[name] = await q6ScopeStatements(target, name, f)
  }
  return { checks, statements, q6Scopes }
}

/** The checks logged, and as the results file keeps them (chidao's counts first: PostgreSQL). */
export function checksSummary(
  r: Awaited<ReturnType<typeof checkAnswers>>,
  log: (line: string) => void,
) {
  log(`answers: ${JSON.stringify(r.checks)}`)
  log(`SQL statements per request: ${JSON.stringify(r.statements)}`)
  log(`question 6 over other scopes (statements, expected reports): ${JSON.stringify(r.q6Scopes)}`)
  return {
    checks: r.checks,
    statements_per_request: r.statements,
    statements_per_request_q1:
      r.statements.gateway?.q1?.total ?? r.statements.pglite?.q1?.total ?? null,
    statements_per_request_q6:
      r.statements.gateway?.q6?.total ?? r.statements.pglite?.q6?.total ?? null,
    q6_scopes: r.q6Scopes,
  }
}
