import type { Caller } from '@chidao/app'

export { hasRole, isRole, ROLES, type Role } from '@chidao/app'

/**
 * Who is calling the gateway: the holder of a verified bearer token, or an anonymous caller —
 * the `Caller` of `@chidao/app`, whose policy decides every write.
 *
 * @example
 * ```ts
 * if (hasRole(context.viewer, 'EDITOR')) { … }
 * maySee(context.viewer, directive.secrecy)
 * ```
 */
export type Viewer = Caller

export { ANONYMOUS_CALLER as ANONYMOUS_VIEWER } from '@chidao/app'
