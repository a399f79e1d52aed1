import { domainError } from '@chidao/domain'
import { wrapErrorIfMatches } from '@pothos/plugin-errors'
import type { ForbiddenError } from '@pothos/plugin-scope-auth'
import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../context.js'
import { ForbiddenFailure, UnauthenticatedFailure } from '../schema/support/error.js'

/**
 * The typed failure for a caller who may not do something: {@link UnauthenticatedFailure} for
 * an anonymous caller, {@link ForbiddenFailure} for a token holder. Throw it from a resolver
 * whose field lists both in its `errors.types`. (The policy's own refusals go through
 * `enforce` in `policy-gate.ts`.)
 *
 * @example
 * ```ts
 * throw refusalFor(context, { en: 'Not allowed: …', vi: 'Không được phép: …' })
 * ```
 */
export function refusalFor(
  context: Pick<GatewayContext, 'viewer'>,
  text: { readonly en: string; readonly vi: string },
): ForbiddenFailure | UnauthenticatedFailure {
  return context.viewer.authenticated
    ? new ForbiddenFailure(domainError('FORBIDDEN', text), [])
    : new UnauthenticatedFailure(
        domainError('UNAUTHENTICATED', {
          en: `Sign in first: ${text.en}`,
          vi: `Cần đăng nhập: ${text.vi}`,
        }),
        [],
      )
}

/** The typed failure for a refusal worded in full ("Sign in first: …", "Not allowed: …"). */
function worded(
  context: Pick<GatewayContext, 'viewer'>,
  text: { readonly en: string; readonly vi: string },
): ForbiddenFailure | UnauthenticatedFailure {
  return context.viewer.authenticated
    ? new ForbiddenFailure(domainError('FORBIDDEN', text), [])
    : new UnauthenticatedFailure(domainError('UNAUTHENTICATED', text), [])
}

/**
 * An `unauthorizedResolver` for mutations whose `errors.types` list {@link ForbiddenFailure}
 * and {@link UnauthenticatedFailure}: a failed `authScopes` check then comes back as a member
 * of the result union (`... on ForbiddenError { code message }`) instead of a GraphQL error.
 * The scope-auth plugin runs outside the errors plugin, so this wraps the failure itself.
 *
 * @example
 * ```ts
 * createTask: t.field({
 *   authScopes: { editor: true },
 *   unauthorizedResolver: typedRefusal,
 *   errors: { types: [ForbiddenFailure, UnauthenticatedFailure, ValidationFailure] },
 *   …
 * })
 * ```
 */
export function typedRefusal(
  _parent: unknown,
  _args: unknown,
  context: GatewayContext,
  info: GraphQLResolveInfo,
  error: ForbiddenError | Error,
  // biome-ignore lint/suspicious/noExplicitAny: the value is an error member of the field's union
): any {
  // The scope check's own refusal (`scopeRefusal`) is worded already, in both languages.
  const messageVi = (error as { extensions?: { messageVi?: unknown } }).extensions?.messageVi
  const refusal =
    typeof messageVi === 'string'
      ? worded(context, { en: error.message, vi: messageVi })
      : refusalFor(context, {
          en: error.message,
          vi: context.viewer.authenticated
            ? 'Bạn không có quyền thực hiện thao tác này'
            : 'Thao tác này cần đăng nhập',
        })
  const declared = info.parentType.getFields()[info.fieldName]?.extensions?.pothosErrors
  if (!Array.isArray(declared)) throw error
  const wrapped = wrapErrorIfMatches(refusal, declared)
  if (wrapped === refusal) throw error
  return wrapped
}
