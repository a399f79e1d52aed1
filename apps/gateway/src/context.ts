import type { Clock, TenantStore } from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import type { Viewer } from './auth/viewer.js'

export type { Viewer } from './auth/viewer.js'

/** The per-request context every resolver receives. */
export interface GatewayContext {
  /** The tenant's repositories at the viewer's clearance. */
  readonly tenant: TenantStore
  /** The whole database, for work beyond one repository call (bundle imports). */
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
}
