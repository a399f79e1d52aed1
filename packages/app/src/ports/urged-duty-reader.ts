import type { IsoDate, UrgedDuty } from '@chidao/domain'

/**
 * Which duties to read: those that may bring a reminder between `from` and `to`, judged on
 * `asOf` (the deadline in force that day, the reports known that day).
 *
 * @example
 * ```ts
 * const range: UrgedDutyRange = { from: '2025-12-07', to: '2027-01-31', asOf: '2026-12-07' }
 * ```
 */
export interface UrgedDutyRange {
  /** The earliest due day of a report period read (a task is read whatever its due day). */
  readonly from: IsoDate
  /** The latest due day read. */
  readonly to: IsoDate
  readonly asOf: IsoDate
}

/**
 * Reads what the tenant's organisations must do by a day, as the urging rules see it (the
 * domain's `taskUrgedDuties` and `expectedReportDuty`): every task not cancelled nor completed
 * by `asOf` with a due day (its deadline in force on `asOf`) up to `to`; every period of a
 * recurring task and every report of the reporting calendar due from `from` to `to`. A duty
 * above the reader's clearance is absent, like its record.
 *
 * @example
 * ```ts
 * const duties = await tenant.urgedDuties.urgedDuties({ from, to, asOf: today })
 * ```
 */
export interface UrgedDutyReader {
  urgedDuties(range: UrgedDutyRange): Promise<UrgedDuty[]>
}
