import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { floorOverdueSql } from './floor-overdue.js'
import { type ReportingCalendarDialect, reportingCalendarCtes } from './reporting-calendar-sql.js'

/** `chidao_pg.expected_reports`' calendar: its arguments, the tenant of the transaction, its helpers. */
const POSTGRAPHILE_CALENDAR: ReportingCalendarDialect = {
  tenant: "current_setting('chidao.tenant_id', true)",
  from: 'from_day',
  to: 'to_day',
  asOf: 'as_of',
  periodStart: (day, months) => `chidao_pg.period_start(${day}, ${months})`,
  dueOf: (start) => `chidao_pg.period_due(${start}::date, s.n_months, s.due_month, s.due_day)`,
  keyCadence: (key) => `chidao_pg.key_cadence(${key})`,
}

/** What stands for each `{{NAME}}` of `postgraphile/schema.sql`: the SQL it shares with the floor. */
const SHARED_SQL: Readonly<Record<string, string>> = {
  TASK_OVERDUE: floorOverdueSql('t', 'as_of'),
  REPORTING_CALENDAR: reportingCalendarCtes(POSTGRAPHILE_CALENDAR),
}

/**
 * The bench-only functions PostGraphile exposes (`postgraphile/schema.sql`), with the SQL they
 * share with the floor put in place: one text for both, so that they answer alike.
 *
 * @example
 * ```ts
 * await adminQuery(postgraphileSchemaSql(), url)
 * ```
 */
export function postgraphileSchemaSql(): string {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'postgraphile', 'schema.sql')
  return readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const text = SHARED_SQL[name]
    if (text === undefined) throw new Error(`postgraphile/schema.sql: no SQL named ${name}`)
    return text
  })
}
