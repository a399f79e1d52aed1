import {
  asId,
  type CalendarDirective,
  type CalendarReport,
  type CalendarTask,
  type DirectiveId,
  type DueDay,
  type OrganizationId,
  type ProgressReportId,
  RECURRENCE_CADENCES,
  REPORT_STATUSES,
  type RecurrenceCadence,
  type ReportingRule,
  reportingCalendar,
  reportingPeriodOf,
  type TaskId,
  type TaskStatus,
  type TenantId,
} from '@chidao/domain'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyReportingCalendarReader } from '../src/reporting/kysely-reporting-calendar-reader.js'
import { testBackends } from '../src/testing.js'
import { insertOrganization } from './support/insert-rows.js'
import { useTestDatabase } from './support/test-database.js'

const statements: string[] = []
function recordStatement(text: string) {
  if (!/^\s*(begin|commit|rollback|select set_config)/i.test(text)) statements.push(text)
}

const day = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10))
const MONTHS: Record<RecurrenceCadence, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
}
const dueDayOf = (cadence: RecurrenceCadence) =>
  fc.record({
    month: fc.integer({ min: 1, max: MONTHS[cadence] }),
    day: fc.integer({ min: 1, max: 31 }),
  })
const ruleArb = fc.option(
  fc
    .subarray([...RECURRENCE_CADENCES], { minLength: 1 })
    .chain((cadences) =>
      fc
        .tuple(...cadences.map((c) => fc.option(dueDayOf(c), { nil: null })))
        .map((days) => ({ cadences, days })),
    ),
  { nil: null },
)
const directiveArb = fc.record({
  system: fc.constantFrom('PARTY', 'STATE'),
  issuedOn: day(0, 500),
  rule: ruleArb,
})
const taskArb = fc.record({
  directive: fc.nat(2),
  lead: fc.nat(3),
  status: fc.constantFrom<TaskStatus>('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'),
  completedOn: day(0, 900),
  duty: fc.option(fc.constantFrom(...RECURRENCE_CADENCES), { nil: null }),
})
const reportArb = fc.record({
  task: fc.nat(20),
  byLead: fc.boolean(),
  other: fc.nat(3),
  reportedOn: day(0, 1000),
  correctsEarlier: fc.boolean(),
  // A named period: the one of this cadence some weeks before the report's day (often late).
  period: fc.option(
    fc.tuple(fc.constantFrom(...RECURRENCE_CADENCES), fc.integer({ min: 0, max: 90 })),
    {
      nil: null,
      freq: 2,
    },
  ),
})

function namedPeriod(r: {
  reportedOn: string
  period?: readonly [RecurrenceCadence, number] | null
}): string | null {
  if (!r.period) return null
  const before = new Date(Date.parse(r.reportedOn) - r.period[1] * 86_400_000)
  return reportingPeriodOf(r.period[0], before.toISOString().slice(0, 10)).key
}

