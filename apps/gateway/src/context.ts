import type { BundleStore, BundleTextReader, Clock, TenantStore } from '@chidao/app'
import type { ChidaoDatabase, WalPosition } from '@chidao/db'
import type { Viewer } from './auth/viewer.js'
import type { LiveEvents } from './live/live-events.js'

export type { Viewer } from './auth/viewer.js'

/** The per-request context every resolver receives. */
export interface GatewayContext {
  /** The tenant's repositories at the viewer's clearance. */
  readonly tenant: TenantStore
  /** The tenant's records as one bundle: the import use case runs it at the viewer's clearance. */
  readonly bundles: BundleStore
  /** Reads a bundle's JSON or YAML text for the import use case; it touches no data. */
  readonly bundleReader: BundleTextReader
  /** The whole database, to read a request's queries in one shared transaction. */
  readonly database: ChidaoDatabase
  readonly clock: Clock
  /**
   * Who is calling, with their roles and secrecy clearance (`viewer.clearance`): ask
   * repositories only for what `maySee(viewer, …)` (`@chidao/app`) allows.
   */
  readonly viewer: Viewer
  /** Whether this deployment lets anonymous callers read public data (`CHIDAO_PUBLIC_READ`). */
  readonly publicRead: boolean
  readonly requestId: string
  /**
   * The gateway's live events: the writes of a request publish through it (`useCaseContext`),
   * subscriptions listen to it.
   */
  readonly live: LiveEvents
  /**
   * With read replicas (`CHIDAO_READ_URL`): a query may read from one that has replayed
   * `after`, the caller's last write (null: none known). Absent: queries read the primary.
   */
  readonly replicaRead?: { readonly after: WalPosition | null } | null
}
