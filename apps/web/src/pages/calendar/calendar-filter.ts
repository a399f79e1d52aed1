import { endOfMonth, type ReportStatus } from '@chidao/domain'
import type { VariablesOf } from '../../graphql/graphql.js'
import type { ReportingCalendarQuery } from './calendar-query.js'

export type { ReportStatus }

/**
 * Every status in the order the calendar lists them: who has not reported first (the domain's
 * `REPORT_STATUSES` keep the offices' order, received first).
 */
export const CALENDAR_STATUSES: readonly ReportStatus[] = [
  'MISSING',
  'RECEIVED_LATE',
  'RECEIVED',
  'NOT_YET_DUE',
]

/** The calendar's filter as the clerk sets it on the page (and in the address bar). */
export interface CalendarSearch {
  readonly year: number
  /** First and last month of the period, 1–12. */
  readonly fromMonth: number
  readonly toMonth: number
  /** An organisation's code: its reports and those of every body below it. */
  readonly organization?: string
  /** A document's symbol in any spelling. */
  readonly directive?: string
  /** Only reports in these statuses; none: every status. */
  readonly status?: readonly ReportStatus[]
}

/** The default period: the whole current year. */
export function defaultCalendarSearch(today: string): CalendarSearch {
  return { year: Number(today.slice(0, 4)), fromMonth: 1, toMonth: 12 }
}

/**
 * The variables of {@link ReportingCalendarQuery}: periods due from the first day of
 * `fromMonth` to the last of `toMonth`, judged on `today`; the document by its id, once found.
 */
export function calendarVariables(
  search: CalendarSearch,
  today: string,
  directiveId: string | null,
): VariablesOf<typeof ReportingCalendarQuery> {
  const { year, fromMonth, toMonth } = search
  const organization = search.organization?.trim()
  return {
    from: `${year}-${String(fromMonth).padStart(2, '0')}-01`,
    to: endOfMonth(year, toMonth),
    asOf: today,
    ...(organization ? { organizationCode: organization.toUpperCase() } : {}),
    ...(directiveId ? { directiveId } : {}),
    ...(search.status && search.status.length > 0 ? { status: [...search.status] } : {}),
  }
}

/** Reads the filter from the address bar's search parameters, ignoring anything unknown. */
export function readCalendarSearch(search: Record<string, unknown>, today: string): CalendarSearch {
  const fallback = defaultCalendarSearch(today)
  const whole = (key: string, min: number, max: number, otherwise: number) => {
    const value = Number(search[key])
    return Number.isInteger(value) && value >= min && value <= max ? value : otherwise
  }
  const text = (key: string) => {
    const value = search[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const fromMonth = whole('fromMonth', 1, 12, fallback.fromMonth)
  const toMonth = Math.max(fromMonth, whole('toMonth', 1, 12, fallback.toMonth))
  const listed = Array.isArray(search.status) ? search.status : [search.status]
  const status = CALENDAR_STATUSES.filter((s) => listed.includes(s))
  const organization = text('organization')
  const directive = text('directive')
  return {
    year: whole('year', 1990, 2100, fallback.year),
    fromMonth,
    toMonth,
    ...(organization ? { organization } : {}),
    ...(directive ? { directive } : {}),
    ...(status.length > 0 ? { status } : {}),
  }
}
