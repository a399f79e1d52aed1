import type { DomainError } from './domain-error.js'

/**
 * The outcome of an operation that can fail in an expected way.
 *
 * Expected failures (a malformed document symbol, a task that is already completed) are values,
 * never exceptions; exceptions are reserved for bugs.
 *
 * @example
 * ```ts
 * const result = parseDocumentSymbol('93-KL/TW')
 * if (result.ok) console.log(result.value.number) // 93
 * else console.error(result.error.code)
 * ```
 */
export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E }

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * const r = ok(42) // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value }
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @example
 * ```ts
 * const r = err(domainError('NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' }))
 * ```
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error }
}
