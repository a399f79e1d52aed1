import type { Secrecy } from '@chidao/domain'

/**
 * The roles a caller may hold, from the most powerful. Each role includes the ones after it:
 * an ADMIN may do whatever an EDITOR may, an EDITOR whatever a REPORTER may, and so on.
 *
 * - `ADMIN` manages the tenant: organisations, imports, and every directive and task.
 * - `EDITOR` manages directives and tasks within its organisation's subtree.
 * - `REPORTER` reports progress in its own organisation's name, on tasks it leads or coordinates.
 * - `VIEWER` reads, up to its clearance.
 *
 * Roles are matched exactly as written here (upper case).
 */
export const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'VIEWER'] as const

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number]

/** Tells whether a string is a {@link Role}, exactly as written (`admin` is not). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/**
 * Who is asking: the holder of a verified token (or the operator at the command line), or an
 * anonymous caller. Every use case and every policy decision takes one.
 *
 * @example
 * ```ts
 * const clerk: Caller = {
 *   authenticated: true, subject: 'lan', actor: 'user:lan', organizationCode: 'VP-TU',
 *   roles: ['EDITOR'], clearance: 'MAT',
 * }
 * ```
 */
export interface Caller {
  /** True for the holder of a verified token and for the operator at the command line. */
  readonly authenticated: boolean
  /** The token's `sub`; null for anonymous callers. */
  readonly subject: string | null
  /** `user:<subject>` for token holders, `cli:<command>` for the operator, `anonymous` otherwise: written to the audit log. */
  readonly actor: string
  /** The caller's organisation code (upper case), e.g. `BTV-TU`; null when none. */
  readonly organizationCode: string | null
  /** The roles held; empty for anonymous callers. */
  readonly roles: readonly Role[]
  /** The highest secrecy the caller may read and write (`PUBLIC` for anonymous callers). */
  readonly clearance: Secrecy
}

/** The caller of a request that carries no token. */
export const ANONYMOUS_CALLER: Caller = Object.freeze({
  authenticated: false,
  subject: null,
  actor: 'anonymous',
  organizationCode: null,
  roles: Object.freeze([]) as readonly Role[],
  clearance: 'PUBLIC',
})

/**
 * The operator of a deployment at its command line (`chidao import`, `chidao seed`): an ADMIN
 * with the highest clearance, since whoever runs the command can open the database anyway.
 */
export function operatorCaller(command: string): Caller {
  return Object.freeze({
    authenticated: true,
    subject: null,
    actor: `cli:${command}`,
    organizationCode: null,
    roles: Object.freeze(['ADMIN']) as readonly Role[],
    clearance: 'TUYET_MAT',
  })
}

/**
 * Tells whether the caller holds the role or a more powerful one (see {@link ROLES}).
 *
 * @example
 * ```ts
 * hasRole({ ...caller, roles: ['ADMIN'] }, 'EDITOR') // true
 * hasRole(ANONYMOUS_CALLER, 'VIEWER') // false
 * ```
 */
export function hasRole(caller: Caller, role: Role): boolean {
  const needed = ROLES.indexOf(role)
  return caller.roles.some((held) => ROLES.indexOf(held) <= needed)
}
