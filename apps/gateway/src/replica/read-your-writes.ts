import type { Caller } from '@chidao/app'
import { isWalPosition, laterWalPosition, type WalPosition } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import type { WAL_POSITION_HEADER } from './wal-position-header.js'

/** The most callers whose last write is remembered; the oldest is forgotten first. */
const REMEMBERED_CALLERS = 10_000

/**
 * Read-your-writes with read replicas: the WAL position of each caller's last write, kept in
 * this process, so that the caller's next query reads from a replica that has replayed it (or
 * from the primary). Across processes the position travels in {@link WAL_POSITION_HEADER}.
 */
export class ReadYourWrites {
  readonly #positions = new Map<string, WalPosition>()

  /** Remembers that `caller` wrote up to `position`. */
  remember(tenantId: TenantId, caller: Caller, position: WalPosition): void {
    const key = callerKey(tenantId, caller)
    const later = laterWalPosition(this.#positions.get(key), position) ?? position
    this.#positions.delete(key)
    this.#positions.set(key, later)
    if (this.#positions.size > REMEMBERED_CALLERS) {
      const oldest = this.#positions.keys().next().value
      if (oldest !== undefined) this.#positions.delete(oldest)
    }
  }

  /**
   * The position `caller`'s reads must see: the later of their last write here and the one
   * their request names in {@link WAL_POSITION_HEADER} (ignored unless it is a WAL position).
   */
  after(tenantId: TenantId, caller: Caller, header: string | null): WalPosition | null {
    const remembered = this.#positions.get(callerKey(tenantId, caller))
    return laterWalPosition(remembered, isWalPosition(header) ? header : null)
  }
}

function callerKey(tenantId: TenantId, caller: Caller): string {
  return `${tenantId}\u0000${caller.subject ?? caller.actor}`
}
