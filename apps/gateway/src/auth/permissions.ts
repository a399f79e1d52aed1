import { canSee, type Secrecy } from '@chidao/domain'
import { hasRole, type Viewer } from './viewer.js'

/** What {@link canWriteProgress} needs to know of a task: who leads it and who coordinates. */
export interface TaskOwnership {
  /** Code of the organisation that leads (chủ trì) the task. */
  readonly leadCode: string
  /** Codes of the organisations that coordinate (phối hợp). */
  readonly coordinatorCodes: readonly string[]
}

/**
 * Answers whether organisation `code` is `ancestorCode` itself or lies below it in the
 * administrative tree. Given by the caller, who can ask the repository (or a loaded tree).
 */
export type IsInSubtree = (code: string, ancestorCode: string) => boolean | Promise<boolean>

/**
 * Tells whether the viewer may report progress on (or otherwise change) a task:
 * - ADMIN: every task of the tenant;
 * - EDITOR: tasks led or coordinated by an organisation in the subtree of its own;
 * - REPORTER: only tasks its own organisation leads or coordinates;
 * - VIEWER and anonymous callers: none.
 * A token without an organisation can change nothing below ADMIN.
 *
 * @example
 * ```ts
 * const allowed = await canWriteProgress(context.viewer, { leadCode: 'BTG', coordinatorCodes: [] },
 *   (code, root) => context.tenant.organizations.isInSubtree(code, root))
 * if (!allowed) throw new ForbiddenFailure(…)
 * ```
 */
export async function canWriteProgress(
  viewer: Viewer,
  task: TaskOwnership,
  isInSubtree: IsInSubtree,
): Promise<boolean> {
  if (!viewer.authenticated) return false
  if (hasRole(viewer, 'ADMIN')) return true
  const own = viewer.organizationCode
  if (own === null) return false
  const owners = [task.leadCode, ...task.coordinatorCodes].map((c) => c.toUpperCase())
  if (hasRole(viewer, 'EDITOR')) {
    for (const code of owners) {
      if (code === own || (await isInSubtree(code, own))) return true
    }
    return false
  }
  if (hasRole(viewer, 'REPORTER')) return owners.includes(own)
  return false
}

/**
 * Tells whether the viewer may see something marked with this secrecy: its clearance must be at
 * least the mark. Anonymous callers see PUBLIC only.
 *
 * @example
 * ```ts
 * canSeeSecrecy(context.viewer, directive.secrecy)
 * ```
 */
export function canSeeSecrecy(viewer: Viewer, secrecy: Secrecy): boolean {
  return canSee(viewer.clearance, secrecy)
}
