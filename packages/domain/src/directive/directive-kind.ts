import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const DIRECTIVE_KIND = vocabulary([
  ['RESOLUTION', { vi: 'Nghị quyết', en: 'Resolution' }],
  ['DIRECTIVE', { vi: 'Chỉ thị', en: 'Directive' }],
  ['CONCLUSION', { vi: 'Kết luận', en: 'Conclusion' }],
  ['DECISION', { vi: 'Quyết định', en: 'Decision' }],
  ['REGULATION', { vi: 'Quy định', en: 'Regulation' }],
  ['RULES', { vi: 'Quy chế', en: 'Rules' }],
  ['CIRCULAR_NOTICE', { vi: 'Thông tri', en: 'Circular notice' }],
  ['GUIDANCE', { vi: 'Hướng dẫn', en: 'Guidance' }],
  ['NOTICE', { vi: 'Thông báo', en: 'Notice' }],
  ['REPORT', { vi: 'Báo cáo', en: 'Report' }],
  ['PLAN', { vi: 'Kế hoạch', en: 'Plan' }],
  ['PROGRAM', { vi: 'Chương trình', en: 'Programme' }],
  ['PROJECT', { vi: 'Đề án', en: 'Project' }],
  ['PROPOSAL', { vi: 'Tờ trình', en: 'Proposal' }],
  ['OFFICIAL_LETTER', { vi: 'Công văn', en: 'Official letter' }],
  ['DECREE', { vi: 'Nghị định', en: 'Decree' }],
  ['CIRCULAR', { vi: 'Thông tư', en: 'Circular' }],
  ['LAW', { vi: 'Luật', en: 'Law' }],
  ['MINUTES', { vi: 'Biên bản', en: 'Minutes' }],
  ['COMMUNIQUE', { vi: 'Thông cáo', en: 'Communiqué' }],
  ['COPY', { vi: 'Bản sao', en: 'Copy' }],
  ['SCHEME', { vi: 'Phương án', en: 'Scheme' }],
  ['CONTRACT', { vi: 'Hợp đồng', en: 'Contract' }],
  ['DISPATCH', { vi: 'Công điện', en: 'Official dispatch' }],
  ['INVITATION', { vi: 'Giấy mời', en: 'Invitation' }],
  ['OTHER', { vi: 'Văn bản khác', en: 'Other' }],
])

/**
 * The kinds of guiding document (loại văn bản) that chidao follows. Party and State documents
 * share most kinds; `CIRCULAR_NOTICE` is the Party's Thông tri and `CIRCULAR` the State's
 * Thông tư, both written `TT`.
 *
 * @example
 * ```ts
 * DIRECTIVE_KINDS.includes('CONCLUSION') // true
 * ```
 */
export const DIRECTIVE_KINDS = DIRECTIVE_KIND.codes

/** A kind of guiding document. */
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number]

/**
 * Labels for every {@link DirectiveKind}.
 *
 * @example
 * ```ts
 * DIRECTIVE_KIND_LABELS.DIRECTIVE.vi // 'Chỉ thị'
 * ```
 */
export const DIRECTIVE_KIND_LABELS: Labels<DirectiveKind> = DIRECTIVE_KIND.labels

/**
 * Tells whether a string is a {@link DirectiveKind}.
 *
 * @example
 * ```ts
 * isDirectiveKind('CONCLUSION') // true
 * ```
 */
export const isDirectiveKind: (value: string) => value is DirectiveKind = DIRECTIVE_KIND.is
