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
 * - otherwise (open, or completed after `asOf`) with a `RECURRING` deadline: its latest period
 *   due by `asOf` (`chidao_latest_due_period`, migration 0012: the rule's fixed day, first and
 *   last period) → `OVERDUE` when its due day has passed and no progress report of the task,
 *   dated by `asOf`, answers it — names it (`period`, a key of the task's cadence), or names
 *   no period of that cadence and falls in its window (the day after the previous period's due
 *   day up to its own) — else `IN_PROGRESS` (also when no period is due yet);
 * - otherwise → `IN_PROGRESS` until the due day has passed, then `OVERDUE`; with no due day
 *   (ongoing, conditional, unparsed), never overdue;
 * - each against the deadline in force on `asOf`: when an extension of the task takes effect
 *   after `asOf`, the one it replaced ({@link replacedDueSql}), as the domain's
 *   `deadlineInForce`; only a task extended after `asOf` ({@link extendedAfterSql}) reads its
 *   events.
 *
 * @example
 * ```ts
 * trx.selectFrom('task').select(timelinessSql('2025-12-31').as('timeliness'))
 * ```
 */
export function timelinessSql(asOf: IsoDate): RawBuilder<Timeliness | null> {
  const day = asOfSql(asOf)
  // Nearly every task: no extension after the day, the deadline as it stands is in force.
  return sql<Timeliness | null>`(case
    when task.status = 'CANCELLED' then null
    when not ${extendedAfterSql(day)} then ${judgedSql(day, sql`task.deadline_due`, true)}
    else ${judgedSql(day, replacedDueSql(day), false)}
  end)`
}

/**
 * The rule for a task not cancelled, against the due day `due`; `recurring`: whether the task's
 * own deadline is in force (a recurring one is judged by its periods). A deadline an extension
 * replaced always has a due day: only such a deadline is extended.
 */
function judgedSql(
  day: RawBuilder<string>,
  due: RawBuilder<unknown>,
  recurring: boolean,
): RawBuilder<Timeliness> {
  const done = sql`coalesce(task.completed_on, ${day})`
  return sql<Timeliness>`(case
    when task.status = 'COMPLETED' and ${done} <= ${day} then
      case when ${due} is null or ${done} <= ${due}
        then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end
    ${recurring ? sql`when task.deadline_kind = 'RECURRING' then ${recurringSql(day)}` : sql``}
    when ${due} is null or ${day} <= ${due} then 'IN_PROGRESS'
    else 'OVERDUE'
  end)`
}

/**
 * Whether a deadline extension (gia hạn) of the task takes effect after `day`: then the
 * deadline in force on `day` is one it replaced. Read off the task row (`last_extended_on`,
 * migration 0015), never `NULL`.
 *
 * @example
 * ```ts
 * sql`case when ${extendedAfterSql(day)} then ${replacedDueSql(day)} else task.deadline_due end`
 * ```
 */
export function extendedAfterSql(day: RawBuilder<string>): RawBuilder<boolean> {
  return sql<boolean>`coalesce(task.last_extended_on > ${day}, false)`
}

/**
 * The due day of the deadline in force on `day` when a deadline extension of the task takes
 * effect after it: the one the first such extension replaced — the domain's `deadlineInForce`.
 * Ask it only where {@link extendedAfterSql} holds (`NULL` otherwise): it reads the task's
 * events (`chidao_replaced_due`, migration 0015).
 *
 * @example
 * ```ts
 * sql`case when ${extendedAfterSql(day)} then ${replacedDueSql(day)} else task.deadline_due end`
 * ```
 */
export function replacedDueSql(day: RawBuilder<string>): RawBuilder<string | null> {
  return sql<string | null>`chidao_replaced_due(task.tenant_id, task.id, ${day})`
}

/** The months of a period of a recurring task's cadence. */
export const MONTHS = sql`(case task.deadline_cadence when 'MONTHLY' then 1 when 'QUARTERLY' then 3
  when 'HALF_YEARLY' then 6 else 12 end)`

/** The due day of a period (an absolute period number) of a recurring task's rule. */
export function periodDueSql(period: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`chidao_period_due(${period}, ${MONTHS}, task.deadline_due_month, task.deadline_due_day)`
}

/** The pattern of a period key of the task's cadence: a report naming one answers that period. */
export const KEY_PATTERN = sql`(case task.deadline_cadence when 'MONTHLY' then '^[0-9]{4}-[0-9]{2}$'
  when 'QUARTERLY' then '^[0-9]{4}-Q[1-4]$' when 'HALF_YEARLY' then '^[0-9]{4}-H[12]$'
  else '^[0-9]{4}$' end)`

/** The key of a period of the task's cadence numbered as `chidao_period_of` numbers them. */
export function periodKeySql(period: RawBuilder<unknown>): RawBuilder<string> {
  const year = sql`((${period}) * ${MONTHS} / 12)`
  const index = sql`(((${period}) * ${MONTHS} % 12) / ${MONTHS} + 1)`
  return sql<string>`(case task.deadline_cadence
    when 'MONTHLY' then ${year}::text || '-' || lpad(${index}::text, 2, '0')
    when 'QUARTERLY' then ${year}::text || '-Q' || ${index}::text
    when 'HALF_YEARLY' then ${year}::text || '-H' || ${index}::text
    else ${year}::text end)`
}

/** An open recurring task, judged by its latest due period (see {@link timelinessSql}). */
function recurringSql(day: RawBuilder<string>): RawBuilder<Timeliness> {
  const latest = sql`latest.period`
  return sql<Timeliness>`(select case
      when ${latest} is null or ${day} <= ${periodDueSql(latest)} then 'IN_PROGRESS'
      when exists (select 1 from progress_report pr
        where pr.tenant_id = task.tenant_id and pr.task_id = task.id
          and pr.reported_on <= ${day}
          and case when pr.period ~ ${KEY_PATTERN}
            then pr.period = ${periodKeySql(latest)}
            else pr.reported_on > ${periodDueSql(sql`${latest} - 1`)}
              and pr.reported_on <= ${periodDueSql(latest)} end) then 'IN_PROGRESS'
      else 'OVERDUE' end
    from (select chidao_latest_due_period(${MONTHS}, task.deadline_due_month,
      task.deadline_due_day, task.deadline_start, task.deadline_end, ${day}) as period) latest)`
}
