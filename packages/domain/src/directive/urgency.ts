import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const URGENCY = vocabulary([
  ['NORMAL', { vi: 'Thường', en: 'Normal' }],
  ['KHAN', { vi: 'Khẩn', en: 'Urgent' }],
  ['THUONG_KHAN', { vi: 'Thượng khẩn', en: 'Very urgent' }],
  ['HOA_TOC', { vi: 'Hỏa tốc', en: 'Immediate' }],
])

/**
 * Urgency marks (độ khẩn) of a document, from the lowest. `NORMAL` is a document with no mark.
 *
 * @example
 * ```ts
 * URGENCY_LEVELS.indexOf('HOA_TOC') // 3: the most urgent
 * ```
 */
export const URGENCY_LEVELS = URGENCY.codes

/**
 * An urgency mark.
 *
 * @example
 * ```ts
 * const urgency: Urgency = 'THUONG_KHAN'
 * ```
 */
export type Urgency = (typeof URGENCY_LEVELS)[number]

/**
 * Labels for every {@link Urgency}. The Vietnamese labels of the marked levels are the words
 * stamped on the document.
 *
 * @example
 * ```ts
 * URGENCY_LABELS.HOA_TOC.vi // 'Hỏa tốc'
 * ```
 */
export const URGENCY_LABELS: Labels<Urgency> = URGENCY.labels

/**
 * Tells whether a string is an {@link Urgency}.
 *
 * @example
 * ```ts
 * isUrgency('HOA_TOC') // true
 * ```
 */
export const isUrgency: (value: string) => value is Urgency = URGENCY.is

/**
 * The rank of a mark: 0 for normal, 3 for immediate (hỏa tốc).
 *
 * @example
 * ```ts
 * urgencyRank('KHAN') // 1
 * ```
 */
export const urgencyRank: (urgency: Urgency) => number = URGENCY.rank

/**
 * Compares two marks: negative, zero or positive, for sorting from normal to immediate.
 *
 * @example
 * ```ts
 * (['HOA_TOC', 'KHAN'] as Urgency[]).sort(compareUrgency) // ['KHAN', 'HOA_TOC']
 * ```
 */
export const compareUrgency: (a: Urgency, b: Urgency) => number = URGENCY.compare
