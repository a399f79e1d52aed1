import type { IsoDate } from '../calendar/iso-date.js'
import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const ORGANIZATION_LEVEL = vocabulary([
  ['CENTRAL', { vi: 'Trung ương', en: 'Central' }],
  ['PROVINCE', { vi: 'Cấp tỉnh', en: 'Province' }],
  ['DISTRICT', { vi: 'Cấp huyện (trước 01/7/2025)', en: 'District (before 1 July 2025)' }],
  ['COMMUNE', { vi: 'Cấp xã', en: 'Commune' }],
])

/**
 * Administrative levels, from the top.
 *
 * @example
 * ```ts
 * ORGANIZATION_LEVELS[0] // 'CENTRAL'
 * ```
 */
export const ORGANIZATION_LEVELS = ORGANIZATION_LEVEL.codes

/** An administrative level (cấp). */
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number]

/**
 * The day the district level (cấp huyện) ceased to exist. Records dated from this day on must
 * not use `DISTRICT`; older records keep it and stay valid.
 *
 * @example
 * ```ts
 * isLevelValidOn('DISTRICT', DISTRICT_LEVEL_ABOLISHED_ON) // false
 * ```
 */
export const DISTRICT_LEVEL_ABOLISHED_ON: IsoDate = '2025-07-01'

/**
 * Labels for every {@link OrganizationLevel}.
 *
 * @example
 * ```ts
 * ORGANIZATION_LEVEL_LABELS.COMMUNE.vi // 'Cấp xã'
 * ```
 */
export const ORGANIZATION_LEVEL_LABELS: Labels<OrganizationLevel> = ORGANIZATION_LEVEL.labels

/**
 * Tells whether a string is an {@link OrganizationLevel}.
 *
 * @example
 * ```ts
 * isOrganizationLevel('PROVINCE') // true
 * ```
 */
export const isOrganizationLevel: (value: string) => value is OrganizationLevel =
  ORGANIZATION_LEVEL.is

/**
 * The depth of a level: 0 for central, 3 for commune. A body never sits under a body of a
 * lower level.
 *
 * @example
 * ```ts
 * levelRank('PROVINCE') < levelRank('COMMUNE') // true
 * ```
 */
export const levelRank: (level: OrganizationLevel) => number = ORGANIZATION_LEVEL.rank

/**
 * Tells whether a level may be used on a record dated `on`: the district level only before
 * {@link DISTRICT_LEVEL_ABOLISHED_ON}.
 *
 * @example
 * ```ts
 * isLevelValidOn('DISTRICT', '2020-01-01') // true
 * isLevelValidOn('DISTRICT', '2025-07-01') // false
 * ```
 */
export function isLevelValidOn(level: OrganizationLevel, on: IsoDate): boolean {
  return level !== 'DISTRICT' || on < DISTRICT_LEVEL_ABOLISHED_ON
}
