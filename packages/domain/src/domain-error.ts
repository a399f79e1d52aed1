/** A path to the offending field, e.g. `['tasks', 3, 'lead']`. */
export type ErrorPath = readonly (string | number)[]

/**
 * An expected failure: a stable machine-readable `code`, a message in English and in
 * Vietnamese, and the path of the offending field (empty when the whole input is at fault).
 *
 * Codes are part of the public contract: clients branch on them, so they never change once
 * released. Messages may be reworded.
 *
 * @example
 * ```ts
 * const e = domainError('INVALID_DOCUMENT_SYMBOL',
 *   { en: 'Not a document symbol: "abc"', vi: 'Không phải số, ký hiệu văn bản: "abc"' },
 *   ['symbol'])
 * e.code // 'INVALID_DOCUMENT_SYMBOL'
 * ```
 */
export interface DomainError {
  readonly code: string
  /** English message. */
  readonly message: string
  /** Vietnamese message (thông báo lỗi). */
  readonly messageVi: string
  readonly path: ErrorPath
  /** The offending value, where showing it helps (never a secret). */
  readonly value?: unknown
}

/** A message in both languages of the project. */
export interface BilingualText {
  readonly en: string
  readonly vi: string
}

/**
 * Builds a frozen {@link DomainError}.
 *
 * @example
 * ```ts
 * domainError('CYCLE_IN_HIERARCHY', { en: 'Cycle', vi: 'Vòng lặp' }, ['parentCode'], 'TU')
 * ```
 */
export function domainError(
  code: string,
  text: BilingualText,
  path: ErrorPath = [],
  value?: unknown,
): DomainError {
  const error: DomainError =
    value === undefined
      ? { code, message: text.en, messageVi: text.vi, path: Object.freeze([...path]) }
      : { code, message: text.en, messageVi: text.vi, path: Object.freeze([...path]), value }
  return Object.freeze(error)
}

/**
 * Prefixes the path of an error, for errors raised by a nested validator.
 *
 * @example
 * ```ts
 * withPathPrefix(e, ['organizations', 2]).path // ['organizations', 2, ...e.path]
 * ```
 */
export function withPathPrefix(error: DomainError, prefix: ErrorPath): DomainError {
  return Object.freeze({ ...error, path: Object.freeze([...prefix, ...error.path]) })
}
