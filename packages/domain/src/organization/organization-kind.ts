import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const ORGANIZATION_KIND = vocabulary([
  ['PARTY_COMMITTEE', { vi: 'Cấp ủy đảng (Ban Chấp hành)', en: 'Party committee' }],
  ['STANDING_COMMITTEE', { vi: 'Ban Thường vụ', en: 'Standing committee' }],
  [
    'PARTY_ADVISORY_BOARD',
    { vi: 'Cơ quan tham mưu, giúp việc cấp ủy', en: 'Party advisory board' },
  ],
  ['PARTY_DELEGATION', { vi: 'Đảng đoàn, Ban cán sự đảng', en: 'Party delegation' }],
  ['PEOPLES_COUNCIL', { vi: 'Hội đồng nhân dân', en: "People's council" }],
  ['PEOPLES_COMMITTEE', { vi: 'Ủy ban nhân dân', en: "People's committee" }],
  ['DEPARTMENT', { vi: 'Sở, ban, ngành', en: 'Department' }],
  [
    'FRONT_OR_MASS_ORGANIZATION',
    {
      vi: 'Mặt trận Tổ quốc, tổ chức chính trị - xã hội',
      en: 'Fatherland Front or mass organisation',
    },
  ],
  ['ASSOCIATION_UNION', { vi: 'Liên hiệp hội', en: 'Union of associations' }],
  ['MEMBER_ASSOCIATION', { vi: 'Hội thành viên', en: 'Member association' }],
  ['OTHER', { vi: 'Tổ chức khác', en: 'Other' }],
])

/**
 * The kinds of body that issue or carry out directives.
 *
 * @example
 * ```ts
 * ORGANIZATION_KINDS.length // 11
 * ```
 */
export const ORGANIZATION_KINDS = ORGANIZATION_KIND.codes

/** A kind of organisation (loại tổ chức). */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

/**
 * Labels for every {@link OrganizationKind}.
 *
 * @example
 * ```ts
 * ORGANIZATION_KIND_LABELS.STANDING_COMMITTEE.vi // 'Ban Thường vụ'
 * ```
 */
export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = ORGANIZATION_KIND.labels

/**
 * Tells whether a string is an {@link OrganizationKind}.
 *
 * @example
 * ```ts
 * isOrganizationKind('DEPARTMENT') // true
 * ```
 */
export const isOrganizationKind: (value: string) => value is OrganizationKind = ORGANIZATION_KIND.is
