import type { TenantDatabase } from '@chidao/db'
import type { Clock } from '@chidao/domain'

/** Who is calling: from a verified bearer token, or anonymous. */
export interface Viewer {
  /** `user:<subject>` for token holders, `anonymous` otherwise. */
  readonly actor: string
  readonly organizationCode: string | null
}

/** The per-request context every resolver receives. */
export interface GatewayContext {
  readonly tenant: TenantDatabase
  readonly clock: Clock
  readonly viewer: Viewer
  readonly requestId: string
}
