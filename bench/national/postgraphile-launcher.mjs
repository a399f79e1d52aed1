/**
 * Serves PostGraphile 5 (`postgraphile/presets/amber`) over the benchmark's database, in a
 * process of its own, for the national benchmark's comparison:
 * `node --import ./bench/national/postgraphile/polyfill.mjs bench/national/postgraphile-launcher.mjs`,
 * with `DATABASE_URL` and `CHIDAO_JWT_SECRET` set (`CHIDAO_BENCH_PORT`, default 0: any free
 * port; `CHIDAO_BENCH_POOL_SIZE`, default 10, the gateway's pool size).
 * Prints `READY <port>` once listening; stops on SIGTERM or SIGINT.
 *
 * Plain JavaScript (no tsx): PostGraphile is run as a team would run it. It introspects the
 * `public` schema (chidao's tables) and `chidao_pg` (the bench-only functions of
 * `postgraphile/schema.sql`). Each request must carry the same HS256 bearer token the gateway
 * reads; its claims become the transaction's settings, the same three that chidao sets per
 * transaction (`role` chidao_app, `chidao.tenant_id`, `chidao.clearance`), so row-level
 * security gives both servers exactly the same rows.
 */
import { jwtVerify } from 'jose'
import pg from 'pg'
import { postgraphile } from 'postgraphile'
import { makePgService } from 'postgraphile/adaptors/pg'
import { grafserv } from 'postgraphile/grafserv/node'
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber'
import { serveBench, statementCounter } from './bench-server.mjs'

const url = process.env.DATABASE_URL
const secret = process.env.CHIDAO_JWT_SECRET
if (!url || !secret) throw new Error('DATABASE_URL and CHIDAO_JWT_SECRET must be set')
const key = new TextEncoder().encode(secret)

const counter = statementCounter()
// CHIDAO_BENCH_SQL_LOG=1 prints every statement and its values on stderr (to read its plans).
const logSql = process.env.CHIDAO_BENCH_SQL_LOG === '1'
const pool = new pg.Pool({
  connectionString: url,
  max: Number(process.env.CHIDAO_BENCH_POOL_SIZE ?? 10),
})
// An idle client whose server process ends emits 'error' on the pool: log it, do not die.
pool.on('error', (error) => console.error(`postgraphile pool: ${error.message}`))
// Count statements the way the gateway's launcher does: every query sent on a pooled client.
pool.on('connect', (client) => {
  const query = client.query.bind(client)
  client.query = (...args) => {
    const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '')
    counter.count(text)
    if (logSql)
      console.error(
        `-- sql ${performance.now().toFixed(1)}\n${text}\n-- values ${JSON.stringify(args[0]?.values ?? args[1] ?? [])}`,
      )
    return query(...args)
  }
})

/** The bearer token's claims, checked as the gateway checks them (HS256, expiry). */
async function settingsOf(authorization) {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  if (!token) throw new Error('no bearer token')
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
  return {
    role: 'chidao_app',
    'chidao.tenant_id': String(payload.tenant),
    'chidao.clearance': String(payload.clearance ?? 'PUBLIC'),
  }
}

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public', 'chidao_pg'], pubsub: false })],
  grafast: {
    explain: false,
    async context(requestContext) {
      const req = requestContext.node?.req
      return { pgSettings: await settingsOf(req?.headers.authorization) }
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
}

const pgl = postgraphile(preset)
const serv = pgl.createServ(grafserv)
// One handler beside the bench's own routes (`addTo` would take every request).
const handle = serv.createHandler()
// Build the schema (introspection) before saying READY, so no request pays for it.
await pgl.getSchema()
await serveBench({
  handle: (req, res) => {
    if (req.url === '/__bench/schema') {
      pgl.getSchema().then(async (schema) => {
        const { printSchema } = await import('postgraphile/graphql')
        res.writeHead(200, { 'content-type': 'text/plain' }).end(printSchema(schema))
      })
      return
    }
    handle(req, res)
  },
  stats: counter.stats,
  release: async () => {
    await pgl.release()
    await pool.end()
  },
})
