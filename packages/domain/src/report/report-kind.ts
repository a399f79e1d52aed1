import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const REPORT_KIND = vocabulary([
  ['PERIODIC_REPORT', { vi: 'Báo cáo định kỳ', en: 'Periodic report' }],
  ['INTERIM_REVIEW', { vi: 'Sơ kết', en: 'Interim review' }],
  ['FINAL_REVIEW', { vi: 'Tổng kết', en: 'Final review' }],
])

/**
 * The reports chidao drafts from its data: the periodic report (báo cáo định kỳ), the
 * interim review (sơ kết) and the final review (tổng kết).
 *
 * @example
 * ```ts
 * REPORT_KINDS.map((k) => REPORT_KIND_LABELS[k].vi) // ['Báo cáo định kỳ', 'Sơ kết', 'Tổng kết']
 * ```
 */
export const REPORT_KINDS = REPORT_KIND.codes

/**
 * A kind of report.
 *
 * @example
 * ```ts
 * const kind: ReportKind = 'INTERIM_REVIEW'
 * ```
 */
export type ReportKind = (typeof REPORT_KINDS)[number]

/**
 * Labels for every {@link ReportKind}.
 *
 * @example
 * ```ts
 * REPORT_KIND_LABELS.FINAL_REVIEW.vi // 'Tổng kết'
 * ```
 */
export const REPORT_KIND_LABELS: Labels<ReportKind> = REPORT_KIND.labels

/**
 * Tells whether a value is a {@link ReportKind}.
 *
 * @example
 * ```ts
 * isReportKind('INTERIM_REVIEW') // true
 * isReportKind('SELF_ASSESSMENT') // false
 * ```
 */
export const isReportKind: (value: unknown) => value is ReportKind = REPORT_KIND.is
