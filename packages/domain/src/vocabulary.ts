import { type Label, type Labels, labels } from './label.js'

type CodesOf<E extends readonly (readonly [string, Label])[]> = {
  readonly [K in keyof E]: E[K] extends readonly [infer C extends string, Label] ? C : never
}

/**
 * A closed vocabulary of the domain (task statuses, directive kinds, urgency marks…): its codes
 * in their meaningful order, the label of each, and what every vocabulary needs made from them.
 *
 * @example
 * ```ts
 * URGENCY.codes // ['NORMAL', 'KHAN', 'THUONG_KHAN', 'HOA_TOC']
 * URGENCY.is('HOA_TOC') // true
 * ```
 */
export interface Vocabulary<C extends readonly string[]> {
  /** The codes, in the order of the definition. */
  readonly codes: C
  /** The label of each code. */
  readonly labels: Labels<C[number]>
  /** Tells whether a value is one of the codes (the code, not its label). */
  readonly is: (value: unknown) => value is C[number]
  /** The place of a code in {@link Vocabulary.codes}, from 0. */
  readonly rank: (code: C[number]) => number
  /** Compares two codes by rank: negative, zero or positive, for sorting in the codes' order. */
  readonly compare: (a: C[number], b: C[number]) => number
}

/**
 * Defines a closed vocabulary from its codes, each with its label, in order: the one place its
 * codes are written. The list of codes keeps its literal tuple type, so a vocabulary's type is
 * derived from it (`(typeof URGENCY_LEVELS)[number]`).
 *
 * @example
 * ```ts
 * const URGENCY = vocabulary([
 *   ['NORMAL', { vi: 'Thường', en: 'Normal' }],
 *   ['KHAN', { vi: 'Khẩn', en: 'Urgent' }],
 * ])
 * URGENCY.codes // ['NORMAL', 'KHAN'], typed readonly ['NORMAL', 'KHAN']
 * URGENCY.labels.KHAN.vi // 'Khẩn'
 * URGENCY.compare('KHAN', 'NORMAL') // 1
 * ```
 */
export function vocabulary<const E extends readonly (readonly [string, Label])[]>(
  entries: E,
): Vocabulary<CodesOf<E>> {
  type Code = CodesOf<E>[number]
  const codes = Object.freeze(entries.map(([code]) => code)) as readonly Code[]
  const known: ReadonlySet<unknown> = new Set(codes)
  const rank = (code: Code) => codes.indexOf(code)
  return Object.freeze({
    codes: codes as CodesOf<E>,
    labels: labels(Object.fromEntries(entries) as Record<Code, Label>),
    is: (value: unknown): value is Code => known.has(value),
    rank,
    compare: (a: Code, b: Code) => rank(a) - rank(b),
  })
}

/**
 * What an error says of a value that is not a code of a vocabulary: the value as shown (quoted
 * by the caller; in each language when it is named in words), then every code, in English and
 * Vietnamese.
 *
 * @example
 * ```ts
 * unknownCodeText({ en: 'urgency', vi: 'Độ khẩn' }, '"URGENT"', URGENCY_LEVELS).en
 * // 'Unknown urgency "URGENT"; expected one of NORMAL, KHAN, THUONG_KHAN, HOA_TOC'
 * ```
 */
export function unknownCodeText(
  name: { readonly en: string; readonly vi: string },
  shown: string | { readonly en: string; readonly vi: string },
  codes: readonly string[],
): { en: string; vi: string } {
  const list = codes.join(', ')
  const value = typeof shown === 'string' ? { en: shown, vi: shown } : shown
  return {
    en: `Unknown ${name.en} ${value.en}; expected one of ${list}`,
    vi: `${name.vi} ${value.vi} không hợp lệ; phải là một trong ${list}`,
  }
}
