import { maySee } from '@chidao/app'
import type { BilingualText, Secrecy } from '@chidao/domain'
import { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth'
import type { GraphQLError } from 'graphql'
import type { GatewayContext } from '../context.js'
import { queryError } from '../query-error.js'
import { hasRole, type Role } from './viewer.js'

/**
 * The scopes a field may require with `authScopes`. Role scopes include the more powerful
 * roles: `{ editor: true }` admits EDITOR and ADMIN.
 *
 * - `public`: anyone who may read — a token holder, or an anonymous caller when
 *   `CHIDAO_PUBLIC_READ` is on. Put it on every query field.
 * - `authenticated`: any verified token.
 * - `viewer`, `reporter`, `editor`, `admin`: at least that role.
 * - `clearance`: a clearance of at least the given secrecy, e.g. `{ clearance: 'MAT' }`.
 *
 * @example
 * ```ts
 * builder.mutationField('createTask', (t) => t.field({ authScopes: { editor: true }, … }))
 * builder.queryField('tasks', (t) => t.connection({ authScopes: { public: true }, … }))
 * ```
 */
export interface GatewayAuthScopes {
  public: boolean
  authenticated: boolean
  viewer: boolean
  reporter: boolean
  editor: boolean
  admin: boolean
  clearance: Secrecy
}

/** The scope initializer given to the scope-auth plugin: runs once per request. */
export function authScopesFor(context: GatewayContext) {
  const { viewer } = context
  return {
    public: viewer.authenticated || context.publicRead,
    authenticated: viewer.authenticated,
    viewer: hasRole(viewer, 'VIEWER'),
    reporter: hasRole(viewer, 'REPORTER'),
    editor: hasRole(viewer, 'EDITOR'),
    admin: hasRole(viewer, 'ADMIN'),
    clearance: (secrecy: Secrecy) => maySee(viewer, secrecy),
  }
}

const ROLE_OF_SCOPE: Readonly<Record<string, Role>> = {
  viewer: 'VIEWER',
  reporter: 'REPORTER',
  editor: 'EDITOR',
  admin: 'ADMIN',
}

/**
 * Says in words what a failed scope check wanted, in English and Vietnamese, e.g. "the role
 * EDITOR or higher" / "vai trò EDITOR trở lên".
 */
export function describeAuthFailure(failure: AuthFailure): BilingualText {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope: {
      const role = ROLE_OF_SCOPE[failure.scope]
      if (role === 'ADMIN') return { en: 'the role ADMIN', vi: 'vai trò ADMIN' }
      if (role) return { en: `the role ${role} or higher`, vi: `vai trò ${role} trở lên` }
      if (failure.scope === 'clearance') {
        const level = String(failure.parameter)
        return {
          en: `a clearance of ${level} or higher`,
          vi: `độ mật được tiếp cận từ ${level} trở lên`,
        }
      }
      if (failure.scope === 'public') {
        return {
          en: 'a signed-in caller (anonymous reading is off)',
          vi: 'người dùng đã đăng nhập (hệ thống không cho đọc ẩn danh)',
        }
      }
      return { en: 'a signed-in caller', vi: 'người dùng đã đăng nhập' }
    }
    case AuthScopeFailureType.AnyAuthScopes:
      return joined(failure.failures.map(describeAuthFailure), { en: ' or ', vi: ' hoặc ' })
    case AuthScopeFailureType.AllAuthScopes:
      return joined(failure.failures.map(describeAuthFailure), { en: ' and ', vi: ' và ' })
    default:
      return { en: 'a permission the caller lacks', vi: 'một quyền mà người gọi không có' }
  }
}

function joined(parts: readonly BilingualText[], by: BilingualText): BilingualText {
  return { en: parts.map((p) => p.en).join(by.en), vi: parts.map((p) => p.vi).join(by.vi) }
}

/**
 * The scope-auth plugin's options, shared by the builder and by tests that build a small
 * schema of their own. A bug in a scope check refuses, never lets the caller through.
 */
export const scopeAuthOptions = {
  authScopes: authScopesFor,
  treatErrorsAsUnauthorized: true,
  unauthorizedError: (
    _parent: unknown,
    context: GatewayContext,
    info: { parentType: { name: string }; fieldName: string },
    result: { failure: AuthFailure },
  ) => scopeRefusal(context, `${info.parentType.name}.${info.fieldName}`, result.failure),
}

/**
 * The error for a field whose scopes the caller lacks: UNAUTHENTICATED for an anonymous caller
 * (a token would help), FORBIDDEN for a token holder (it would not). The message names the
 * field and what it needs.
 */
export function scopeRefusal(
  context: GatewayContext,
  fieldName: string,
  failure: AuthFailure,
): GraphQLError {
  const needs = describeAuthFailure(failure)
  return context.viewer.authenticated
    ? queryError({
        code: 'FORBIDDEN',
        en: `Not allowed: ${fieldName} needs ${needs.en}`,
        vi: `Không được phép: ${fieldName} cần ${needs.vi}`,
      })
    : queryError({
        code: 'UNAUTHENTICATED',
        en: `Sign in first: ${fieldName} needs ${needs.en}`,
        vi: `Cần đăng nhập: ${fieldName} cần ${needs.vi}`,
      })
}
