import type { IsoDate } from '../calendar/iso-date.js'
import { reportingPeriodLabel } from '../calendar/reporting-period.js'
import { RECURRENCE_CADENCE_LABELS } from '../deadline/deadline.js'
import type { OrganizationId } from '../ids.js'
import type { Label } from '../label.js'
import type { ExpectedReport } from '../reporting/expected-report.js'
import { shortDate } from './report-text.js'
import type { TextTable } from './text-table.js'

/**
 * One line of the annex "Đơn vị chưa báo cáo": an organisation that owes a report for a period
 * of the report and has not sent it, its duty and the day it was due.
 *
 * @example
 * ```ts
 * report.missingReports[0] // { organization: { name: 'Ban Tuyên giáo Tỉnh ủy', … }, duty: { vi: 'Báo cáo 6 tháng cuối năm 2025 …' }, due: '2025-12-31' }
 * ```
 */
export interface ReportMissingLine {
  readonly organization: {
    readonly id: OrganizationId
    readonly code: string
    readonly name: string
  }
  /** The reporting duty, in words: the period, the cadence, the task or the document's rule. */
  readonly duty: Label
  /** The body the report should have gone to. */
  readonly recipientName: string
  readonly due: IsoDate
}

/** What a drafted report needs to list who has not reported: the expected reports still missing. */
export type ReportMissingInput = Pick<
  ExpectedReport,
  'organizationId' | 'cadence' | 'period' | 'due' | 'recipientId'
> & {
  /** The task's place in its document ("II.2.b"), `null` for the document's reporting rule. */
  readonly taskReference: string | null
}

/**
 * The lines of the annex "Đơn vị chưa báo cáo", in the order given (by due day, then
 * organisation), with the organisations' names.
 *
 * @example
 * ```ts
 * missingReportLines(missing, nameOf)[0]?.duty.vi // 'Báo cáo 6 tháng cuối năm 2025 (định kỳ 6 tháng), theo chế độ báo cáo của văn bản'
 * ```
 */
export function missingReportLines(
  missing: readonly ReportMissingInput[],
  organizationOf: (id: OrganizationId) => {
    readonly id: OrganizationId
    readonly code: string
    readonly name: string
  },
): readonly ReportMissingLine[] {
  return Object.freeze(
    missing.map((m) => {
      const period = reportingPeriodLabel(m.period)
      const cadence = RECURRENCE_CADENCE_LABELS[m.cadence]
      const under =
        m.taskReference === null
          ? { vi: 'theo chế độ báo cáo của văn bản', en: "under the document's reporting rule" }
          : { vi: `nhiệm vụ ${m.taskReference}`, en: `task ${m.taskReference}` }
      const organization = organizationOf(m.organizationId)
      return Object.freeze({
        organization: Object.freeze({
          id: organization.id,
          code: organization.code,
          name: organization.name,
        }),
        duty: Object.freeze({
          vi: `Báo cáo ${period.vi.charAt(0).toLowerCase()}${period.vi.slice(1)} (${cadence.vi.toLowerCase()}), ${under.vi}`,
          en: `Report for ${period.en} (${cadence.en.toLowerCase()}), ${under.en}`,
        }),
        recipientName: organizationOf(m.recipientId).name,
        due: m.due,
      })
    }),
  )
}

/**
 * The annex table of who has not reported, as the renderers print it.
 *
 * @example
 * ```ts
 * missingReportTable(report).header // ['Đơn vị', 'Nội dung báo cáo', 'Nơi nhận', 'Hạn báo cáo']
 * ```
 */
export function missingReportTable(report: {
  readonly missingReports: readonly ReportMissingLine[]
}): TextTable {
  return {
    header: ['Đơn vị', 'Nội dung báo cáo', 'Nơi nhận', 'Hạn báo cáo'],
    rows: report.missingReports.map((line) => [
      line.organization.name,
      line.duty.vi,
      line.recipientName,
      shortDate(line.due),
    ]),
  }
}
