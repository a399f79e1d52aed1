import { compareVietnamese } from '@chidao/domain'
import { CALENDAR_STATUSES, type ReportStatus } from './calendar-filter.js'

/** What the ordering needs of a line of totals. */
export interface TotalsLine {
  readonly organization: { readonly id: string; readonly name: string }
  readonly missing: number
  readonly receivedLate: number
}

/** What the ordering needs of an expected report. */
export interface OwedReport {
  readonly due: string
  readonly status: string
  readonly organization: { readonly id: string }
}

/** An organisation's line of totals with the reports it owes, as the page lists them. */
export interface OrganizationReports<T extends TotalsLine, R extends OwedReport> {
  readonly totals: T
  readonly reports: readonly R[]
}

const rank = (status: string) => {
  const at = CALENDAR_STATUSES.indexOf(status as ReportStatus)
  return at < 0 ? CALENDAR_STATUSES.length : at
}

/**
 * The organisations of the calendar, who has not reported first: most missing reports, then
 * most late ones, then by name in Vietnamese order. Each one's reports come missing first,
 * then by due day (none, when the status filter kept none of them).
 */
export function organizationsMissingFirst<T extends TotalsLine, R extends OwedReport>(
  totals: readonly T[],
  reports: readonly R[],
): OrganizationReports<T, R>[] {
  const byOrganization = new Map<string, R[]>()
  for (const report of reports) {
    const list = byOrganization.get(report.organization.id) ?? []
    list.push(report)
    byOrganization.set(report.organization.id, list)
  }
  return [...totals]
    .sort(
      (a, b) =>
        b.missing - a.missing ||
        b.receivedLate - a.receivedLate ||
        compareVietnamese(a.organization.name, b.organization.name),
    )
    .map((line) => ({
      totals: line,
      reports: [...(byOrganization.get(line.organization.id) ?? [])].sort(
        (a, b) => rank(a.status) - rank(b.status) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0),
      ),
    }))
}
