import type { ChidaoDatabase } from '@chidao/db'
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
 * The check behind `/ready`: the database answers a ping within `timeoutMs`. It answers on
 * time whatever the database does: when the ping fails, 503 `DATABASE_UNAVAILABLE`; when it
 * has not answered within `timeoutMs` (a server that stopped without closing its connections
 * keeps a ping waiting until the statement's own timeout), 503 `DATABASE_TIMEOUT`, naming the
 * wait. The driver's message goes to the server's log, never to the caller.
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
      if (outcome === 'ok') return true
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
