import type { DomainError } from './domain-error.js'

/**
 * Something the person who entered a text should know, though it was accepted: the same shape
 * as a {@link DomainError} (a stable `code`, an English and a Vietnamese message, the path of
 * the field it is about), returned beside the value rather than instead of it.
 *
 * @example
 * ```ts
 * const w: DomainWarning = {
 *   code: 'DEADLINE_UNPARSED', message: 'Deadline not understood: …', messageVi: 'Chưa đọc được thời hạn: …',
 *   path: ['deadline'],
 * }
 * ```
 */
export type DomainWarning = DomainError

/**
 * Writes a warning as one line, "path: vi / en", the form the command line prints.
 *
 * @example
 * ```ts
 * warningLine(w) // 'tasks.3.deadline: Chưa đọc được thời hạn … / Deadline not understood …'
 * ```
 */
export function warningLine(warning: DomainWarning): string {
  const path = warning.path.length === 0 ? '' : `${warning.path.join('.')}: `
  return `${path}${warning.messageVi} / ${warning.message}`
}
