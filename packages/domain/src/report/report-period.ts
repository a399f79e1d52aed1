import type { AssessmentPeriod } from '../assessment/assessment.js'
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * The period a report covers (kỳ báo cáo) and the day its tasks are judged on.
 *
 * @example
 * ```ts
 * const p: ReportPeriod = { period: { from: '2021-03-15', to: '2024-03-31' }, asOf: '2024-03-31' }
 * ```
 */
export interface ReportPeriod {
  readonly period: AssessmentPeriod
  readonly asOf: IsoDate
}

/** The codes {@link checkReportPeriod} fails with. */
export const REPORT_PERIOD_ERRORS = ['INVALID_REPORT_PERIOD', 'INVALID_REPORT_AS_OF'] as const

/**
 * Checks a report's period: two real dates, the first not after the second, and a real day to
 * judge the tasks on — the end of the period when none is given. The one check of a report's
 * period: {@link assembleReport} makes it, and so does whatever settles a period before.
 *
 * Error codes: `INVALID_REPORT_PERIOD` (at `period`, a bad date or `from` after `to`),
 * `INVALID_REPORT_AS_OF` (at `asOf`).
 *
 * @example
 * ```ts
 * checkReportPeriod({ from: '2024-01-01', to: '2023-01-01' }) // INVALID_REPORT_PERIOD
 * checkReportPeriod({ from: '2023-01-01', to: '2023-12-31' }) // ok, asOf '2023-12-31'
 * ```
 */
export function checkReportPeriod(
  period: AssessmentPeriod,
  asOf?: IsoDate | null,
): Result<ReportPeriod, DomainError> {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    return err(
      domainError(
        'INVALID_REPORT_PERIOD',
        {
          en: 'The period must be two real dates, the first not after the second',
          vi: 'Kỳ báo cáo phải gồm hai ngày hợp lệ, ngày đầu không sau ngày cuối',
        },
        ['period'],
        period,
      ),
    )
  }
  const day = asOf ?? period.to
  if (!isIsoDate(day)) {
    return err(
      domainError(
        'INVALID_REPORT_AS_OF',
        { en: 'The report date is not a real date', vi: 'Ngày tính số liệu không hợp lệ' },
        ['asOf'],
        day,
      ),
    )
  }
  return ok(Object.freeze({ period, asOf: day }))
}
