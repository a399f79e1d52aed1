import type { IsoDate } from '@chidao/domain'
import { type RawBuilder, sql } from 'kysely'
import { asOfSql, KEY_PATTERN, MONTHS, periodDueSql, periodKeySql } from './timeliness-sql.js'

/**
 * The periods of the recurring tasks a `WHERE` condition keeps (cancelled ones left out), whose
 * due day falls from `from` to `asOf`, counted per lead as the domain's `countRecurringPeriods`
 * counts them: each period of the rule (from the period holding its start to the one holding
 * its end) is answered by the earliest progress report of the task dated by `asOf` that names
 * it (`period`, a key of the task's cadence) or names none of that cadence and falls in its
 * window (after the previous period's due day, up to its own); `onTime` when that report is
 * dated by the due day, `late` when after, `missing` when none and the due day has passed;
 * a period due on `asOf` itself and unanswered is not yet due and not counted. One statement.
 *
 * @example
 * ```ts
 * sql`${recurringPeriodCountsSql(taskWhereSql(tenantId, filter, asOf), '2026-01-01', asOf)}`
 * ```
 */
export function recurringPeriodCountsSql(
  where: RawBuilder<boolean>,
  from: IsoDate,
  asOf: IsoDate,
): RawBuilder<{
  leadId: string
  total: number
  onTime: number
  late: number
  missing: number
}> {
  const first = asOfSql(from)
  const day = asOfSql(asOf)
  const n = sql`p.n`
  const due = periodDueSql(n)
  return sql`
    select task.lead_id as "leadId",
      count(*) filter (where a.status <> 'NOT_YET_DUE')::int as total,
      count(*) filter (where a.status = 'RECEIVED')::int as "onTime",
      count(*) filter (where a.status = 'RECEIVED_LATE')::int as late,
      count(*) filter (where a.status = 'MISSING')::int as missing
    from task
    cross join lateral generate_series(chidao_period_of(${first}, ${MONTHS}),
      chidao_period_of(${day}, ${MONTHS})) as p(n)
    cross join lateral (select case
        when r.reported_on is not null then
          case when r.reported_on <= ${due} then 'RECEIVED' else 'RECEIVED_LATE' end
        when ${day} > ${due} then 'MISSING' else 'NOT_YET_DUE' end as status
      from (select min(pr.reported_on) as reported_on from progress_report pr
        where pr.tenant_id = task.tenant_id and pr.task_id = task.id
          and pr.reported_on <= ${day}
          and case when pr.period ~ ${KEY_PATTERN}
            then pr.period = ${periodKeySql(n)}
            else pr.reported_on > ${periodDueSql(sql`${n} - 1`)} and pr.reported_on <= ${due} end
      ) r) a
    where ${where} and task.deadline_kind = 'RECURRING' and task.status <> 'CANCELLED'
      and ${due} between ${first} and ${day}
      and (task.deadline_start is null or ${n} >= chidao_period_of(task.deadline_start, ${MONTHS}))
      and (task.deadline_end is null or ${n} <= chidao_period_of(task.deadline_end, ${MONTHS}))
    group by task.lead_id
    order by task.lead_id`
}
