import type { ChidaoDatabase, ReplicaHealth } from '@chidao/db'
import type { Logger } from '../logger.js'

/** Why `/ready` answered 503, as its body says. */
export type NotReadyReason = 'DATABASE_TIMEOUT' | 'DATABASE_UNAVAILABLE'

/** The 503 body: `{ ready: false, code, message, messageVi }`, as the `Error` interface names them. */
function notReady(reason: NotReadyReason, en: string, vi: string): Response {
  return new Response(JSON.stringify({ ready: false, code: reason, message: en, messageVi: vi }), {
    status: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/**
 * With read replicas, once the primary answered: ready (200) when every replica answers within
 * `timeoutMs`; otherwise still ready — reads go to the primary meanwhile — but "degraded",
 * naming each replica that does not answer (its URL without password):
 * `{ ready: true, degraded: true, code: 'READ_REPLICA_UNAVAILABLE', message, messageVi, replicas }`.
 */
async function replicaReadiness(
  db: ChidaoDatabase,
  timeoutMs: number,
  logger: Logger,
): Promise<true | Response> {
  const replicas = await db.replicaHealth(timeoutMs)
  const down = replicas.filter((r) => !r.healthy).map((r) => r.replica)
  if (down.length === 0) return true
  logger.warn({ replicas: down }, 'readiness: degraded, read replicas do not answer')
  return degraded(down, replicas)
}

function degraded(down: readonly string[], replicas: readonly ReplicaHealth[]): Response {
  const names = down.join(', ')
  const body = {
    ready: true,
    degraded: true,
    code: 'READ_REPLICA_UNAVAILABLE',
    message: `degraded: read replica ${names} does not answer; queries read from the primary`,
    messageVi: `suy giảm: bản sao chỉ đọc ${names} không trả lời; truy vấn đọc từ cơ sở dữ liệu chính`,
    replicas,
  }
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/**
 * The check behind `/ready`: the database answers a ping within `timeoutMs`. It answers on
 * time whatever the database does: when the ping fails, 503 `DATABASE_UNAVAILABLE`; when it
 * has not answered within `timeoutMs` (a server that stopped without closing its connections
 * keeps a ping waiting until the statement's own timeout), 503 `DATABASE_TIMEOUT`, naming the
 * wait. The driver's message goes to the server's log, never to the caller. With read
 * replicas, a replica that does not answer makes it 200 "degraded" (see `replicaReadiness`).
 */
export function databaseReadiness(
  db: ChidaoDatabase,
  timeoutMs: number,
  logger: Logger,
): () => Promise<true | Response> {
  return async () => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs)
    })
    const ping = db.ping().then(
      () => 'ok' as const,
      (error: unknown) => {
        logger.warn({ err: error }, 'readiness: the database did not answer the ping')
        return 'failed' as const
      },
    )
    try {
      const outcome = await Promise.race([ping, late])
      if (outcome === 'ok') return db.hasReplicas ? replicaReadiness(db, timeoutMs, logger) : true
      if (outcome === 'failed') {
        return notReady(
          'DATABASE_UNAVAILABLE',
          'The database cannot be reached',
          'Không kết nối được cơ sở dữ liệu',
        )
      }
      logger.warn({ timeoutMs }, `readiness: the database did not answer within ${timeoutMs} ms`)
      return notReady(
        'DATABASE_TIMEOUT',
        `The database did not answer within ${timeoutMs} ms (CHIDAO_READY_TIMEOUT_MS)`,
        `Cơ sở dữ liệu không trả lời trong ${timeoutMs} ms (CHIDAO_READY_TIMEOUT_MS)`,
      )
    } finally {
      clearTimeout(timer)
    }
  }
}
