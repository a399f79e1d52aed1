import type { Secrecy } from '@chidao/domain'

/**
 * The roles a token may carry, from the most powerful. Each role includes the ones after it:
 * an ADMIN may do whatever an EDITOR may, an EDITOR whatever a REPORTER may, and so on.
 *
 * - `ADMIN` manages the tenant: organisations, and every directive and task.
 * - `EDITOR` manages directives and tasks of its organisation's subtree.
 * - `REPORTER` reports progress on tasks its organisation leads (chủ trì) or coordinates.
 * - `VIEWER` reads, up to its clearance.
 */
export const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'VIEWER'] as const

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number]

/** Tells whether a string is a {@link Role}. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/**
 * Who is calling: the holder of a verified bearer token, or an anonymous caller.
 *
 * @example
 * ```ts
 * if (hasRole(context.viewer, 'EDITOR')) { … }
 * canSeeSecrecy(context.viewer, directive.secrecy)
 * ```
 */
export interface Viewer {
  /** True for the holder of a verified token. */
  readonly authenticated: boolean
  /** The token's `sub`; null for anonymous callers. */
  readonly subject: string | null
  /** `user:<subject>` for token holders, `anonymous` otherwise: written to the audit log. */
  readonly actor: string
  /** The caller's organisation (the token's `org`), e.g. `BTV-TU`; null when none. */
  readonly organizationCode: string | null
  /** The roles the token grants; empty for anonymous callers. */
  readonly roles: readonly Role[]
  /** The highest secrecy the caller may read (`PUBLIC` for anonymous callers). */
  readonly clearance: Secrecy
}

/** The viewer of a request that carries no token. */
export const ANONYMOUS_VIEWER: Viewer = Object.freeze({
  authenticated: false,
  subject: null,
  actor: 'anonymous',
  organizationCode: null,
  roles: Object.freeze([]) as readonly Role[],
  clearance: 'PUBLIC',
})

/**
 * Tells whether the viewer holds the role or a more powerful one (see {@link ROLES}).
 *
 * @example
 * ```ts
 * hasRole({ ...viewer, roles: ['ADMIN'] }, 'EDITOR') // true
 * hasRole(ANONYMOUS_VIEWER, 'VIEWER') // false
 * ```
 */
export function hasRole(viewer: Viewer, role: Role): boolean {
  const needed = ROLES.indexOf(role)
  return viewer.roles.some((held) => ROLES.indexOf(held) <= needed)
}
