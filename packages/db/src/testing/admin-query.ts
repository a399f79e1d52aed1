import pg from 'pg'

/**
 * Runs one statement on a PostgreSQL server on a connection of its own, closed after it:
 * for `create database` and `drop database`, which run outside any pool.
 *
 * @example
 * ```ts
 * await adminQuery(process.env.DATABASE_URL!, 'drop database if exists x with (force)')
 * ```
 */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}
