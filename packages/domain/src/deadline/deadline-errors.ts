import { type DomainError, domainError } from '../domain-error.js'

/**
 * The error codes `parseDeadline` returns.
 *
 * @example
 * ```ts
 * DEADLINE_ERROR_CODES.includes(result.error.code)
 * ```
 */
export const DEADLINE_ERROR_CODES = ['INVALID_DEADLINE', 'INVALID_DATE', 'MISSING_YEAR'] as const

const MAX_SHOWN = 80

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

/** The text is no deadline at all (an empty text). */
export function invalidDeadline(text: string): DomainError {
  return domainError(
    'INVALID_DEADLINE',
    {
      en: `Not a deadline: "${shown(text)}"`,
      vi: `Không nhận dạng được thời hạn: "${shown(text)}"`,
    },
    [],
    text,
  )
}

/** The text names a day or period that does not exist. */
export function invalidDate(text: string): DomainError {
  return domainError(
    'INVALID_DATE',
    {
      en: `The deadline "${shown(text)}" names a day or period that does not exist`,
      vi: `Thời hạn "${shown(text)}" ghi ngày hoặc kỳ không có thật`,
    },
    [],
    text,
  )
}

/** The text gives no year, and the context none. */
export function missingYear(text: string): DomainError {
  return domainError(
    'MISSING_YEAR',
    {
      en: `The deadline "${shown(text)}" gives no year, and no context year was given`,
      vi: `Thời hạn "${shown(text)}" không ghi năm và không có năm của văn bản để suy ra`,
    },
    ['context', 'year'],
    text,
  )
}
