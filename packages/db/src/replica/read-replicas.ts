import { type Kysely, sql } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { type WalPosition, walReached } from './wal-position.js'

/** One streaming replica the gateway reads from, with what is known of its health. */
interface ReadReplica {
  readonly kysely: Kysely<ChidaoSchema>
  /** Its URL without a password, for logs and `/ready`. */
  readonly target: string
  /** Until when it is skipped after a failure (epoch ms); 0 when healthy. */
  downUntil: number
  /** The last replay position it reported: a read after it needs no question. */
  replayed: WalPosition | null
}

/** How a replica is doing, as `/ready` tells it: its URL without a password. */
export interface ReplicaHealth {
  readonly replica: string
  readonly healthy: boolean
}

/** Settings of {@link ReadReplicas}. */
export interface ReadReplicaOptions {
  /**
   * How long a read after a caller's write waits for the chosen replica to replay that write
   * before it goes to the primary instead.
   */
  readonly waitMs: number
  /** How long a replica that failed is skipped (reads go elsewhere) before it is tried again. */
  readonly retryAfterMs: number
  /** Told when a replica fails and is skipped for a while (to log it). */
  readonly onDown?: ((replica: string, error: unknown) => void) | null
}

/** How often a read waiting for a replica to catch up asks it again. */
const CATCH_UP_POLL_MS = 10

/**
 * The read replicas of a PostgreSQL primary: picks one round robin among the healthy ones,
 * skips one that failed for a while, and tells whether one has replayed a given write.
 */
export class ReadReplicas {
  readonly #replicas: ReadReplica[]
  readonly #options: ReadReplicaOptions
  #next = 0

  constructor(
    replicas: readonly { readonly kysely: Kysely<ChidaoSchema>; readonly target: string }[],
    options: ReadReplicaOptions,
  ) {
    this.#replicas = replicas.map((r) => ({ ...r, downUntil: 0, replayed: null }))
    this.#options = options
  }

  /** How many replicas there are, healthy or not. */
  get size(): number {
    return this.#replicas.length
  }

  /** The next healthy replica, round robin; null when none is. */
  pick(): ReadReplica | null {
    const now = Date.now()
    for (let i = 0; i < this.#replicas.length; i++) {
      const replica = this.#replicas[(this.#next + i) % this.#replicas.length]!
      if (replica.downUntil <= now) {
        this.#next = (this.#next + i + 1) % this.#replicas.length
        return replica
      }
    }
    return null
  }

  /**
   * Whether `replica` has replayed the WAL up to `position`, waiting at most `waitMs` for it.
   * A replica that cannot answer is skipped for a while, and the answer is false.
   */
  async caughtUp(replica: ReadReplica, position: WalPosition): Promise<boolean> {
    const deadline = Date.now() + this.#options.waitMs
    for (;;) {
      if (replica.replayed && walReached(replica.replayed, position)) return true
      try {
        const { rows } = await sql<{
          lsn: string | null
        }>`select pg_last_wal_replay_lsn()::text as lsn`.execute(replica.kysely)
        replica.replayed = rows[0]?.lsn ?? null
      } catch (error) {
        this.markDown(replica.kysely, error)
        return false
      }
      if (replica.replayed && walReached(replica.replayed, position)) return true
      if (Date.now() + CATCH_UP_POLL_MS > deadline) return false
      await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS))
    }
  }

  /** Whether `kysely` is one of the replicas. */
  owns(kysely: Kysely<ChidaoSchema>): boolean {
    return this.#replicas.some((r) => r.kysely === kysely)
  }

  /** Skips the replica behind `kysely` for `retryAfterMs`: reads go elsewhere meanwhile. */
  markDown(kysely: Kysely<ChidaoSchema>, error: unknown): void {
    const replica = this.#replicas.find((r) => r.kysely === kysely)
    if (!replica) return
    const wasUp = replica.downUntil <= Date.now()
    replica.downUntil = Date.now() + this.#options.retryAfterMs
    replica.replayed = null
    if (wasUp) this.#options.onDown?.(replica.target, error)
  }

  /**
   * Asks every replica whether it answers within `timeoutMs`: one that does not is skipped
   * for a while, one that does is used again at once.
   */
  async health(timeoutMs: number): Promise<ReplicaHealth[]> {
    return Promise.all(
      this.#replicas.map(async (replica) => {
        let timer: NodeJS.Timeout | undefined
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
        })
        try {
          await Promise.race([sql`select 1`.execute(replica.kysely), late])
          replica.downUntil = 0
          return { replica: replica.target, healthy: true }
        } catch (error) {
          this.markDown(replica.kysely, error)
          return { replica: replica.target, healthy: false }
        } finally {
          clearTimeout(timer)
        }
      }),
    )
  }

  /** Closes every replica's pool. */
  async close(): Promise<void> {
    await Promise.allSettled(this.#replicas.map((r) => r.kysely.destroy()))
  }
}
