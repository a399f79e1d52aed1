import type { Secrecy, TenantId } from '@chidao/domain'
import { type Kysely, sql } from 'kysely'
import { KyselyAssessmentRepository } from './assessment/kysely-assessment-repository.js'
import { KyselyDirectiveRepository } from './directive/kysely-directive-repository.js'
import { type MigrationReport, migrateDown, migrateToLatest } from './migrate.js'
import { KyselyOrganizationRepository } from './organization/kysely-organization-repository.js'
import type { PoolStats } from './pool-stats.js'
import type { ReadReplicas, ReplicaHealth } from './replica/read-replicas.js'
import type { WalPosition } from './replica/wal-position.js'
import { KyselyReportingCalendarReader } from './reporting/kysely-reporting-calendar-reader.js'
import type { ChidaoSchema } from './schema.js'
import { KyselyTaskRepository } from './task/kysely-task-repository.js'
import { type ReadRoute, SharedReadTransaction } from './tenant/shared-read-transaction.js'
import type { TenantExecutor } from './tenant/tenant-runner.js'
import { KyselyReminderLog } from './urging/kysely-reminder-log.js'
import { KyselyUrgedDutyReader } from './urging/kysely-urged-duty-reader.js'
import { KyselyUrgingStore } from './urging/kysely-urging-store.js'

/** Which database engine serves a {@link ChidaoDatabase}. */
export type Backend = 'postgres' | 'pglite'

/**
 * The repositories of one tenant at one clearance: each query they run is fenced to that
 * tenant, and sees nothing above that clearance.
 */
export interface TenantDatabase {
  readonly tenantId: TenantId
  readonly clearance: Secrecy
  readonly organizations: KyselyOrganizationRepository
  readonly directives: KyselyDirectiveRepository
  readonly tasks: KyselyTaskRepository
  readonly assessments: KyselyAssessmentRepository
  readonly reporting: KyselyReportingCalendarReader
  readonly urging: KyselyUrgingStore
  readonly urgedDuties: KyselyUrgedDutyReader
  readonly reminders: KyselyReminderLog
}

/** A tenant's repositories reading in one shared transaction, until {@link ReadSession.end}. */
export interface ReadSession extends TenantDatabase {
  /** Ends the shared transaction and gives its connection back; reads after it are refused. */
  end(): Promise<void>
}

function tenantRepositories(
  executor: TenantExecutor,
  tenantId: TenantId,
  clearance: Secrecy,
): TenantDatabase {
  return {
    tenantId,
    clearance,
    organizations: new KyselyOrganizationRepository(executor, tenantId, clearance),
    directives: new KyselyDirectiveRepository(executor, tenantId, clearance),
    tasks: new KyselyTaskRepository(executor, tenantId, clearance),
    assessments: new KyselyAssessmentRepository(executor, tenantId, clearance),
    reporting: new KyselyReportingCalendarReader(executor, tenantId, clearance),
    urging: new KyselyUrgingStore(executor, tenantId, clearance),
    urgedDuties: new KyselyUrgedDutyReader(executor, tenantId, clearance),
    reminders: new KyselyReminderLog(executor, tenantId, clearance),
  }
}

/** The figures of a database with one session and no pool (PGlite). */
const ONE_SESSION: PoolStats = Object.freeze({ total: 1, idle: null, waiting: null })

/** Options of {@link ChidaoDatabase.readSession}. */
export interface ReadSessionOptions {
  readonly clearance?: Secrecy
  /**
   * May the session read from a read replica (`readUrls` of `openDatabase`)? Only for reads
   * whose answer may be a moment old — a query, not the check a write makes before it writes.
   * Default false: the primary.
   */
  readonly replica?: boolean
  /**
   * With `replica`: the WAL position of the caller's last write ({@link ChidaoDatabase.walPosition}).
   * The session reads from a replica that has replayed it, waiting a bounded short time for
   * one to do so, and from the primary otherwise: a caller always reads their own writes.
   */
  readonly after?: WalPosition | null
}

/** How {@link ChidaoDatabase.snapshot} packs the dump: a plain tar, or gzipped. */
export type SnapshotCompression = 'none' | 'gzip'

/**
 * An open chidao database: migrations, tenants and the tenant-scoped repositories. Obtain one
 * with `openDatabase`; close it when done.
 */
export class ChidaoDatabase {
  /**
   * Owner access to the database, for migrations, tenant management and tools. Queries through
   * it are not fenced by tenant: application code uses {@link ChidaoDatabase.forTenant}.
   */
  readonly kysely: Kysely<ChidaoSchema>
  readonly backend: Backend
  /** Where the data lives, with no password: `PostgreSQL postgres://…`, `PGlite at .chidao/data`. */
  readonly location: string
  readonly #snapshot: ((compression: SnapshotCompression) => Promise<Blob>) | null
  readonly #afterClose: (() => Promise<void>) | null
  readonly #poolStats: () => PoolStats
  readonly #tenants = new Map<string, TenantDatabase>()
  readonly #replicas: ReadReplicas | null

