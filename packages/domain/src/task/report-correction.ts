import type { IsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import type { ProgressReportId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import type { ProgressReport } from './progress-report.js'

/**
 * The longest reason given for a correction, in characters.
 *
 * @example
 * ```ts
 * reason.length <= MAX_CORRECTION_REASON
 * ```
 */
export const MAX_CORRECTION_REASON = 2000

/**
 * The reports of a list that no other report of the list corrects, in their order: what a task's
 * figures are computed from. A mistaken report is never removed (reports are append-only): it is
 * superseded by a correcting report that names it in `correctsId`, and stays readable.
 *
 * @example
 * ```ts
 * effectiveReports([mistaken, { ...fixed, correctsId: mistaken.id }]) // [fixed]
 * ```
 */
export function effectiveReports(reports: readonly ProgressReport[]): readonly ProgressReport[] {
  const superseded = new Set<string>()
  for (const report of reports) if (report.correctsId) superseded.add(report.correctsId)
  return superseded.size === 0 ? reports : reports.filter((r) => !superseded.has(r.id))
}

/**
 * The report of the list that corrects the one with this id, or `null` when none does.
 *
 * @example
 * ```ts
 * correctionOf(reports, mistaken.id)?.reason // 'Nhầm năm: 2099 thay vì 2025'
 * ```
 */
export function correctionOf(
  reports: readonly ProgressReport[],
  id: ProgressReportId,
): ProgressReport | null {
  return reports.find((r) => r.correctsId === id) ?? null
}

function fail(code: string, en: string, vi: string, path: (string | number)[], value?: unknown) {
  return err(domainError(code, { en, vi }, path, value))
}

/**
 * `PROGRESS_REPORT_NOT_FOUND`: no report with this id that the caller may see — the same
 * answer for one that does not exist, one of a hidden task and one of another tenant.
 *
 * @example
 * ```ts
 * progressReportNotFound(['reportId']).messageVi // 'Không tìm thấy báo cáo tiến độ'
 * ```
 */
export function progressReportNotFound(path: ErrorPath = ['correctsId']): DomainError {
  return domainError(
    'PROGRESS_REPORT_NOT_FOUND',
    { en: 'No such progress report', vi: 'Không tìm thấy báo cáo tiến độ' },
    path,
  )
}

/**
 * `REPORT_ALREADY_CORRECTED`: another report already corrects this one.
 *
 * @example
 * ```ts
 * reportAlreadyCorrected().code // 'REPORT_ALREADY_CORRECTED'
 * ```
 */
export function reportAlreadyCorrected(path: ErrorPath = ['correctsId']): DomainError {
  return domainError(
    'REPORT_ALREADY_CORRECTED',
    {
      en: 'The report has already been corrected; correct its correction instead',
      vi: 'Báo cáo này đã được đính chính; hãy đính chính báo cáo đính chính của nó',
    },
    path,
  )
}

/**
 * For a correcting report (one with `correctsId`), the report it corrects among the task's
 * reports; `null` for an ordinary report. Refused:
 *
 * - `PROGRESS_REPORT_NOT_FOUND`: no report of the task has that id;
 * - `REPORT_ALREADY_CORRECTED`: another report already corrects it — a report is corrected at
 *   most once; to correct it again, correct its correction (corrections form a chain);
 * - `CORRECTION_BY_OTHER_ORGANIZATION`: a correction speaks for the organisation of the report
 *   it corrects.
 *
 * @example
 * ```ts
 * correctedReport(reports, { ...report, correctsId: mistaken.id, reason: 'Nhầm số liệu' })
 * // { ok: true, value: mistaken }
 * ```
 */
export function correctedReport(
  reports: readonly ProgressReport[],
  report: ProgressReport,
): Result<ProgressReport | null, DomainError> {
  const id = report.correctsId
  if (!id) return ok(null)
  const corrected = reports.find((r) => r.id === id)
  if (corrected === undefined) return err(progressReportNotFound())
  if (correctionOf(reports, id) !== null) return err(reportAlreadyCorrected())
  if (corrected.organizationId !== report.organizationId) {
    return fail(
      'CORRECTION_BY_OTHER_ORGANIZATION',
      'A correction is made in the name of the organisation that filed the report',
      'Báo cáo đính chính phải mang tên đơn vị đã gửi báo cáo được đính chính',
      ['organizationId'],
      report.organizationId,
    )
  }
  return ok(corrected)
}

/**
 * The date a new report of the organisation must not be before: that of its latest report
 * still in force (superseded reports do not count, so a report wrongly dated 2099 stops
 * blocking once corrected). A correction takes the place of the report it corrects: it is
 * compared with the organisation's reports in force up to the corrected report's date, the
 * corrected one left out. `null` when there is nothing to compare with.
 *
 * @example
 * ```ts
 * lastReportDate(reports, newReport, null) // '2025-06-30'
 * ```
 */
export function lastReportDate(
  reports: readonly ProgressReport[],
  report: ProgressReport,
  corrected: ProgressReport | null,
): IsoDate | null {
  let last: IsoDate | null = null
  for (const existing of effectiveReports(reports)) {
    if (existing.organizationId !== report.organizationId) continue
    if (corrected !== null) {
      if (existing.id === corrected.id || existing.reportedOn > corrected.reportedOn) continue
    }
    if (last === null || existing.reportedOn > last) last = existing.reportedOn
  }
  return last
}
