import type { Secrecy } from '@chidao/domain'
import type { Kysely, Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { fenceTransaction } from './tenant-transaction.js'

/**
 * One read-only transaction, fenced to a tenant and a clearance, shared by every repository
 * call of one unit of reading — a GraphQL query, a report. It begins at the first call and
 * ends with {@link SharedReadTransaction.end}: a request of six reads pays for BEGIN, the fence
 * and COMMIT once instead of six times, and all its reads see one snapshot (REPEATABLE READ,
 * which never fails a read-only transaction).
 *
 * Calls may overlap (the GraphQL executor resolves siblings at once): they queue on the one
 * connection. Writes fail ("read-only transaction"), on both engines; write through the
 * per-call repositories of `ChidaoDatabase.forTenant` instead. While it is open the
 * transaction holds one connection — on embedded PGlite, the only one — so end it in a
 * `finally`, and do not wait inside it for other work on the same database.
 *
 * @example
 * ```ts
 * const session = db.readSession(tenantId, { clearance: 'MAT' })
 * try {
 *   const page = await session.tasks.list({ first: 50 })
 *   const leads = await session.organizations.findByIds(page.items.map((t) => t.leadId))
 * } finally {
 *   await session.end()
 * }
 * ```
 */
/**
 * Where a {@link SharedReadTransaction} begins — a read replica or the primary — and where it
 * begins instead when that fails (a replica that stopped: the primary).
 */
export interface ReadRoute {
  /** The database to read from. */
  choose(): Promise<Kysely<ChidaoSchema>>
  /** The database to begin on after beginning on `db` failed with `error`; null to fail. */
  insteadOf(db: Kysely<ChidaoSchema>, error: unknown): Kysely<ChidaoSchema> | null
}

export class SharedReadTransaction {
  readonly tenantId: string
  readonly clearance: Secrecy
  readonly #route: ReadRoute
  #open: Promise<Transaction<ChidaoSchema>> | null = null
  #finished: Promise<void> | null = null
  #release: (() => void) | null = null
  #ended = false

  /** `db`: the database to read from, or a {@link ReadRoute} that chooses it at the first read. */
  constructor(db: Kysely<ChidaoSchema> | ReadRoute, tenantId: string, clearance: Secrecy) {
    this.#route = 'choose' in db ? db : { choose: async () => db, insteadOf: () => null }
    this.tenantId = tenantId
    this.clearance = clearance
  }

  /** Runs `work` in the shared transaction, beginning it on the first call. */
  run<T>(work: (trx: Transaction<ChidaoSchema>) => Promise<T>): Promise<T> {
    if (this.#ended) {
      return Promise.reject(new Error('this read transaction has already ended'))
    }
    this.#open ??= this.#begin()
    return this.#open.then(work)
  }

  /**
   * Commits (reads only, so nothing changes) and gives the connection back. Safe to call
   * twice; once ended, further calls of {@link run} are refused.
   */
  async end(): Promise<void> {
    this.#ended = true
    if (!this.#open) return
    // Choosing where to read is asynchronous: the transaction is begun (or failed) first.
    await this.#open.catch(() => {})
    this.#release?.()
    this.#release = null
    try {
      await this.#finished
    } catch (error) {
      // A statement failed and PostgreSQL rolled the transaction back: that statement's caller
      // was told; for a reading transaction nothing else is lost.
      if (!(error instanceof Error && error.name === 'AbortedTransactionError')) throw error
    }
  }

  async #begin(): Promise<Transaction<ChidaoSchema>> {
    let db = await this.#route.choose()
    for (;;) {
      try {
        return await this.#beginOn(db)
      } catch (error) {
        const instead = this.#route.insteadOf(db, error)
        if (!instead || this.#ended) throw error
        db = instead
      }
    }
  }

  #beginOn(db: Kysely<ChidaoSchema>): Promise<Transaction<ChidaoSchema>> {
    // Kysely's callback transaction, held open until end(): it rolls back on error and gives
    // the connection back on every path, which a hand-driven transaction would have to redo.
    const released = new Promise<void>((resolve) => {
      this.#release = resolve
    })
    return new Promise((resolve, reject) => {
      this.#finished = db
        .transaction()
        // Read-only is set by the fence, which the embedded driver would otherwise ignore.
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          await fenceTransaction(trx, this.tenantId, this.clearance, { readOnly: true })
          resolve(trx)
          await released
        })
        .catch((error: unknown) => {
          reject(error)
          // A failure to begin is the first caller's error; a failure to commit a read-only
          // transaction loses nothing, and the connection is already given back.
          if (this.#ended) throw error
        })
    })
  }
}
