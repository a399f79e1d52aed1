/**
 * How busy the database's connections are, for metrics: a read-only snapshot.
 *
 * On PostgreSQL, the `pg` pool's own figures. The embedded database (PGlite) has exactly one
 * session and no pool: `total` is 1, and `idle` and `waiting` are null (the dialect queues
 * callers internally and does not say how many wait).
 */
export interface PoolStats {
  /** Connections open, idle or in use. */
  readonly total: number
  /** Open connections no one holds; null when not known (PGlite). */
  readonly idle: number | null
  /** Callers waiting for a connection; null when not known (PGlite). */
  readonly waiting: number | null
}
