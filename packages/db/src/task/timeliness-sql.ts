import { type IsoDate, isIsoDate, type Timeliness } from '@chidao/domain'
import { type RawBuilder, sql } from 'kysely'

/**
 * The day a query judges on, as a SQL date. Refuses anything but a real ISO date: the value
 * reaches the database as a parameter, but a bad date there would fail far from its cause.
 */
export function asOfSql(asOf: IsoDate): RawBuilder<string> {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), got ${String(asOf)}`)
  }
  return sql<string>`cast(${asOf} as date)`
}

/**
 * The timeliness of a row of `task` as of a day, as a SQL `CASE` — the domain's `timeliness`
 * rule for rule, so that filters and counts run in the database and agree with it:
 *
 * - `CANCELLED` → `NULL` (excluded);
 * - `COMPLETED` on or before `asOf` → `COMPLETED_ON_TIME` when completed on or before the due
 *   day (the due day counts as on time) or with no due day, else `COMPLETED_LATE`; a
 *   `COMPLETED` row with no date (the table forbids it) is taken as completed on `asOf`;
 * - otherwise (open, or completed after `asOf`) → `IN_PROGRESS` until the due day has passed,
 *   then `OVERDUE`; with no due day, never overdue.
 *
 * @example
 * ```ts
 * trx.selectFrom('task').select(timelinessSql('2025-12-31').as('timeliness'))
 * ```
 */
export function timelinessSql(asOf: IsoDate): RawBuilder<Timeliness | null> {
  const day = asOfSql(asOf)
  const done = sql`coalesce(task.completed_on, ${day})`
  return sql<Timeliness | null>`(case
    when task.status = 'CANCELLED' then null
    when task.status = 'COMPLETED' and ${done} <= ${day} then
      case when task.deadline_due is null or ${done} <= task.deadline_due
        then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end
    when task.deadline_due is null or ${day} <= task.deadline_due then 'IN_PROGRESS'
    else 'OVERDUE'
  end)`
}
