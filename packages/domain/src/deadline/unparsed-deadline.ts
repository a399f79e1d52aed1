import type { Deadline, UnparsedReason } from './deadline.js'

/**
 * A deadline kept as written, with the words not understood (see `deadlineWarnings`).
 *
 * @example
 * ```ts
 * unparsedDeadline('khi có điều kiện, ưu tiên', 'ưu tiên').kind // 'UNPARSED'
 * ```
 */
export function unparsedDeadline(
  text: string,
  unread: string,
  reason: UnparsedReason = 'NOT_UNDERSTOOD',
): Deadline {
  return Object.freeze({ kind: 'UNPARSED', text, due: null, unread, reason })
}
