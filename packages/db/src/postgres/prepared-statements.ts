import type pg from 'pg'

/** How many statements one connection keeps prepared, at the most. */
export const PREPARED_PER_CONNECTION = 200

/** Statements with more parameters than this (multi-row inserts, long id lists) stay unnamed. */
const MOST_PARAMETERS = 64

/** Statements longer than this stay unnamed. */
const LONGEST_TEXT = 32_000

/**
 * Starts a statement that is planned at each run, for the values it is given, and never
 * prepared: one whose plan for unknown values (PostgreSQL's generic plan) runs much slower than
 * a plan made for its values. The reporting calendar is one: its generic plan took 64 ms where
 * the planned one took 20 ms.
 */
export const PLANNED_AT_EACH_RUN = '/* planned at each run */ '

/**
 * Makes a pooled client prepare the statements it runs, once per connection: the first run of
 * a statement text with parameters gets a name (`chidao_<n>`), PostgreSQL parses, analyses and
 * keeps it, and each later run of the same text only binds and executes it. With row-level
 * security a statement's planning is often longer than its execution (the chain question:
 * 1.4 ms to plan, 2 ms to run), and Kysely sends every statement unnamed, so this pays for
 * itself at the second run.
 *
 * What stays as it was: statements that start with {@link PLANNED_AT_EACH_RUN}, statements
 * without parameters (BEGIN, COMMIT), those with many
 * parameters or a very long text (their texts vary with the number of rows or ids, so naming
 * them would fill the server's memory with statements run once), and every statement once the
 * connection holds {@link PREPARED_PER_CONNECTION} prepared ones (the first ones kept are the
 * ones a server runs most). Plans stay correct across the fence: PostgreSQL plans again when
 * the role or the row-level-security settings a plan depended on change, and reads
 * `current_setting` when it executes.
 *
 * Not for a pooler in transaction mode (PgBouncer before 1.21), which hands one client's
 * prepared statements to another connection: turn it off there (`preparedStatements: false`).
 */
export function prepareStatements(client: pg.PoolClient, most = PREPARED_PER_CONNECTION): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  const names = new Map<string, string>()
  const prepared = (...args: unknown[]) => {
    const [text, values, callback] = args
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      values.length > MOST_PARAMETERS ||
      text.length > LONGEST_TEXT ||
      text.startsWith(PLANNED_AT_EACH_RUN) ||
      callback !== undefined
    ) {
      return query(...args)
    }
    let name = names.get(text)
    if (name === undefined) {
      if (names.size >= most) return query(...args)
      name = `chidao_${names.size}`
      names.set(text, name)
    }
    return query({ name, text, values })
  }
  ;(client as unknown as { query: typeof prepared }).query = prepared
}
