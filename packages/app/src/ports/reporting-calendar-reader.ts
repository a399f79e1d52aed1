import type {
  CalendarReport,
  DirectiveId,
  ExpectedReport,
  IsoDate,
  OrganizationId,
  ReportingTotals,
  ReportStatus,
} from '@chidao/domain'

/**
 * Which reporting calendar to compute: the periods due from `from` to `to`, judged on `asOf`,
 * of the reports owed by an organisation and its subtree and/or under one directive; the list
 * narrowed by status and by "missing on a day".
 *
 * @example
 * ```ts
 * const request: ReportingCalendarRequest = {
 *   from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15',
 *   organizationId: provinceId, status: ['MISSING'],
 * }
 * ```
 */
export interface ReportingCalendarRequest {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly asOf: IsoDate
  /** Reports owed by this organisation or any organisation below it. */
  readonly organizationId?: OrganizationId | null
  /** Reports owed under this directive. */
  readonly directiveId?: DirectiveId | null
  /** The list keeps reports in one of these statuses (the totals count all). */
  readonly status?: readonly ReportStatus[] | null
  /** The list keeps reports that were missing on this day (the totals count all). */
  readonly missingAsOf?: IsoDate | null
}

/**
 * A computed calendar: the expected reports listed (each with the report that satisfied it, as
 * far as the calendar needs it) and the totals per organisation over the whole scope.
 *
 * @example
 * ```ts
 * const { expectedReports, totals } = await reporting.reportingCalendar(request)
 * ```
 */
export interface ReportingCalendarResult {
  readonly expectedReports: readonly ExpectedReport<CalendarReport>[]
  readonly totals: readonly ReportingTotals[]
}

/**
 * Computes the reporting calendar of the records the caller may see — the domain's
 * `reportingCalendar`, in a number of statements that does not grow with the number of tasks,
 * organisations or periods. A directive or task above the caller's clearance adds no expected
 * report, as if it did not exist.
 *
 * @example
 * ```ts
 * const reader: ReportingCalendarReader = tenant.reporting
 * ```
 */
export interface ReportingCalendarReader {
  reportingCalendar(request: ReportingCalendarRequest): Promise<ReportingCalendarResult>
}
