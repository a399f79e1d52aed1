import type { OrganizationId } from '@chidao/domain'
import { type Caller, hasRole } from '../caller.js'
import { refused } from '../policy/decision.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import { enforce } from '../use-case/use-case.js'

/**
 * Whose reminders and deliveries a caller reads: the whole tenant (`null`) for an ADMIN, its
 * organisation's subtree for anyone else, nothing (`'NONE'`) for a caller without an
 * organisation. Anonymous callers are refused (`UNAUTHENTICATED`): an inbox is somebody's.
 *
 * @example
 * ```ts
 * const scope = await urgingScope(context.caller, context.ports.organizations)
 * ```
 */
export async function urgingScope(
  caller: Caller,
  organizations: Pick<OrganizationReader, 'findByCode'>,
): Promise<OrganizationId | null | 'NONE'> {
  if (!caller.authenticated)
    enforce(
      refused(
        'UNAUTHENTICATED',
        'Sign in first: reminders are read by the organisations they are for',
        'Cần đăng nhập: nhắc việc chỉ được xem bởi cơ quan nhận',
      ),
    )
  if (hasRole(caller, 'ADMIN')) return null
  if (caller.organizationCode === null) return 'NONE'
  const own = await organizations.findByCode(caller.organizationCode)
  return own ? own.id : 'NONE'
}
