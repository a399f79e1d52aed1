import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const RATING = vocabulary([
  ['EXCELLENT', { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' }],
  ['GOOD', { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed duties' }],
  ['COMPLETED', { vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' }],
  ['NOT_COMPLETED', { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' }],
])

/**
 * The four levels of quality rating (xếp loại chất lượng) of collectives and individuals,
 * best first.
 *
 * @example
 * ```ts
 * RATINGS[0] // 'EXCELLENT'
 * ```
 */
export const RATINGS = RATING.codes

/**
 * A rating level.
 *
 * @example
 * ```ts
 * const rating: Rating = ratingForScore(86) // 'GOOD'
 * ```
 */
export type Rating = (typeof RATINGS)[number]

/**
 * Labels for every {@link Rating}, in the wording of the regulations.
 *
 * @example
 * ```ts
 * RATING_LABELS.GOOD.vi // 'Hoàn thành tốt nhiệm vụ'
 * ```
 */
export const RATING_LABELS: Labels<Rating> = RATING.labels

/**
 * Tells whether a value is a {@link Rating}.
 *
 * @example
 * ```ts
 * isRating('GOOD') // true
 * ```
 */
export const isRating: (value: unknown) => value is Rating = RATING.is

/**
 * Compares ratings, best first: negative when `a` is better than `b`.
 *
 * @example
 * ```ts
 * compareRatings('EXCELLENT', 'GOOD') // -1
 * ```
 */
export function compareRatings(a: Rating, b: Rating): number {
  return Math.sign(RATING.compare(a, b))
}
