import {
  type DirectiveId,
  domainError,
  type IsoDate,
  isIsoDate,
  isReportStatus,
  type OrganizationId,
  type ReportStatus,
} from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type {
  ReportingCalendarReader,
  ReportingCalendarResult,
} from '../ports/reporting-calendar-reader.js'
import { REPORT_SCOPE_ERRORS, reportScopeOf } from '../report/report-scope.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase } from '../use-case/use-case.js'

/** Which calendar to compute (see {@link reportingCalendar}). */
export interface ReportingCalendarInput {
  /** Reports owed by this organisation and every organisation below it. */
  readonly organizationId?: OrganizationId | null
  /** The same organisation given by its code (`UBND-TINH`); not with `organizationId`. */
  readonly organizationCode?: string | null
  /** Reports owed under this directive (its rule, and its tasks' duties). */
  readonly directiveId?: DirectiveId | null
  /** First day of the range: periods due from it. */
  readonly from: string
  /** Last day of the range: periods due up to it. */
  readonly to: string
  /** The day reports are judged on; default today. */
  readonly asOf?: string | null
  /** List only reports standing in one of these (the totals count all). */
  readonly status?: readonly ReportStatus[] | null
  /** List only reports that were missing on this day (the totals count all). */
  readonly missingAsOf?: string | null
}

/** The ports {@link reportingCalendar} calls. */
export interface ReportingCalendarPorts {
  readonly reporting: ReportingCalendarReader
  readonly organizations: Pick<OrganizationReader, 'findByCode' | 'findById'>
}

/** The longest range a calendar covers, in years: 120 months of monthly reports per duty. */
export const MAX_CALENDAR_YEARS = 10

function invalid(field: string, en: string, vi: string, value: unknown): never {
  abort(domainError('VALIDATION', { en, vi }, [field], value))
}

function day(field: string, value: string | null | undefined): IsoDate | null {
  if (value == null) return null
  if (!isIsoDate(value)) {
    invalid(
      field,
      `${field} must be a date YYYY-MM-DD, got "${value}"`,
      `${field} phải là ngày dạng YYYY-MM-DD, nhận được "${value}"`,
      value,
    )
  }
  return value
}

/**
 * The reporting calendar (lịch báo cáo) of what the caller may see: the reports organisations
 * owe for the periods due from `from` to `to` — under their tasks' reporting duties and their
 * directives' reporting rules — each RECEIVED, RECEIVED_LATE, MISSING or NOT_YET_DUE on `asOf`
 * with the report that satisfied it, and the totals per organisation. The list "đơn vị chưa báo
 * cáo" is `status: ['MISSING']`; `missingAsOf` gives it as it stood on a day.
 *
 * What the caller may not see adds nothing: a directive above its clearance owes no report to
 * it, nor do the tasks of one (a secret directive's expected reports are as secret as it); a
 * directive it may not see, like one that does not exist, owes none. The
 * numbers are computed in the database, in a fixed number of statements.
 *
 * Fails with `VALIDATION` (naming the field) on a date that is not one, a range that ends
 * before it starts or spans more than {@link MAX_CALENDAR_YEARS} years, an unknown status, or
 * an organisation given both by code and by id; `ORGANIZATION_NOT_FOUND` for an organisation
 * that does not exist or that the caller may not see, alike.
 *
 * @example
 * ```ts
 * const result = await reportingCalendar(context, {
 *   organizationId: provinceId, from: '2026-01-01', to: '2026-06-30', status: ['MISSING'],
 * })
 * if (result.ok) result.value.expectedReports // who has not reported for the first half of 2026
 * ```
 */
export const reportingCalendar = defineUseCase({
  name: 'reportingCalendar',
  errors: [...REPORT_SCOPE_ERRORS],
  async run(
    context: UseCaseContext<ReportingCalendarPorts>,
    input: ReportingCalendarInput,
  ): Promise<ReportingCalendarResult> {
    const from = day('from', input.from)
    const to = day('to', input.to)
    if (from === null) invalid('from', 'from is required', 'Thiếu ngày bắt đầu (from)', null)
    if (to === null) invalid('to', 'to is required', 'Thiếu ngày kết thúc (to)', null)
    if (to < from) {
      invalid(
        'to',
        `The range ends (${to}) before it starts (${from})`,
        `Khoảng thời gian kết thúc (${to}) trước khi bắt đầu (${from})`,
        to,
      )
    }
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_CALENDAR_YEARS) {
      invalid(
        'to',
        `A calendar covers at most ${MAX_CALENDAR_YEARS} years`,
        `Lịch báo cáo chỉ tính tối đa ${MAX_CALENDAR_YEARS} năm`,
        to,
      )
    }
    for (const [i, status] of (input.status ?? []).entries()) {
      if (!isReportStatus(status)) {
        abort(
          domainError(
            'VALIDATION',
            {
              en: `Unknown report status "${status}"`,
              vi: `Trạng thái báo cáo không hợp lệ "${status}"`,
            },
            ['status', i],
            status,
          ),
        )
      }
    }
    const scope = await reportScopeOf(context.ports.organizations, input)
    return context.ports.reporting.reportingCalendar({
      from,
      to,
      asOf: day('asOf', input.asOf) ?? context.clock.today(),
      organizationId: scope?.id ?? null,
      directiveId: input.directiveId ?? null,
      status: input.status ?? null,
      missingAsOf: day('missingAsOf', input.missingAsOf),
    })
  },
})

/** What {@link reportingCalendar} may fail with. */
export const REPORTING_CALENDAR_ERRORS = reportingCalendar.errors

/** A code {@link reportingCalendar} may fail with. */
export type ReportingCalendarError = UseCaseErrorOf<typeof reportingCalendar>
