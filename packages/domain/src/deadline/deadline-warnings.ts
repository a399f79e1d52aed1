import { domainError, type ErrorPath } from '../domain-error.js'
import type { DomainWarning } from '../domain-warning.js'
import type { Deadline } from './deadline.js'

const MAX_SHOWN = 80

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

/**
 * The codes of the warnings {@link deadlineWarnings} gives.
 *
 * @example
 * ```ts
 * DEADLINE_WARNING_CODES.includes('DEADLINE_UNPARSED') // true
 * ```
 */
export const DEADLINE_WARNING_CODES = [
  'DEADLINE_UNPARSED',
  'DEADLINE_MISSING_YEAR',
  'DEADLINE_CONDITIONAL',
] as const

/**
 * What the person who entered a deadline should know about how it was read: for a text not
 * understood, the words left over (`DEADLINE_UNPARSED`) or the missing year
 * (`DEADLINE_MISSING_YEAR`); for a conditional deadline, that it has no date until one is set
 * (`DEADLINE_CONDITIONAL`). Other deadlines give none. Each warning carries `path`.
 *
 * @example
 * ```ts
 * const r = parseDeadline('khi thuận lợi, ưu tiên làm sớm')
 * r.ok && deadlineWarnings(r.value, ['tasks', 2, 'deadline'])[0]?.code // 'DEADLINE_UNPARSED'
 * ```
 */
export function deadlineWarnings(
  deadline: Deadline | null,
  path: ErrorPath = ['deadline'],
): readonly DomainWarning[] {
  if (deadline === null) return Object.freeze([])
  const text = shown(deadline.text)
  switch (deadline.kind) {
    case 'UNPARSED':
      return Object.freeze([
        deadline.reason === 'MISSING_YEAR'
          ? domainError(
              'DEADLINE_MISSING_YEAR',
              {
                en: `The deadline "${text}" gives no year and the document's year is not known: kept as written, with no due date`,
                vi: `Thời hạn "${text}" không ghi năm và chưa biết năm của văn bản: giữ nguyên văn, chưa có ngày đến hạn`,
              },
              path,
              deadline.text,
            )
          : domainError(
              'DEADLINE_UNPARSED',
              {
                en: `Deadline not understood: "${text}" (words not read: "${shown(deadline.unread)}"); kept as written, with no due date`,
                vi: `Chưa đọc được thời hạn "${text}" (phần không hiểu: "${shown(deadline.unread)}"); giữ nguyên văn, chưa có ngày đến hạn`,
              },
              path,
              deadline.text,
            ),
      ])
    case 'CONDITIONAL':
      return Object.freeze([
        domainError(
          'DEADLINE_CONDITIONAL',
          {
            en: `Conditional deadline "${text}": no due date until one is set; the task is never counted overdue`,
            vi: `Thời hạn theo điều kiện "${text}": chưa có ngày đến hạn cho đến khi được ấn định; nhiệm vụ không bị tính quá hạn`,
          },
          path,
          deadline.text,
        ),
      ])
    default:
      return Object.freeze([])
  }
}
