import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { reportingPeriodOfKey } from '../calendar/reporting-period.js'
import { type DomainError, domainError } from '../domain-error.js'
import { isUuid, type OrganizationId, type ProgressReportId, type TaskId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import { nfc } from '../text/nfc.js'
import {
  correctedReport,
  effectiveReports,
  lastReportDate,
  MAX_CORRECTION_REASON,
} from './report-correction.js'

/**
 * A report on a task's progress, as an organisation sends it: its date, the reporting body,
 * a percent (0–100) or `null` when the report gives no figure, a narrative, and links to
 * evidence (documents, pages). Reports are append-only: never edited, never removed. A
 * mistaken report is superseded by a correcting report that names it in `correctsId` and says
 * why in `reason` (see {@link effectiveReports}).
 *
 * @example
 * ```ts
 * const report: ProgressReport = {
 *   id, taskId, reportedOn: '2025-06-30', organizationId: leadId,
 *   percent: 60, narrative: 'Đã tổ chức 3/5 hội thảo', evidence: ['https://example.gov.vn/bc-12'],
 * }
 * ```
 */
export interface ProgressReport {
  readonly id: ProgressReportId
  readonly taskId: TaskId
  readonly reportedOn: IsoDate
  readonly organizationId: OrganizationId
  /** 0–100, or `null` for a report that gives no figure ("no data", not 0). */
  readonly percent: number | null
  readonly narrative: string
  /** Links to evidence: `http(s)` URLs or references such as "Báo cáo số 12-BC/TU". */
  readonly evidence: readonly string[]
  /** The report this one corrects and supersedes; absent (or `null`) on any other report. */
  readonly correctsId?: ProgressReportId | null
  /** Why the corrected report was wrong; given with `correctsId` only. */
  readonly reason?: string | null
  /**
   * The reporting period the report answers, as its title names it ("Báo cáo 6 tháng đầu năm
   * 2026" → `2026-H1`; see {@link reportingPeriodOfKey}); absent (or `null`) when it names none,
   * and the period is then the one its date falls in (see {@link judgeReportingPeriods}).
   */
  readonly period?: string | null
}

/**
 * A progress report as it arrives, checked by {@link validateProgressReport}.
 *
 * @example
 * ```ts
 * validateProgressReport({ id, taskId, reportedOn: '2025-06-30', organizationId, percent: null, narrative: 'Đang triển khai' })
 * ```
 */
export interface ProgressReportInput {
  readonly id: string
  readonly taskId: string
  readonly reportedOn: string
  readonly organizationId: string
  readonly percent?: number | null
  readonly narrative?: string | null
  readonly evidence?: readonly string[] | null
  /** The id of the report this one corrects, for a correcting report. */
  readonly correctsId?: string | null
  /** Why the corrected report was wrong: required with `correctsId`. */
  readonly reason?: string | null
  /** The period the report answers: `2026`, `2026-H1`, `2026-Q3` or `2026-04`. */
  readonly period?: string | null
}

/**
 * The longest narrative accepted, in characters.
 *
 * @example
 * ```ts
 * narrative.length <= MAX_REPORT_NARRATIVE
 * ```
 */
export const MAX_REPORT_NARRATIVE = 20000
const MAX_EVIDENCE = 2000
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

function fail(code: string, en: string, vi: string, path: (string | number)[], value?: unknown) {
  return err(domainError(code, { en, vi }, path, value))
}

// The identifiers of a report are named by their field, as the caller wrote them.
function invalidId(field: string, value: unknown): Result<never> {
  return fail(
    'INVALID_ID',
    `${field} is not a valid identifier`,
    `Mã ${field} không hợp lệ`,
    [field],
    value,
  )
}

/**
 * Validates a progress report, with the path of the offending field: identifiers (UUIDs),
 * the date, the percent (a number from 0 to 100, or `null`), the narrative, the evidence
 * links (non-empty; a link with a scheme must be `http` or `https`), the period it answers
 * when named (a period key), that the report says something (a figure or a narrative), and for
 * a correction (`correctsId` given) a reason.
 *
 * Error codes: `INVALID_ID`, `INVALID_DATE`, `INVALID_PERCENT`, `TOO_LONG`,
 * `INVALID_EVIDENCE`, `INVALID_REPORT_PERIOD`, `EMPTY_PROGRESS_REPORT`, `REASON_REQUIRED`.
 *
 * @example
 * ```ts
 * validateProgressReport({ id, taskId, reportedOn: '2025-06-30', organizationId, percent: 120 })
 * // { ok: false, error: { code: 'INVALID_PERCENT', path: ['percent'], … } }
 * ```
 */
export function validateProgressReport(
  input: ProgressReportInput,
): Result<ProgressReport, DomainError> {
  if (input === null || typeof input !== 'object') {
    return fail('REQUIRED', 'A report is required', 'Thiếu báo cáo', [], input)
  }
  for (const field of ['id', 'taskId', 'organizationId'] as const) {
    const value = input[field]
    if (typeof value !== 'string' || !isUuid(value)) return invalidId(field, value)
  }
  if (typeof input.reportedOn !== 'string' || !isIsoDate(input.reportedOn)) {
    return fail(
      'INVALID_DATE',
      'The report date is not a real date',
      'Ngày báo cáo không hợp lệ',
      ['reportedOn'],
      input.reportedOn,
    )
  }
  const percent = input.percent ?? null
  if (
    percent !== null &&
    (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)
  ) {
    return fail(
      'INVALID_PERCENT',
      'The percent must be a number from 0 to 100, or empty for no figure',
      'Tỷ lệ hoàn thành phải là số từ 0 đến 100, hoặc để trống nếu không có số liệu',
      ['percent'],
      percent,
    )
  }
  const narrative = typeof input.narrative === 'string' ? nfc(input.narrative).trim() : ''
  if (narrative.length > MAX_REPORT_NARRATIVE) {
    return fail(
      'TOO_LONG',
      `The narrative is longer than ${MAX_REPORT_NARRATIVE} characters`,
      `Nội dung báo cáo dài quá ${MAX_REPORT_NARRATIVE} ký tự`,
      ['narrative'],
    )
  }
  const evidence: string[] = []
  for (const [index, raw] of (input.evidence ?? []).entries()) {
    const link = typeof raw === 'string' ? nfc(raw).trim() : ''
    const scheme = SCHEME.exec(link)?.[1]?.toLowerCase()
    const badScheme = scheme !== undefined && scheme !== 'http' && scheme !== 'https'
    if (link === '' || link.length > MAX_EVIDENCE || badScheme) {
      return fail(
        'INVALID_EVIDENCE',
        'An evidence link must be an http(s) address or a document reference',
        'Minh chứng phải là địa chỉ http(s) hoặc số, ký hiệu văn bản',
        ['evidence', index],
        raw,
      )
    }
    evidence.push(link)
  }
  const period = input.period ?? null
  if (period !== null && (typeof period !== 'string' || reportingPeriodOfKey(period) === null)) {
    return fail(
      'INVALID_REPORT_PERIOD',
      'The period must be written as 2026 (year), 2026-H1 (half-year), 2026-Q3 (quarter) or 2026-04 (month)',
      'Kỳ báo cáo phải viết dạng 2026 (năm), 2026-H1 (6 tháng), 2026-Q3 (quý) hoặc 2026-04 (tháng)',
      ['period'],
      period,
    )
  }
  if (percent === null && narrative === '') {
    return fail(
      'EMPTY_PROGRESS_REPORT',
      'A report must give a percent or a narrative',
      'Báo cáo phải có tỷ lệ hoàn thành hoặc nội dung',
      ['narrative'],
    )
  }
  const correction = validateCorrection(input)
  if (!correction.ok) return correction
  return ok(
    Object.freeze({
      id: input.id.toLowerCase() as ProgressReportId,
      taskId: input.taskId.toLowerCase() as TaskId,
      reportedOn: input.reportedOn,
      organizationId: input.organizationId.toLowerCase() as OrganizationId,
      percent,
      narrative,
      evidence: Object.freeze(evidence),
      ...(period === null ? {} : { period }),
      ...correction.value,
    }),
  )
}

/** The correction fields of a report: none, or a valid id and a reason. */
function validateCorrection(
  input: ProgressReportInput,
): Result<{ correctsId?: ProgressReportId; reason?: string }, DomainError> {
  if (input.correctsId == null) return ok({})
  if (typeof input.correctsId !== 'string' || !isUuid(input.correctsId)) {
    return invalidId('correctsId', input.correctsId)
  }
  const reason = typeof input.reason === 'string' ? nfc(input.reason).trim() : ''
  if (reason === '') {
    return fail(
      'REASON_REQUIRED',
      'A correction needs a reason: say what was wrong in the corrected report',
      'Báo cáo đính chính phải nêu lý do: báo cáo được đính chính sai ở đâu',
      ['reason'],
    )
  }
  if (reason.length > MAX_CORRECTION_REASON) {
    return fail(
      'TOO_LONG',
      `The reason is longer than ${MAX_CORRECTION_REASON} characters`,
      `Lý do dài quá ${MAX_CORRECTION_REASON} ký tự`,
      ['reason'],
    )
  }
  return ok({ correctsId: input.correctsId.toLowerCase() as ProgressReportId, reason })
}

/**
 * Appends a report to a task's reports, returning a new frozen list (the given one is never
 * changed). Refused:
 *
 * - `REPORT_FOR_OTHER_TASK`: the report belongs to another task than the reports before it;
 * - `DUPLICATE_REPORT`: a report with the same id is already there;
 * - for a correction, the codes of {@link correctedReport} (`PROGRESS_REPORT_NOT_FOUND`,
 *   `REPORT_ALREADY_CORRECTED`, `CORRECTION_BY_OTHER_ORGANIZATION`);
 * - `REPORT_BEFORE_PREVIOUS`: the report is dated before the last report of the same
 *   organisation still in force (see {@link lastReportDate}: superseded reports do not count).
 *   Reports of different organisations may arrive out of date order (a coordinator's report
 *   of 10 June entered after the lead's of 12 June), so the order is kept per organisation
 *   only; the same day is allowed.
 *
 * @example
 * ```ts
 * const r = appendProgressReport([], report)
 * r.ok && r.value.length // 1
 * ```
 */
export function appendProgressReport(
  reports: readonly ProgressReport[],
  report: ProgressReport,
): Result<readonly ProgressReport[], DomainError> {
  const first = reports[0]
  if (first !== undefined && first.taskId !== report.taskId) {
    return fail(
      'REPORT_FOR_OTHER_TASK',
      'The report belongs to another task',
      'Báo cáo thuộc nhiệm vụ khác',
      ['taskId'],
      report.taskId,
    )
  }
  if (reports.some((existing) => existing.id === report.id)) {
    return fail(
      'DUPLICATE_REPORT',
      'The report is already recorded',
      'Báo cáo đã được ghi nhận',
      ['id'],
      report.id,
    )
  }
  const corrected = correctedReport(reports, report)
  if (!corrected.ok) return corrected
  const lastOfOrganization = lastReportDate(reports, report, corrected.value)
  if (lastOfOrganization !== null && report.reportedOn < lastOfOrganization) {
    return fail(
      'REPORT_BEFORE_PREVIOUS',
      `The report is dated ${report.reportedOn}, before the organisation's last report (${lastOfOrganization})`,
      `Báo cáo ghi ngày ${report.reportedOn}, trước báo cáo gần nhất của đơn vị (${lastOfOrganization})`,
      ['reportedOn'],
      report.reportedOn,
    )
  }
  return ok(
    Object.freeze([
      ...reports,
      Object.freeze({ ...report, evidence: Object.freeze([...report.evidence]) }),
    ]),
  )
}

/**
 * The latest figure among a task's reports: the percent of the most recent report in force
 * that has one (by date; on the same date, the later appended), or `null` when no report gives
 * a figure. Superseded reports never count, whatever the date of their correction; with
 * `asOf`, only reports dated on or before it do. Use it as the task's own figure in
 * {@link rollUpProgress}.
 *
 * @example
 * ```ts
 * latestPercent(reports) // 60, or null for "no data"
 * latestPercent(reports, '2025-06-30') // the figure known on 30 June 2025
 * ```
 */
export function latestPercent(
  reports: readonly ProgressReport[],
  asOf?: IsoDate | null,
): number | null {
  let best: ProgressReport | null = null
  for (const report of effectiveReports(reports)) {
    if (report.percent === null) continue
    if (asOf != null && report.reportedOn > asOf) continue
    if (best === null || report.reportedOn >= best.reportedOn) best = report
  }
  return best === null ? null : best.percent
}
