import type { IsoDate } from '../../calendar/iso-date.js'
import { type ErrorPath, withPathPrefix } from '../../domain-error.js'
import {
  type ProgressReport,
  type ProgressReportInput,
  validateProgressReport,
} from '../../task/progress-report.js'
import type { BundleProgressReport, BundleProgressReportInput } from '../bundle.js'
import type { BundleRecord } from '../bundle-reader.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import { NaturalKeys } from './natural-keys.js'
import type { SectionContext } from './section-context.js'
import { allErrors, type FieldRepairs, renameError, repairFields } from './section-support.js'
import type { StandIns } from './stand-ins.js'

/** The fields of a progress report (báo cáo tiến độ) of a task. */
export const REPORT_FIELDS = fieldsOf<BundleProgressReportInput>({
  reportedOn: 'required',
  organization: 'required',
  percent: 'optional',
  narrative: 'optional',
  evidence: 'optional',
  period: 'optional',
})

const INPUT_RENAMES = {
  organizationId: ['organization'],
} as const satisfies FieldRenames<ProgressReportInput, BundleProgressReportInput>

type ReportInput = ProgressReportInput & { readonly evidence: readonly string[] }

/**
 * Reads the progress reports of a task: each one ({@link validateProgressReport}: percent
 * 0–100…), none dated before its directive (`REPORT_BEFORE_ISSUED`), none by the same
 * organisation on the same day as another (`DUPLICATE_KEY`). Gives the sound ones, normalised.
 *
 * @example
 * ```ts
 * draft.reports = parseProgressReports(context, record, ['tasks', 3], '2021-03-15')
 * ```
 */
export function parseProgressReports(
  context: SectionContext,
  task: BundleRecord,
  path: ErrorPath,
  issuedOn: IsoDate | undefined,
): BundleProgressReport[] {
  const { reader, standIns, references } = context
  const reports: BundleProgressReport[] = []
  const seen = new NaturalKeys(reader)
  reader.list(task, 'progressReports', path, (item, itemPath, j) => {
    const report = reader.record(item, itemPath, REPORT_FIELDS)
    if (report === undefined) return
    const reportedOn = reader.field(report, 'reportedOn', itemPath, 'date')
    const organization = references.organization(report.organization, [...itemPath, 'organization'])
    const percent = reader.field(report, 'percent', itemPath, 'number')
    const narrative = reader.field(report, 'narrative', itemPath, 'string')
    const evidence = reader.list(report, 'evidence', itemPath, (e, ePath) =>
      reader.value(e, ePath, 'string'),
    ) as (string | undefined)[]
    const period = reader.field(report, 'period', itemPath, 'string')
    const result = allErrors<ReportInput, ProgressReport>(
      {
        id: standIns.fresh(),
        taskId: standIns.fresh(),
        reportedOn: reportedOn ?? '2000-01-01',
        organizationId: organization === undefined ? standIns.fresh() : standIns.id(organization),
        // A figure or a narrative given but unreadable (already reported) stands in as given,
        // so the report is not also called empty.
        percent: percent ?? (report.percent == null ? null : 0),
        narrative: narrative ?? (report.narrative == null ? null : 'x'),
        evidence: evidence.map((e) => e ?? 'x'),
        period: period ?? null,
      },
      validateProgressReport,
      repairFields(reportRepairs(standIns)),
    )
    for (const error of result.errors) {
      reader.addUnlessCovered(
        withPathPrefix(renameError(standIns.unfake(error), INPUT_RENAMES), itemPath),
      )
    }
    if (reportedOn !== undefined && issuedOn !== undefined && reportedOn < issuedOn) {
      reader.add(
        'REPORT_BEFORE_ISSUED',
        {
          en: `Report dated ${reportedOn}, before the directive was issued (${issuedOn})`,
          vi: `Báo cáo ghi ngày ${reportedOn}, trước ngày ban hành văn bản (${issuedOn})`,
        },
        [...itemPath, 'reportedOn'],
        reportedOn,
      )
    }
    if (reportedOn !== undefined && organization !== undefined) {
      const key = `${reportedOn}\u0000${organization}`
      seen.claim(key, j, [...itemPath, 'reportedOn'], reportedOn, (first) => ({
        en: `${organization} already reported on ${reportedOn} for this task (progressReports[${first}]): merge the two reports`,
        vi: `${organization} đã có báo cáo ngày ${reportedOn} cho nhiệm vụ này (progressReports[${first}]): gộp hai báo cáo làm một`,
      }))
    }
    if (result.value !== undefined && organization !== undefined) {
      reports.push(
        Object.freeze({
          reportedOn: result.value.reportedOn,
          organization,
          percent: result.value.percent,
          narrative: result.value.narrative,
          evidence: result.value.evidence,
          period: result.value.period ?? null,
        }),
      )
    }
  })
  return reports
}

// Stand-ins that pass, for the fields validateProgressReport may blame; a report with neither
// figure nor narrative is not repaired.
function reportRepairs(standIns: StandIns): FieldRepairs<ReportInput> {
  return {
    reportedOn: '2000-01-01',
    percent: 0,
    narrative: (input, error) =>
      error.code === 'EMPTY_PROGRESS_REPORT' ? null : { ...input, narrative: 'x' },
    evidence: (input, error) => {
      const at = error.path[1]
      if (typeof at !== 'number') return { ...input, evidence: [] }
      const next = [...input.evidence]
      next[at] = 'x'
      return { ...input, evidence: next }
    },
    organizationId: (input) => ({ ...input, organizationId: standIns.fresh() }),
    period: null,
  }
}
