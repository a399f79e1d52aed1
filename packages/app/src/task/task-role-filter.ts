import type { OrganizationId } from '@chidao/domain'
import type { TaskFilter } from '../ports/task-store.js'

/** The part an organisation plays in a task: it leads it (chủ trì), coordinates (phối hợp), or either. */
export type TaskRole = 'LEAD' | 'COORDINATOR' | 'ANY'

/**
 * The filter for an organisation's tasks in a role: those it leads (and, with `includeSubtree`,
 * those led by the bodies below it), those it coordinates, or those it leads or coordinates.
 * `includeSubtree` concerns only the lead: the tree is not searched for coordinators.
 *
 * @example
 * ```ts
 * taskRoleFilter(districtId, 'LEAD', { includeSubtree: true })
 * // { leadOrganizationId: districtId, includeSubtree: true }
 * taskRoleFilter(districtId, 'ANY') // { involvedOrganizationId: districtId }
 * ```
 */
export function taskRoleFilter(
  organizationId: OrganizationId,
  role: TaskRole,
  options: { readonly includeSubtree?: boolean | null } = {},
): TaskFilter {
  if (role === 'LEAD') {
    return { leadOrganizationId: organizationId, includeSubtree: options.includeSubtree ?? false }
  }
  if (role === 'COORDINATOR') return { coordinatorOrganizationId: organizationId }
  return { involvedOrganizationId: organizationId }
}
