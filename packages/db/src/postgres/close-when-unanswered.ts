import type pg from 'pg'

/** The message of pg's `query_timeout`: the server did not answer a statement in time. */
const READ_TIMEOUT = 'Query read timeout'

/** Whether the error is pg's client-side `query_timeout` (no answer from the server in time). */
export function isUnansweredQuery(error: unknown): boolean {
  return error instanceof Error && error.message === READ_TIMEOUT
}

/**
 * Makes a pooled client close its connection when a statement gets no answer within pg's
 * `query_timeout`. pg only fails the statement and keeps the connection, with the unanswered
 * statement still at its head: the transaction's ROLLBACK would then wait just as long behind
 * it, and the pool would hand the same silent connection to the next request. A server that
 * stopped answering (SIGSTOP, a network black hole) is not going to answer the next one either:
 * `end()` destroys the socket of a client with a statement under way, so the ROLLBACK fails at
 * once, the pool discards the client, and the server (if it ever wakes) finds the connection
 * closed and rolls the transaction back.
 */
export function closeWhenUnanswered(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  const watched = (...args: unknown[]) => {
    const result = query(...args)
    if (!(result instanceof Promise)) return result
    return result.catch((error: unknown) => {
      if (isUnansweredQuery(error)) client.end().catch(() => {})
      throw error
    })
  }
  ;(client as unknown as { query: typeof watched }).query = watched
}
