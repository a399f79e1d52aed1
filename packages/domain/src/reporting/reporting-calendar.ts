import type { IsoDate } from '../calendar/iso-date.js'
import type { ReportStatus } from '../calendar/report-status.js'
import type { OrganizationId } from '../ids.js'
import {
  type CalendarRange,
  type CalendarReport,
  type CalendarSources,
  type ExpectedReport,
  expectedReports,
  missingAsOf,
} from './expected-report.js'

/**
 * How many reports an organisation owes in a calendar's scope, by status.
 *
 * @example
 * ```ts
 * const t: ReportingTotals = { organizationId, received: 3, receivedLate: 1, missing: 2, notYetDue: 0 }
 * ```
 */
export interface ReportingTotals {
  readonly organizationId: OrganizationId
  readonly received: number
  readonly receivedLate: number
  readonly missing: number
  readonly notYetDue: number
}

/**
 * Which expected reports a calendar lists. The scope (`organizationIds`, `directiveIds`) bounds
 * both the list and the totals; `status` and `missingAsOf` narrow the list only.
 *
 * @example
 * ```ts
 * const filter: ReportingCalendarFilter = { status: ['MISSING'], missingAsOf: '2026-07-15' }
 * ```
 */
export interface ReportingCalendarFilter {
  /** Reports owed by these organisations only (an organisation and its subtree, say). */
  readonly organizationIds?: ReadonlySet<string> | null
  /** Reports owed under these directives only. */
  readonly directiveIds?: ReadonlySet<string> | null
  /** Reports standing in one of these on `asOf`. */
  readonly status?: readonly ReportStatus[] | null
  /** Reports that were missing on this day (see {@link missingAsOf}). */
  readonly missingAsOf?: IsoDate | null
}

/**
 * The reporting calendar of a scope: the expected reports listed, and the totals per
 * organisation over the whole scope.
 *
 * @example
 * ```ts
 * calendar.totals.find((t) => t.organizationId === soId)?.missing // 2
 * ```
 */
export interface ReportingCalendar<R extends CalendarReport = CalendarReport> {
  readonly expectedReports: readonly ExpectedReport<R>[]
  /** One line per organisation owing a report in the scope, by organisation id. */
  readonly totals: readonly ReportingTotals[]
}

/**
 * Counts expected reports per organisation and status, ordered by organisation id.
 *
 * @example
 * ```ts
 * reportingTotals(expected)[0]?.missing
 * ```
 */
export function reportingTotals(expected: readonly ExpectedReport[]): readonly ReportingTotals[] {
  const totals = new Map<
    OrganizationId,
    { -readonly [K in keyof ReportingTotals]: ReportingTotals[K] }
  >()
  for (const e of expected) {
    let line = totals.get(e.organizationId)
    if (line === undefined) {
      line = {
        organizationId: e.organizationId,
        received: 0,
        receivedLate: 0,
        missing: 0,
        notYetDue: 0,
      }
      totals.set(e.organizationId, line)
    }
    if (e.status === 'RECEIVED') line.received++
    else if (e.status === 'RECEIVED_LATE') line.receivedLate++
    else if (e.status === 'MISSING') line.missing++
    else line.notYetDue++
  }
  return Object.freeze(
    [...totals.values()]
      .sort((a, b) =>
        a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0,
      )
      .map((t) => Object.freeze(t)),
  )
}

/**
 * Narrows a calendar's expected reports by status and by "missing on a day".
 *
 * @example
 * ```ts
 * filterExpectedReports(expected, { status: ['MISSING'] })
 * ```
 */
export function filterExpectedReports<R extends CalendarReport>(
  expected: readonly ExpectedReport<R>[],
  filter: Pick<ReportingCalendarFilter, 'status' | 'missingAsOf'>,
): readonly ExpectedReport<R>[] {
  const statuses = filter.status?.length ? new Set(filter.status) : null
  const day = filter.missingAsOf ?? null
  return expected.filter(
    (e) => (statuses === null || statuses.has(e.status)) && (day === null || missingAsOf(e, day)),
  )
}

/**
 * The reporting calendar ("lịch báo cáo"): the reports each organisation owes for the periods
 * due in a range, under tasks' reporting duties and directives' reporting rules, each RECEIVED,
 * RECEIVED_LATE, MISSING or NOT_YET_DUE as of a day with the report that satisfied it (see
 * {@link expectedReports}), and the totals per organisation. The list "đơn vị chưa báo cáo" is
 * `{ status: ['MISSING'] }`. The database computes the same calendar in SQL; the two are tested
 * against each other.
 *
 * @example
 * ```ts
 * const calendar = reportingCalendar(
 *   { directives, tasks, reports },
 *   { from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' },
 *   { status: ['MISSING'] },
 * )
 * calendar.expectedReports.map((e) => e.organizationId) // who has not reported for the half-year
 * ```
 */
export function reportingCalendar<R extends CalendarReport>(
  sources: CalendarSources<R>,
  range: CalendarRange,
  filter: ReportingCalendarFilter = {},
): ReportingCalendar<R> {
  const orgs = filter.organizationIds ?? null
  const directives = filter.directiveIds ?? null
  const scoped = expectedReports(sources, range).filter(
    (e) =>
      (orgs === null || orgs.has(e.organizationId)) &&
      (directives === null || directives.has(e.directiveId)),
  )
  return Object.freeze({
    expectedReports: Object.freeze(filterExpectedReports(scoped, filter)),
    totals: reportingTotals(scoped),
  })
}
