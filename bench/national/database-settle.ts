import pg from 'pg'

/** How long to wait at the most for the database to finish what earlier runs left running. */
const MOST_WAIT_MS = 120_000

/**
 * Waits until no other session runs a statement on the benchmark's database. A request that
 * autocannon gave up on after 10 s is not cancelled: its statements run on in PostgreSQL, and
 * would slow down the next server's run (at `national`, q2 at c = 1 right after the peers'
 * timed-out q1 at c = 32 ran at a third of its speed). Each run starts on an idle database.
 * Returns how long it waited, in ms (logged when more than a second).
 */
export function databaseSettle(url: string) {
  return async function settle(): Promise<number> {
    const started = Date.now()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      while (Date.now() - started < MOST_WAIT_MS) {
        const { rows } = await client.query<{ n: string }>(
          `select count(*) as n from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and state = 'active'`,
        )
        if (Number(rows[0]?.n ?? 0) === 0) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    } finally {
      await client.end()
    }
    return Date.now() - started
  }
}
