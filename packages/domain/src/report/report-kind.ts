import { type Labels, labels } from '../label.js'

/**
 * The reports chidao drafts from its data: the periodic report (báo cáo định kỳ), the
 * interim review (sơ kết) and the final review (tổng kết).
 *
 * @example
 * ```ts
 * REPORT_KINDS.map((k) => REPORT_KIND_LABELS[k].vi) // ['Báo cáo định kỳ', 'Sơ kết', 'Tổng kết']
 * ```
 */
export const REPORT_KINDS = ['PERIODIC_REPORT', 'INTERIM_REVIEW', 'FINAL_REVIEW'] as const

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
export const REPORT_KIND_LABELS: Labels<ReportKind> = labels({
  PERIODIC_REPORT: { vi: 'Báo cáo định kỳ', en: 'Periodic report' },
  INTERIM_REVIEW: { vi: 'Sơ kết', en: 'Interim review' },
  FINAL_REVIEW: { vi: 'Tổng kết', en: 'Final review' },
})

/**
 * Tells whether a value is a {@link ReportKind}.
 *
 * @example
 * ```ts
 * isReportKind('INTERIM_REVIEW') // true
 * isReportKind('SELF_ASSESSMENT') // false
 * ```
 */
export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (REPORT_KINDS as readonly string[]).includes(value)
}
