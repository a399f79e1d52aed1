// Latency of the gateway's main queries over real HTTP, on PGlite and on PostgreSQL, with the
// example programme loaded, one request at a time (no concurrency: see bench/national for load).
// Also counts the SQL statements each request runs.
//
//   node --conditions=@chidao/source --import tsx bench/gateway/latency.ts [--runs 300]

import { createServer } from 'node:http'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { fixedClock } from '@chidao/app'
import { importBundle, loadExampleBundle, openDatabase } from '@chidao/db'
import { asId, type TenantId } from '@chidao/domain'
import pg from 'pg'
import { readSecurityConfig } from '../../apps/gateway/src/config.js'
import { createGateway } from '../../apps/gateway/src/yoga.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '300' } } })
const RUNS = Number(values.runs)
const WARMUP = Math.max(10, Math.round(RUNS / 10))
const SERVER = 'postgres://postgres@127.0.0.1:5432/postgres'

const QUERIES: Record<string, string> = {
  'directive by symbol, chain, tasks count': `{ directive(symbol: "93-KL/TW") {
    kind symbol issuedOn title issuer { name } implementationChain { symbol }
    implementedBy { symbol kind } tasks(includeImplementing: true) { totalCount } } }`,
  'urge list (overdue, 50 per page)': `{ tasks(filter: { timeliness: [OVERDUE] }, asOf: "2026-11-29", first: 50) {
    totalCount edges { node { title lead { name } coordinators { name } directive { symbol }
    deadline { kind due text } status timeliness(asOf: "2026-11-29") progress } } } }`,
  'extractCitations (seed sentence)': `{ extractCitations(text: "Ngày 20/11/2020, Ban Bí thư Trung ương Đảng ban hành Kết luận số 93-KL/TW về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X") { symbol issuedOn directive { symbol } } }`,
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function measure(backend: 'pglite' | 'postgres') {
  let url = 'memory://'
  const name = `chidao_latency_${process.pid}`
  if (backend === 'postgres') {
    const admin = new pg.Client({ connectionString: SERVER })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.query(`create database ${name}`)
    await admin.end()
    url = SERVER.replace(/\/postgres$/, `/${name}`)
  }
  let statements = 0
  const db = await openDatabase({ url, onQuery: () => statements++ })
  try {
    await db.migrate()
    const example = await loadExampleBundle()
    await importBundle(db, example, { actor: 'bench' }, { clearance: 'TUYET_MAT' })
    const yoga = createGateway({
      db,
      tenantId: asId<TenantId>('demo'),
      clock: fixedClock('2026-11-29T03:00:00Z'),
      security: { ...readSecurityConfig({}), publicRead: true },
    })
    const server = createServer(yoga)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    const post = async (query: string, variables?: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      const body = (await response.json()) as { errors?: unknown; data?: Record<string, unknown> }
      if (!body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`)
      if (body.errors) throw new Error(JSON.stringify(body.errors))
      return body.data!
    }
    const lookUp = await post('{ d: directive(symbol: "06-CTr/TU") { id } }')
    const programme = (lookUp.d as { id: string }).id
    QUERIES['scorecard of the programme'] =
      `{ scorecard(directiveId: "${programme}", asOf: "2026-11-29") {
      counts { completedOnTime completedLate inProgress overdue cancelled total }
      onTimeRateDueByDate { percent denominator } onTimeRateAllAssigned { percent denominator }
      byLead { organization { name } counts { total } } } }`
    const rows = []
    for (const [label, query] of Object.entries(QUERIES)) {
      for (let i = 0; i < WARMUP; i++) await post(query)
      const times: number[] = []
      statements = 0
      for (let i = 0; i < RUNS; i++) {
        const start = process.hrtime.bigint()
        await post(query)
        times.push(Number(process.hrtime.bigint() - start) / 1e6)
      }
      times.sort((a, b) => a - b)
      rows.push({
        backend,
        query: label,
        p50: percentile(times, 50).toFixed(1),
        p95: percentile(times, 95).toFixed(1),
        p99: percentile(times, 99).toFixed(1),
        statementsPerRequest: (statements / RUNS).toFixed(1),
      })
    }
    await new Promise<void>((resolve) => server.close(() => resolve()))
    return rows
  } finally {
    await db.close()
    if (backend === 'postgres') {
      const admin = new pg.Client({ connectionString: SERVER })
      await admin.connect()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }
}

console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${RUNS} requests per query after ${WARMUP} warm-up, one at a time; latencies in ms`,
)
const all = [...(await measure('pglite')), ...(await measure('postgres'))]
console.table(all)
