// What the national benchmark's server launchers share (gateway-launcher.mjs and
// postgraphile-launcher.mjs): the statement counters behind `GET /__bench/stats`, and serving
// until the bench process says stop. Plain JavaScript, so that PostGraphile runs without tsx.
import { createServer } from 'node:http'

/**
 * Counts the SQL statements a server sends, by kind: transaction control, the settings of the
 * tenant fence, and the queries proper.
 *
 * @example
 * ```js
 * const counter = statementCounter()
 * counter.count('begin')
 * counter.stats() // { statements: 1, kinds: { control: 1, settings: 0, query: 0 }, rss: …, memory: … }
 * ```
 */
export function statementCounter() {
  let statements = 0
  const kinds = { control: 0, settings: 0, query: 0 }
  /** @param {string} text */
  const kindOf = (text) =>
    /^\s*(begin|commit|rollback|savepoint|release|start transaction)\b/i.test(text)
      ? 'control'
      : /\bset_config\(/i.test(text)
        ? 'settings'
        : 'query'
  return {
    /** @param {string} text */
    count(text) {
      statements++
      kinds[kindOf(text)]++
    },
    stats: () => {
      const memory = process.memoryUsage()
      return { statements, kinds, rss: memory.rss, memory }
    },
  }
}

/**
 * Serves `handle` on 127.0.0.1, port `CHIDAO_BENCH_PORT` (default 0: any free port), answering
 * `GET /__bench/stats` itself with `stats()`; prints `READY <port>` once listening. On SIGTERM,
 * SIGINT or the end of stdin (the bench process closes it when it ends, even if it dies without
 * a signal) it closes the server, then calls `release`, then exits.
 *
 * @example
 * ```js
 * await serveBench({ handle: (req, res) => yoga(req, res), stats: counter.stats, release: () => db.close() })
 * ```
 *
 * @param {{
 *   handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void
 *   stats: () => unknown
 *   release: () => Promise<void>
 * }} server
 */
export async function serveBench({ handle, stats, release }) {
  const server = createServer((req, res) => {
    if (req.url === '/__bench/stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats()))
      return
    }
    handle(req, res)
  })
  server.keepAliveTimeout = 60_000
  await new Promise((resolve) =>
    server.listen(Number(process.env.CHIDAO_BENCH_PORT ?? 0), '127.0.0.1', () =>
      resolve(undefined),
    ),
  )
  const address = server.address()
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    server.closeAllConnections()
    await new Promise((resolve) => server.close(() => resolve(undefined)))
    await release()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
  process.stdin.on('end', () => void stop())
  process.stdin.resume()
}