  constructor(
    kysely: Kysely<ChidaoSchema>,
    backend: Backend,
    location: string,
    snapshot: ((compression: SnapshotCompression) => Promise<Blob>) | null = null,
    afterClose: (() => Promise<void>) | null = null,
    replicas: ReadReplicas | null = null,
    poolStats: () => PoolStats = () => ONE_SESSION,
  ) {
    this.kysely = kysely
    this.backend = backend
    this.location = location
    this.#snapshot = snapshot
    this.#afterClose = afterClose
    this.#poolStats = poolStats
    this.#replicas = replicas && replicas.size > 0 ? replicas : null
  }

  /** How busy the primary's connections are now (see {@link PoolStats}); for metrics. */
  poolStats(): PoolStats {
    return this.#poolStats()
  }

  /** Whether queries may read from read replicas (`readUrls` of `openDatabase`). */
  get hasReplicas(): boolean {
    return this.#replicas !== null
  }

  /** Applies every pending migration; does nothing when the schema is up to date. */
  migrate(): Promise<MigrationReport> {
    return migrateToLatest(this.kysely)
  }

  /** Reverts the last migration (development only). */
  migrateDown(): Promise<MigrationReport> {
    return migrateDown(this.kysely)
  }

  /** Creates the tenant if it does not exist yet; keeps an existing one unchanged. */
  async ensureTenant(id: TenantId, name: string): Promise<void> {
    await this.kysely
      .insertInto('tenant')
      .values({ id, name })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
  }

  /**
   * The repositories of one tenant, seeing directives up to `clearance` (PUBLIC unless said:
   * secret material is shown only to those who are cleared for it).
   */
  forTenant(tenantId: TenantId, options: { readonly clearance?: Secrecy } = {}): TenantDatabase {
    const clearance = options.clearance ?? 'PUBLIC'
    const key = `${tenantId}\u0000${clearance}`
    let scope = this.#tenants.get(key)
    if (!scope) {
      scope = Object.freeze(tenantRepositories(this.kysely, tenantId, clearance))
      this.#tenants.set(key, scope)
    }
    return scope
  }

  /**
   * The repositories of one tenant at one clearance, all reading in one shared read-only
   * transaction (see {@link SharedReadTransaction}): for a unit of reading such as a GraphQL
   * query, which then pays for BEGIN, the tenant fence and COMMIT once and reads one snapshot.
   * Writes through it fail. Call `end()` when done, in a `finally`.
   */
  readSession(tenantId: TenantId, options: ReadSessionOptions = {}): ReadSession {
    const clearance = options.clearance ?? 'PUBLIC'
    const replicas = options.replica ? this.#replicas : null
    const from = replicas ? this.#replicaRoute(replicas, options.after ?? null) : this.kysely
    const shared = new SharedReadTransaction(from, tenantId, clearance)
    return Object.freeze({
      ...tenantRepositories(shared, tenantId, clearance),
      end: () => shared.end(),
    })
  }

  /**
   * Reads from the next healthy replica, once it has replayed `after`; from the primary when
   * none is healthy, when the one chosen has not caught up within the wait, or when beginning
   * on it fails (it is then skipped for a while).
   */
  #replicaRoute(replicas: ReadReplicas, after: WalPosition | null): ReadRoute {
    const primary = this.kysely
    return {
      choose: async () => {
        const replica = replicas.pick()
        if (!replica) return primary
        if (after && !(await replicas.caughtUp(replica, after))) return primary
        return replica.kysely
      },
      insteadOf: (db, error) => {
        if (!replicas.owns(db)) return null
        replicas.markDown(db, error)
        return primary
      },
    }
  }

  /**
   * With read replicas: the primary's current WAL position (`pg_current_wal_lsn()`), to take
   * after a write commits, so that the writer's next reads wait for a replica to replay it
   * (`readSession`'s `after`). Null without replicas.
   */
  async walPosition(): Promise<WalPosition | null> {
    if (!this.#replicas) return null
    const { rows } = await sql<{
      lsn: string
    }>`select pg_current_wal_lsn()::text as lsn`.execute(this.kysely)
    return rows[0]?.lsn ?? null
  }

  /**
   * How each read replica is doing (none without replicas): each must answer within
   * `timeoutMs`; one that does not is skipped for a while, one that does is used again.
   */
  replicaHealth(timeoutMs: number): Promise<ReplicaHealth[]> {
    return this.#replicas ? this.#replicas.health(timeoutMs) : Promise.resolve([])
  }

  /** Checks that the database answers; throws when it does not. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.kysely)
  }

  /**
   * Embedded only: a dump of the whole data directory, to open copies quickly
   * (`openDatabase({ url: 'memory://', loadDataDir })`), a plain tar unless `gzip` is asked
   * for. `null` on PostgreSQL.
   */
  async snapshot(compression: SnapshotCompression = 'none'): Promise<Blob | null> {
    return this.#snapshot ? this.#snapshot(compression) : null
  }

  /**
   * Closes the pool or the embedded database; an embedded data directory is then free for
   * another process to open.
   */
  async close(): Promise<void> {
    try {
      await this.#replicas?.close()
      await this.kysely.destroy()
    } finally {
      await this.#afterClose?.()
    }
  }
}