describe.each(testBackends())('the reporting calendar in SQL on %s', (backend) => {
  const test = useTestDatabase(backend, { onQuery: (e) => recordStatement(e.query.sql) })
  let run = 0

  async function seed(
    db: ChidaoDatabase,
    spec: {
      directives: {
        system: string
        issuedOn: string
        rule: { cadences: RecurrenceCadence[]; days: (DueDay | null)[] } | null
      }[]
      tasks: {
        directive: number
        lead: number
        status: TaskStatus
        completedOn: string
        duty: RecurrenceCadence | null
      }[]
      reports: {
        task: number
        byLead: boolean
        other: number
        reportedOn: string
        correctsEarlier: boolean
        period?: readonly [RecurrenceCadence, number] | null
      }[]
    },
  ) {
    run++
    const tenant = asId<TenantId>(`cal-${backend}-${run}`)
    await db.ensureTenant(tenant, `Tỉnh ${run}`)
    const orgIds: OrganizationId[] = []
    for (const [i, code] of ['TU', 'A', 'A1', 'B'].entries()) {
      const parent = i === 0 ? null : i === 2 ? orgIds[1]! : orgIds[0]!
      orgIds.push(await insertOrganization(db, tenant, code, { parentId: parent }))
    }
    const directives: CalendarDirective[] = []
    for (const [i, d] of spec.directives.entries()) {
      const dueDays: Partial<Record<RecurrenceCadence, DueDay>> = {}
      d.rule?.cadences.forEach((c, k) => {
        const dd = d.rule!.days[k]
        if (dd) dueDays[c] = dd
      })
      const state = d.system === 'STATE'
      const row = await db.kysely
        .insertInto('directive')
        .values({
          tenant_id: tenant,
          kind: 'PLAN',
          symbol_text: state ? `${i + 1}/KH-UBND` : `${i + 1}-KH/TU`,
          symbol_system: d.system,
          symbol_number: i + 1,
          symbol_issuer_code: state ? 'UBND' : 'TU',
          symbol_type_code: 'KH',
          issuer_id: orgIds[0]!,
          issued_on: d.issuedOn,
          issued_year: Number(d.issuedOn.slice(0, 4)),
          title: `Kế hoạch ${i + 1}`,
          search_key: `ke hoach ${i + 1}`,
          reporting_rule_text: d.rule ? 'Báo cáo định kỳ' : null,
          reporting_cadences: d.rule ? d.rule.cadences : null,
          reporting_due_days: JSON.stringify(dueDays),
          reporting_recipient_id: d.rule && i === 1 ? orgIds[3]! : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const rule: ReportingRule | null = d.rule
        ? {
            text: 'x',
            cadences: d.rule.cadences,
            dueDays,
            recipientId: i === 1 ? orgIds[3]! : null,
          }
        : null
      directives.push({
        id: asId<DirectiveId>(row.id),
        symbol: { system: d.system as 'PARTY' | 'STATE' },
        issuedOn: d.issuedOn,
        issuerId: orgIds[0]!,
        reportingRule: rule,
      })
    }
    const tasks: CalendarTask[] = []
    for (const [i, t] of spec.tasks.entries()) {
      const directive = directives[t.directive % directives.length]!
      // Not before the directive was issued (ISO dates compare as text).
      const completedOn =
        t.status !== 'COMPLETED' ? null : [t.completedOn, directive.issuedOn].sort().at(-1)!
      const row = await db.kysely
        .insertInto('task')
        .values({
          tenant_id: tenant,
          directive_id: directive.id,
          reference: `${i + 1}`,
          title: `t${i}`,
          search_key: `t${i}`,
          lead_id: orgIds[t.lead]!,
          reporting_cadence: t.duty,
          reporting_recipient_id: t.duty ? orgIds[0]! : null,
          status: t.status,
          completed_on: completedOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      tasks.push({
        id: asId<TaskId>(row.id),
        directiveId: directive.id,
        leadId: orgIds[t.lead]!,
        status: t.status,
        completedOn,
        reportingDuty: t.duty ? { cadence: t.duty, recipientId: orgIds[0]! } : null,
      })
    }
    const reports: CalendarReport[] = []
    for (const r of spec.reports) {
      const task = tasks[r.task % tasks.length]!
      const organizationId = r.byLead ? task.leadId : orgIds[r.other]!
      const earlier = r.correctsEarlier
        ? reports.find((p) => p.taskId === task.id && !reports.some((q) => q.correctsId === p.id))
        : undefined
      const row = await db.kysely
        .insertInto('progress_report')
        .values({
          tenant_id: tenant,
          task_id: task.id,
          reported_on: r.reportedOn,
          organization_id: organizationId,
          percent: null,
          evidence: '[]',
          corrects_id: earlier?.id ?? null,
          reason: earlier ? 'Sai số liệu' : null,
          period: namedPeriod(r),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      reports.push({
        id: asId<ProgressReportId>(row.id),
        taskId: task.id,
        organizationId,
        reportedOn: r.reportedOn,
        period: namedPeriod(r),
        correctsId: earlier?.id ?? null,
      })
    }
    return { tenant, orgIds, directives, tasks, reports }
  }

  it('computes the same calendar as the domain, in one statement', async () => {
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(
        fc.array(directiveArb, { minLength: 1, maxLength: 3 }),
        fc.array(taskArb, { minLength: 1, maxLength: 12 }),
        fc.array(reportArb, { maxLength: 30 }),
        fc.tuple(day(0, 900), fc.nat(700)),
        day(0, 1100),
        fc.constantFrom(null, 0, 1),
        fc.option(fc.subarray([...REPORT_STATUSES], { minLength: 1 }), { nil: null, freq: 2 }),
        fc.option(day(0, 1100), { nil: null, freq: 2 }),
        async (ds, ts, rs, [from, span], asOf, scopeOrg, status, missingAsOf) => {
          const data = await seed(test.db, { directives: ds, tasks: ts, reports: rs })
          const to = new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10)
          const organizationId = scopeOrg === null ? null : data.orgIds[scopeOrg]!
          const reader = new KyselyReportingCalendarReader(test.db.kysely, data.tenant, 'TUYET_MAT')
          statements.length = 0
          const got = await reader.reportingCalendar({
            from,
            to,
            asOf,
            organizationId,
            status,
            missingAsOf,
          })
          expect(statements).toHaveLength(1)
          const subtree =
            scopeOrg === null
              ? null
              : new Set(scopeOrg === 0 ? data.orgIds : [data.orgIds[1]!, data.orgIds[2]!])
          const want = reportingCalendar(
            data,
            { from, to, asOf },
            { organizationIds: subtree, status, missingAsOf },
          )
          const shape = (list: typeof got.expectedReports) =>
            list.map((e) => ({ ...e, report: e.report?.id ?? null }))
          expect(shape(got.expectedReports)).toEqual(shape(want.expectedReports))
          expect(got.totals).toEqual(want.totals)
          for (const e of got.expectedReports) seen.add(e.taskId === null ? 'rule' : 'duty')
          for (const t of got.totals) {
            if (t.received) seen.add('RECEIVED')
            if (t.receivedLate) seen.add('RECEIVED_LATE')
            if (t.missing) seen.add('MISSING')
            if (t.notYetDue) seen.add('NOT_YET_DUE')
          }
        },
      ),
      { numRuns: 25, seed: 20261206 },
    )
    // The generated data reach the statuses, under duties and under rules.
    for (const kind of ['MISSING', 'NOT_YET_DUE', 'RECEIVED', 'duty', 'rule']) {
      expect(seen).toContain(kind)
    }
  })

  it("shows a secret directive's expected reports only to callers cleared for it", async () => {
    const data = await seed(test.db, {
      directives: [
        {
          system: 'PARTY',
          issuedOn: '2025-01-10',
          rule: { cadences: ['HALF_YEARLY'], days: [null] },
        },
        {
          system: 'PARTY',
          issuedOn: '2025-01-10',
          rule: { cadences: ['HALF_YEARLY'], days: [null] },
        },
      ],
      tasks: [
        { directive: 0, lead: 1, status: 'IN_PROGRESS', completedOn: '2025-01-10', duty: null },
        { directive: 1, lead: 3, status: 'IN_PROGRESS', completedOn: '2025-01-10', duty: 'YEARLY' },
      ],
      reports: [],
    })
    await test.db.kysely
      .updateTable('directive')
      .set({ secrecy: 'MAT' })
      .where('id', '=', data.directives[1]!.id)
      .execute()
    const request = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-07-15' }
    const at = (clearance: 'PUBLIC' | 'MAT') =>
      new KyselyReportingCalendarReader(test.db.kysely, data.tenant, clearance).reportingCalendar(
        request,
      )
    const open = await at('PUBLIC')
    expect(new Set(open.expectedReports.map((e) => e.directiveId))).toEqual(
      new Set([data.directives[0]!.id]),
    )
    expect(open.totals.map((t) => t.organizationId)).toEqual([data.orgIds[1]])
    const cleared = await at('MAT')
    expect(cleared.expectedReports.filter((e) => e.organizationId === data.orgIds[3])).toHaveLength(
      3,
    )
    expect(cleared.totals.map((t) => t.missing)).toEqual([1, 1])
  })
})
