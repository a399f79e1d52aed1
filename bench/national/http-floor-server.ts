/**
 * The bare HTTP floor of the national benchmark (issue 20): the same questions answered over
 * `node:http` with no GraphQL, in a process of its own, as a hand-written endpoint would answer
 * them — the fair limit beside the SQL floor (which has no HTTP, no JSON and no row-level
 * security). `node --import tsx bench/national/http-floor-server.ts`, with `DATABASE_URL` and
 * `CHIDAO_JWT_SECRET` set (`CHIDAO_BENCH_PORT`, default 0: any free port;
 * `CHIDAO_BENCH_POOL_SIZE`, default 10, the gateway's pool size). Prints `READY <port>` once
 * listening; stops on SIGTERM, SIGINT or the end of stdin.
 *
 * `POST /ask` with `{"question":"q1","variables":{…}}`, the variables chidao's documents take
 * (global ids included), and the same HS256 bearer token the gateway and PostGraphile verify.
 * Per request: one pooled client, `begin`, the three settings chidao's `fenceTransaction` sets
 * (`role` chidao_app, `chidao.tenant_id`, `chidao.clearance`, from the token; question 6 also
 * `jit` off, as chidao's calendar reader does) in one statement, the SQL floor's statements for
 * the question (floor-sql.ts), `commit`; the answer is `{"data":{…}}` in the shape of chidao's
 * answer (http-floor-answers.ts). Statements are counted as the other launchers count them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { jwtVerify } from 'jose'
import pg from 'pg'
import { serveBench, statementCounter } from './bench-server.mjs'
import { floorSql, type SqlRun } from './floor-sql.js'
import {
  chainAnswer,
  missingReportsAnswer,
  nodesAnswer,
  reportProgressAnswer,
  scorecardAnswer,
  urgeListAnswer,
} from './http-floor-answers.js'
import { idOfGlobal, type Question } from './questions.js'

const url = process.env.DATABASE_URL
const secret = process.env.CHIDAO_JWT_SECRET
if (!url || !secret) throw new Error('DATABASE_URL and CHIDAO_JWT_SECRET must be set')
const key = new TextEncoder().encode(secret)

// Dates as the database writes them (`2025-12-01`), as chidao's `Date` scalar answers them.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

const counter = statementCounter()
const pool = new pg.Pool({
  connectionString: url,
  max: Number(process.env.CHIDAO_BENCH_POOL_SIZE ?? 10),
})
// An idle client whose server process ends emits 'error' on the pool: log it, do not die.
pool.on('error', (error) => console.error(`http floor pool: ${error.message}`))

/** The caller, from the bearer token, checked as the gateway checks it (HS256, expiry). */
interface Caller {
  tenantId: string
  clearance: string
  organizationCode: string
}

async function callerOf(authorization: string | undefined): Promise<Caller | null> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  if (!token) return null
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
    return {
      tenantId: String(payload.tenant),
      clearance: String(payload.clearance ?? 'PUBLIC'),
      organizationCode: String(payload.org ?? ''),
    }
  } catch {
    return null
  }
}

type Variables = Record<string, unknown>

/** One question's answer, on a client whose transaction is already fenced. */
async function answer(run: SqlRun, caller: Caller, q: Question, v: Variables) {
  const sql = floorSql(run)
  const t = caller.tenantId
  const org = () => idOfGlobal(String(v.organizationId))
  switch (q) {
    case 'q1':
      return urgeListAnswer(await sql.urge(t, org(), String(v.asOf)))
    case 'q2':
      return scorecardAnswer((await sql.scorecard(t, org(), String(v.asOf))).rows)
    case 'q3':
      return chainAnswer((await sql.chain(t, String(v.symbol))).rows)
    case 'q4': {
      const ids = (v.ids as string[]).map(idOfGlobal)
      return nodesAnswer(ids, await sql.nodes(t, ids))
    }
    case 'q5': {
      const input = v.input as Record<string, unknown>
      const written = await sql.write(t, new Date().toISOString().slice(0, 10), {
        taskId: idOfGlobal(String(input.taskId)),
        organizationCode: caller.organizationCode,
        percent: Number(input.percent),
        narrative: String(input.narrative ?? ''),
        idempotencyKey: String(input.idempotencyKey),
        idempotencyKeyOwner: 'bench:http',
      })
      return reportProgressAnswer(written.rows)
    }
    case 'q6':
      return missingReportsAnswer(
        (await sql.missingReports(t, org(), String(v.from), String(v.to), String(v.asOf))).rows,
      )
  }
}

/** Runs a question in one transaction fenced by the caller's tenant and clearance. */
async function inTransaction(caller: Caller, q: Question, v: Variables) {
  const client = await pool.connect()
  const run: SqlRun = (text, params) => {
    counter.count(text)
    return client.query(text, params)
  }
  try {
    counter.count('begin')
    await client.query('begin')
    await run(
      `select set_config('role', 'chidao_app', true), set_config('chidao.tenant_id', $1, true),
         set_config('chidao.clearance', $2, true)${q === 'q6' ? `, set_config('jit', 'off', true)` : ''}`,
      [caller.tenantId, caller.clearance],
    )
    const data = await answer(run, caller, q, v)
    counter.count('commit')
    await client.query('commit')
    return data
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

const QUESTIONS: readonly string[] = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    })
    .end(text)
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST' || req.url !== '/ask') {
    send(res, 404, { errors: [{ message: 'POST /ask only' }] })
    return
  }
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const caller = await callerOf(req.headers.authorization)
  if (!caller) {
    send(res, 401, { errors: [{ message: 'a valid bearer token is required' }] })
    return
  }
  let body: { question?: string; variables?: Variables }
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    send(res, 400, { errors: [{ message: 'the body is not JSON' }] })
    return
  }
  if (!body.question || !QUESTIONS.includes(body.question)) {
    send(res, 400, { errors: [{ message: `question must be one of ${QUESTIONS.join(', ')}` }] })
    return
  }
  try {
    const data = await inTransaction(caller, body.question as Question, body.variables ?? {})
    send(res, 200, { data })
  } catch (error) {
    send(res, 500, { errors: [{ message: (error as Error).message }] })
  }
}

await serveBench({
  handle: (req, res) => void handle(req, res),
  stats: counter.stats,
  release: () => pool.end(),
})
