import { addDays, type IsoDate, isoDateParts } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * How many days after today a progress report may be dated: one, so that an office a time
 * zone ahead, or one filing just after midnight, is not refused. Later dates are a mistake
 * (2099 for 2025): accepted, such a report would stand as the organisation's latest and refuse
 * every real report after it as dated before it.
 *
 * @example
 * ```ts
 * REPORT_DAYS_AHEAD // 1
 * ```
 */
export const REPORT_DAYS_AHEAD = 1

/** A date as Vietnamese offices write it: `31/12/2099`. */
function ddmmyyyy(date: IsoDate): string {
  const { year, month, day } = isoDateParts(date)
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

/**
 * Checks the date of a progress report against today (the deployment's today, in Vietnam):
 * a report may be dated at most {@link REPORT_DAYS_AHEAD} day after it. Pure: the caller says
 * what today is. `reportedOn` must already be a valid ISO date.
 *
 * Error code: `REPORT_IN_FUTURE`, path `['reportedOn']`, the date written dd/mm/yyyy in both
 * messages.
 *
 * @example
 * ```ts
 * checkReportDate('2026-03-02', '2026-03-01') // { ok: true, value: '2026-03-02' }
 * checkReportDate('2099-12-31', '2026-03-01')
 * // { ok: false, error: { code: 'REPORT_IN_FUTURE', path: ['reportedOn'], … } }
 * ```
 */
export function checkReportDate(reportedOn: IsoDate, today: IsoDate): Result<IsoDate, DomainError> {
  const latest = addDays(today, REPORT_DAYS_AHEAD)
  if (reportedOn <= latest) return ok(reportedOn)
  const on = ddmmyyyy(reportedOn)
  const now = ddmmyyyy(today)
  return err(
    domainError(
      'REPORT_IN_FUTURE',
      {
        en: `The report is dated ${on}, in the future (today is ${now}): a report can be dated at most ${REPORT_DAYS_AHEAD} day after today`,
        vi: `Báo cáo ghi ngày ${on}, là ngày trong tương lai (hôm nay là ${now}): ngày báo cáo chỉ được sau hôm nay tối đa ${REPORT_DAYS_AHEAD} ngày`,
      },
      ['reportedOn'],
      reportedOn,
    ),
  )
}
