import { checkReportPeriod, type IsoDate, type ReportPeriod } from '@chidao/domain'
import { orAbort } from '../use-case/use-case.js'

/** The period a report is asked for; each day may be left out. */
export interface ReportPeriodInput {
  readonly from?: IsoDate | null
  readonly to?: IsoDate | null
  readonly asOf?: IsoDate | null
}

/**
 * The period of a report on a directive and the day its tasks are judged on, with the
 * defaults every way of drafting one applies: `asOf` is `to`, else today; the period runs
 * from the directive's issue day to `asOf`. The period is then checked by the domain's one
 * check ({@link checkReportPeriod}): a bad day, or `from` after `to`, ends the running use
 * case with `INVALID_REPORT_PERIOD` (at `period`) or `INVALID_REPORT_AS_OF` (at `asOf`).
 *
 * @example
 * ```ts
 * reportPeriodOf({ to: '2024-03-31' }, { issuedOn: '2021-03-15', today: '2026-12-06' })
 * // { period: { from: '2021-03-15', to: '2024-03-31' }, asOf: '2024-03-31' }
 * ```
 */
export function reportPeriodOf(
  input: ReportPeriodInput,
  defaults: { readonly issuedOn: IsoDate; readonly today: IsoDate },
): ReportPeriod {
  const asOf = input.asOf ?? input.to ?? defaults.today
  const period = { from: input.from ?? defaults.issuedOn, to: input.to ?? asOf }
  return orAbort(checkReportPeriod(period, asOf))
}
