import type { DomainError, ErrorPath } from '@chidao/domain'
import { GraphQLError } from 'graphql'

/**
 * What every error outside a mutation's result union carries in `extensions` — the fields of
 * the `Error` interface, less `message`, which is the error's own (in English):
 * `code` (stable), `messageVi` (Vietnamese) and, when one argument or parameter is at fault,
 * `path` (from the argument, e.g. `["symbol"]`, `["first"]`, `["asOf"]`). Some errors add
 * context a client may show: `reason` (UNAUTHENTICATED), `limit` (the limits), `value` (the
 * report download's offending value).
 */
export interface QueryErrorExtensions {
  readonly code: string
  readonly messageVi: string
  readonly path?: readonly string[]
  readonly [context: string]: unknown
}

/** An error named by code, in English and Vietnamese, for a failure no domain function gives. */
export interface QueryErrorText {
  readonly code: string
  readonly en: string
  readonly vi: string
}

/** Where the error points and what else it says. */
export interface QueryErrorOptions {
  /**
   * The argument (or parameter) the error is about, put before the domain error's own path, as
   * `failureFor` does for mutations: `['symbol']`, `['input', 'sections']`.
   */
  readonly path?: ErrorPath
  /** More for `extensions`: `reason`, `limit`, `value`, or Yoga's `http` (status, headers). */
  readonly extensions?: Readonly<Record<string, unknown>>
}

/**
 * The error to throw from a query resolver, a plugin or the HTTP layer: the English message as
 * the GraphQL `message`, and the code, the Vietnamese message and the path in `extensions`
 * (see {@link QueryErrorExtensions}) — never the two languages joined in one string.
 *
 * @example
 * ```ts
 * const parsed = parseDocumentSymbol(args.symbol)
 * if (!parsed.ok) throw queryError(parsed.error, { path: ['symbol'] })
 *
 * throw queryError({ code: 'VALIDATION', en: 'Give id or code', vi: 'Cần truyền id hoặc code' })
 * ```
 */
export function queryError(
  error: DomainError | QueryErrorText,
  options: QueryErrorOptions = {},
): GraphQLError {
  const isDomain = 'messageVi' in error
  const own = isDomain ? error.path : []
  const path = [...(options.path ?? []), ...own].map(String)
  const extensions: QueryErrorExtensions = {
    ...options.extensions,
    code: error.code,
    messageVi: isDomain ? error.messageVi : error.vi,
    ...(path.length > 0 ? { path } : {}),
  }
  return new GraphQLError(isDomain ? error.message : error.en, { extensions })
}

/**
 * The body of an HTTP answer that is not a GraphQL one (the report download), shaped as
 * GraphQL's: `{ errors: [{ message, extensions: { code, messageVi, path? } }] }`. Yoga's `http`
 * extension is left out, as Yoga leaves it out of its own answers.
 *
 * @example
 * ```ts
 * new Response(JSON.stringify(errorBody(queryError(text, { path: ['asOf'] }))), { status: 400 })
 * ```
 */
export function errorBody(error: GraphQLError): {
  errors: { message: string; extensions: Record<string, unknown> }[]
} {
  const { http: _http, ...extensions } = error.extensions
  return { errors: [{ message: error.message, extensions }] }
}
