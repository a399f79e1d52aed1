/**
 * The SQL floor's test of "overdue on a day", as chidao judges it (packages/db
 * `timeliness-sql.ts`), and the body of `chidao_pg.task_overdue` for PostGraphile
 * (`postgraphile/schema.sql` takes it from here, so the two cannot drift apart): open (not
 * cancelled, not completed by then) and past its due day; a recurring task ("Hằng năm") when its
 * latest period due by then has no report — one naming that period, or naming none and dated
 * after the previous period's due day and by this one's. chidao's SQL helpers of migration 0012
 * (`public.chidao_latest_due_period`, `public.chidao_period_due`) compute the periods; every
 * name is qualified, as a function of another schema needs.
 *
 * @example
 * ```ts
 * `select count(*) from task t where t.tenant_id = $1 and ${floorOverdueSql('t', '$2::date')}`
 * ```
 */
export function floorOverdueSql(t: string, asOf: string): string {
  const due = (p: string) =>
    `public.chidao_period_due(${p}, l.m, ${t}.deadline_due_month, ${t}.deadline_due_day)`
  return `(${t}.status <> 'CANCELLED' and not (${t}.status = 'COMPLETED' and ${t}.completed_on <= ${asOf})
    and case when ${t}.deadline_kind = 'RECURRING' then coalesce((
      select ${asOf} > ${due('l.p')}
        and not exists (select 1 from public.progress_report pr
          where pr.tenant_id = ${t}.tenant_id and pr.task_id = ${t}.id and pr.reported_on <= ${asOf}
            and case when pr.period ~ (case l.m when 1 then '^[0-9]{4}-[0-9]{2}$'
                when 3 then '^[0-9]{4}-Q[1-4]$' when 6 then '^[0-9]{4}-H[12]$' else '^[0-9]{4}$' end)
              then pr.period = (l.p * l.m / 12)::text || case l.m when 12 then ''
                when 6 then '-H' || ((l.p * l.m % 12) / 6 + 1)
                when 3 then '-Q' || ((l.p * l.m % 12) / 3 + 1)
                else '-' || lpad(((l.p * l.m % 12) + 1)::text, 2, '0') end
              else pr.reported_on > ${due('l.p - 1')} and pr.reported_on <= ${due('l.p')} end)
      from (select m.m, public.chidao_latest_due_period(m.m, ${t}.deadline_due_month,
          ${t}.deadline_due_day, ${t}.deadline_start, ${t}.deadline_end, ${asOf}) as p
        from (select case ${t}.deadline_cadence when 'MONTHLY' then 1 when 'QUARTERLY' then 3
          when 'HALF_YEARLY' then 6 else 12 end as m) m) l
      where l.p is not null), false)
    else ${t}.deadline_due < ${asOf} end)`
}
