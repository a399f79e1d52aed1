import { addMonths, type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const SECRECY = vocabulary([
  ['PUBLIC', { vi: 'Không mật', en: 'Public' }],
  ['MAT', { vi: 'Mật', en: 'Confidential' }],
  ['TOI_MAT', { vi: 'Tối mật', en: 'Secret' }],
  ['TUYET_MAT', { vi: 'Tuyệt mật', en: 'Top secret' }],
])

/**
 * Secrecy levels (độ mật) of a document, from the lowest. `PUBLIC` is a document with no mark;
 * the three others are the marks of the Law on Protection of State Secrets (2018).
 *
 * @example
 * ```ts
 * SECRECY_LEVELS.map((s) => SECRECY_LABELS[s].vi) // ['Không mật', 'Mật', 'Tối mật', 'Tuyệt mật']
 * ```
 */
export const SECRECY_LEVELS = SECRECY.codes

/**
 * A secrecy level; also used as a reader's clearance.
 *
 * @example
 * ```ts
 * const clearance: Secrecy = 'MAT'
 * ```
 */
export type Secrecy = (typeof SECRECY_LEVELS)[number]

/**
 * Labels for every {@link Secrecy}. The Vietnamese labels of the three marked levels are the
 * words stamped on the document.
 *
 * @example
 * ```ts
 * SECRECY_LABELS.TOI_MAT.vi // 'Tối mật'
 * ```
 */
export const SECRECY_LABELS: Labels<Secrecy> = SECRECY.labels

/**
 * How many years a state secret of each level stays protected, counted from the day it was
 * classified: 10, 20 and 30 years; `null` for public documents.
 *
 * @example
 * ```ts
 * SECRECY_PROTECTION_YEARS.TUYET_MAT // 30
 * ```
 */
export const SECRECY_PROTECTION_YEARS: Readonly<Record<Secrecy, number | null>> = Object.freeze({
  PUBLIC: null,
  MAT: 10,
  TOI_MAT: 20,
  TUYET_MAT: 30,
})

/**
 * Tells whether a string is a {@link Secrecy}.
 *
 * @example
 * ```ts
 * isSecrecy('TOI_MAT') // true
 * isSecrecy('Mật') // false: use the code, not the label
 * ```
 */
export const isSecrecy: (value: string) => value is Secrecy = SECRECY.is

/**
 * The rank of a level: 0 for public, 3 for top secret.
 *
 * @example
 * ```ts
 * secrecyRank('MAT') // 1
 * ```
 */
export const secrecyRank: (secrecy: Secrecy) => number = SECRECY.rank

/**
 * Compares two levels: negative, zero or positive, for sorting from public to top secret.
 *
 * @example
 * ```ts
 * (['TUYET_MAT', 'PUBLIC'] as Secrecy[]).sort(compareSecrecy) // ['PUBLIC', 'TUYET_MAT']
 * ```
 */
export const compareSecrecy: (a: Secrecy, b: Secrecy) => number = SECRECY.compare

/**
 * Tells whether a reader with the given clearance may see a document of the given secrecy:
 * the clearance must be at least as high as the mark.
 *
 * @example
 * ```ts
 * canSee('TOI_MAT', 'MAT') // true
 * canSee('PUBLIC', 'MAT') // false
 * canSee('PUBLIC', 'PUBLIC') // true
 * ```
 */
export function canSee(clearance: Secrecy, secrecy: Secrecy): boolean {
  return secrecyRank(clearance) >= secrecyRank(secrecy)
}

/**
 * The day the protection period of a document classified on `classifiedOn` ends: the
 * anniversary after {@link SECRECY_PROTECTION_YEARS} whole years (29 February falls back to
 * 28 February), or `null` for a public document. The classifying body may extend the period or
 * declassify earlier; that decision is recorded elsewhere and not modelled here.
 *
 * Throws a `TypeError` when `classifiedOn` is not a real ISO date: callers validate first.
 *
 * @example
 * ```ts
 * secrecyProtectionEndsOn('MAT', '2020-11-20') // '2030-11-20'
 * secrecyProtectionEndsOn('PUBLIC', '2020-11-20') // null
 * ```
 */
export function secrecyProtectionEndsOn(secrecy: Secrecy, classifiedOn: IsoDate): IsoDate | null {
  const years = SECRECY_PROTECTION_YEARS[secrecy]
  if (years === null) return null
  if (!isIsoDate(classifiedOn)) throw new TypeError(`Not an ISO date: ${classifiedOn}`)
  return addMonths(classifiedOn, years * 12)
}

/**
 * The highest of the levels given: the secrecy of anything drawn from them all (`PUBLIC` when
 * none is given).
 *
 * @example
 * ```ts
 * highestSecrecy(['PUBLIC', 'TOI_MAT', 'MAT']) // 'TOI_MAT'
 * highestSecrecy([]) // 'PUBLIC'
 * ```
 */
export function highestSecrecy(levels: Iterable<Secrecy>): Secrecy {
  let highest: Secrecy = 'PUBLIC'
  for (const level of levels) {
    if (secrecyRank(level) > secrecyRank(highest)) highest = level
  }
  return highest
}

/**
 * The mark as a document bears it (độ mật, upper case, as the secrecy stamp reads): "MẬT",
 * "TỐI MẬT", "TUYỆT MẬT"; `null` for a public document, which bears none.
 *
 * @example
 * ```ts
 * secrecyMark('TOI_MAT') // 'TỐI MẬT'
 * secrecyMark('PUBLIC') // null
 * ```
 */
export function secrecyMark(secrecy: Secrecy): string | null {
  return secrecy === 'PUBLIC' ? null : SECRECY_LABELS[secrecy].vi.toLocaleUpperCase('vi')
}
