import {
  DEADLINE_KIND_LABELS,
  type Deadline,
  type DomainError,
  type DomainWarning,
  deadlineWarnings,
  parseDeadline,
} from '@chidao/domain'

/**
 * How the domain will read a deadline as typed: nothing yet, an error (a day that does not
 * exist), or the deadline with its due day (if it has one) and the warnings to show.
 */
export type DeadlineReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly error: DomainError }
  | {
      readonly kind: 'read'
      readonly deadline: Deadline
      readonly warnings: readonly DomainWarning[]
    }

/**
 * Reads `text` with the same `parseDeadline` the gateway calls, in the browser: a day written
 * without a year falls in `year` (the year the change takes effect), as on the server.
 *
 * @example
 * ```ts
 * readDeadlineAsTyped('30/6/2027', 2026) // { kind: 'read', deadline: { kind: 'DATE', due: '2027-06-30', … }, warnings: [] }
 * ```
 */
export function readDeadlineAsTyped(text: string, year: number): DeadlineReading {
  if (text.trim() === '') return { kind: 'empty' }
  const parsed = parseDeadline(text, { year })
  if (!parsed.ok) return { kind: 'error', error: parsed.error }
  return { kind: 'read', deadline: parsed.value, warnings: deadlineWarnings(parsed.value) }
}

/** The label of a deadline's kind ("Quý", "Thường xuyên") in both languages. */
export function deadlineKindLabel(deadline: Deadline) {
  return DEADLINE_KIND_LABELS[deadline.kind]
}
