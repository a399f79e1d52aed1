import * as app from '@chidao/app'
import { ERROR_CODE_MEANINGS } from './error-code-meanings.js'

/** The error types of a mutation's result union, by the kind of failure. */
export type ErrorTypeName =
  | 'ValidationError'
  | 'NotFoundError'
  | 'ConflictError'
  | 'UnauthenticatedError'
  | 'ForbiddenError'

/** Codes of a change that collides with the current data: a taken key, a stale version. */
const CONFLICT_CODES =
  /(_TAKEN|_EXISTS|_STALE|^DUPLICATE_RELATION)$|^CONFLICT$|^REPORT_ALREADY_CORRECTED$/
const NOT_FOUND_CODES = /NOT_FOUND$/

/**
 * The error type a code comes as in a mutation's result union: the one mapping from a use
 * case's code to the transport, used by `failureFor` and by the enum `ErrorCode`.
 *
 * @example
 * ```ts
 * errorTypeOf('TASK_NOT_FOUND') // 'NotFoundError'
 * ```
 */
export function errorTypeOf(code: string): ErrorTypeName {
  if (code === 'UNAUTHENTICATED') return 'UnauthenticatedError'
  if (code === 'FORBIDDEN') return 'ForbiddenError'
  if (CONFLICT_CODES.test(code)) return 'ConflictError'
  if (NOT_FOUND_CODES.test(code)) return 'NotFoundError'
  return 'ValidationError'
}

/** Whether an export of `@chidao/app` is a use case: a function listing its error codes. */
function isUseCase(value: unknown): value is { readonly errors: readonly string[] } {
  return typeof value === 'function' && Array.isArray((value as { errors?: unknown }).errors)
}

/**
 * Every code a failure of the API may carry, in alphabetical order: the codes each use case
 * of `@chidao/app` declares (`defineUseCase({ name, errors, run })`), the one source of truth,
 * so that a use case added later brings its codes with it.
 */
export const ERROR_CODES: readonly string[] = Object.freeze(
  [...new Set(Object.values(app).flatMap((value) => (isUseCase(value) ? value.errors : [])))]
    .filter((code) => /^[A-Z][A-Z0-9_]*$/.test(code))
    .sort(),
)

/**
 * The description of a code's value of the enum `ErrorCode`: its meaning in English and in
 * Vietnamese ({@link ERROR_CODE_MEANINGS}) and the error type it comes as; `undefined` for a
 * code not described yet, which the schema's test refuses.
 */
export function errorCodeDescription(code: string): string | undefined {
  const meaning = (ERROR_CODE_MEANINGS as Record<string, { en: string; vi: string }>)[code]
  if (!meaning) return undefined
  return `${meaning.en} Vietnamese: ${meaning.vi} (In \`${errorTypeOf(code)}\`.)`
}
