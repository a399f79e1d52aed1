import {
  asId,
  countRecurringPeriods,
  type DirectiveId,
  type OrganizationId,
  RECURRENCE_CADENCES,
  recurringDeadline,
  type TenantId,
} from '@chidao/domain'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { taskColumns } from '../src/task/task-columns.js'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase, useTestDatabase } from './support/test-database.js'

const TENANT = asId<TenantId>('tinh-a')

const day = fc
  .integer({ min: 0, max: 1200 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10))

/** A recurring rule: any cadence, a fixed due day or none, a first and a last period or none. */
const ruleArb = fc
  .record({
    cadence: fc.constantFrom(...RECURRENCE_CADENCES),
    start: fc.option(day, { nil: null }),
    end: fc.option(day, { nil: null }),
    dueDay: fc.option(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }),
      { nil: null },
    ),
  })
  .map(({ cadence, start, end, dueDay }) => {
    const months = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 }[cadence]
    return recurringDeadline(cadence, start, undefined, {
      dueDay:
        dueDay === null ? null : { month: ((dueDay.month - 1) % months) + 1, day: dueDay.day },
      end: end !== null && (start === null || end >= start) ? end : null,
    })
  })

/** Reports that name a period of the task's cadence, of another, or none. */
const reportArb = fc.record({
  reportedOn: day,
  period: fc.option(
    fc.oneof(
      fc.integer({ min: 2023, max: 2028 }).map(String),
      fc
        .tuple(
          fc.integer({ min: 2023, max: 2028 }),
          fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '01', '06', '12'),
        )
        .map(([y, p]) => `${y}-${p}`),
    ),
    { nil: null },
  ),
})

const taskArb = fc.record({
  deadline: ruleArb,
  lead: fc.constantFrom('SO', 'PHONG'),
  status: fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELLED'),
  completedOn: day,
  reports: fc.array(reportArb, { maxLength: 5 }),
})

describe.each(testBackends())('recurring periods counted in SQL on %s', (backend) => {
  const test = useTestDatabase(backend)
  let db: ChidaoDatabase
  const org: Record<string, OrganizationId> = {}

  beforeAll(async () => {
    db = test.db
    await db.ensureTenant(TENANT, 'Tỉnh A')
    for (const code of ['TU', 'SO', 'PHONG']) {
      const row = await db.kysely
        .insertInto('organization')
        .values({
          tenant_id: TENANT,
          code,
          name: `Cơ quan ${code}`,
          search_key: code.toLowerCase(),
          name_sort_key: code.toLowerCase(),
          kind: 'OTHER',
          level: 'PROVINCE',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      org[code] = asId<OrganizationId>(row.id)
    }
  })

  async function insertDirective(number: number): Promise<DirectiveId> {
    const row = await db.kysely
      .insertInto('directive')
      .values({
        tenant_id: TENANT,
        kind: 'PLAN',
        symbol_text: `${number}-KH/TU`,
        symbol_system: 'PARTY',
        symbol_number: number,
        symbol_issuer_code: 'TU',
        issuer_id: org.TU!,
        issued_on: '2024-01-10',
        issued_year: 2024,
        title: `Kế hoạch ${number}`,
        search_key: `ke hoach ${number}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return asId<DirectiveId>(row.id)
  }

  it('agree with the domain per lead, from the facts a scorecard reads: windows, named periods, first and last periods, due days', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(taskArb, { minLength: 1, maxLength: 10 }),
        day,
        day,
        async (specs, a, b) => {
          run++
          const [from, asOf] = a <= b ? [a, b] : [b, a]
          const directiveId = await insertDirective(run)
          const rows = await db.kysely
            .insertInto('task')
            .values(
              specs.map((s, i) => ({
                tenant_id: TENANT,
                directive_id: directiveId,
                reference: `P.${i}`,
                status: s.status,
                completed_on: s.status === 'COMPLETED' ? s.completedOn : null,
                ...taskColumns({
                  title: `t${i}`,
                  description: '',
                  reference: `P.${i}`,
                  leadId: org[s.lead]!,
                  monitorId: null,
                  deadline: s.deadline,
                  reportingDuty: null,
                } as never),
              })),
            )
            .returning(['id', 'reference'])
            .execute()
          const reports = specs.flatMap((s, i) =>
            s.reports.map((r) => ({
              tenant_id: TENANT,
              task_id: rows.find((row) => row.reference === `P.${i}`)!.id,
              reported_on: r.reportedOn,
              period: r.period,
              organization_id: org[s.lead]!,
              evidence: '[]',
            })),
          )
          if (reports.length > 0)
            await db.kysely.insertInto('progress_report').values(reports).execute()

          const tasks = db.forTenant(TENANT).tasks
          const filter = { directiveId }
          const inSql = await tasks.recurringPeriodCounts({ filter, from, asOf })
          const facts = await tasks.scorecardFacts({ filter, asOf })
          for (const lead of ['SO', 'PHONG']) {
            const id = org[lead]!
            const inDomain = countRecurringPeriods(
              facts.filter((f) => f.leadId === id),
              from,
              asOf,
            )
            const counted = inSql.get(id) ?? {
              ...inDomain,
              total: 0,
              onTime: 0,
              late: 0,
              missing: 0,
            }
            expect(counted, `${lead} from ${from} to ${asOf}`).toEqual(inDomain)
          }
          // The facts carry the period a report names: the domain reads them as the SQL does.
          const named = facts.flatMap((f) => f.reports ?? []).filter((r) => r.period != null)
          const expected = specs
            .flatMap((s) => s.reports)
            .filter((r) => r.period !== null && r.reportedOn <= asOf)
          expect(named.length).toBe(expected.length)
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe.each(testBackends())('recurring periods of the example on %s', (backend) => {
  const test = useExampleDatabase(backend)

  it.each(['2025-12-31', '2026-07-15', '2026-11-29'])(
    'count the same in SQL and in the scorecard as of %s, some of them missing',
    async (asOf) => {
      const tasks = test.db.forTenant(asId<TenantId>('demo'), { clearance: 'TUYET_MAT' }).tasks
      const from = `${asOf.slice(0, 4)}-01-01`
      const inSql = await tasks.recurringPeriodCounts({ from, asOf })
      const facts = await tasks.scorecardFacts({ asOf })
      const leads = new Set([...facts.map((f) => f.leadId), ...inSql.keys()])
      let due = 0
      for (const lead of leads) {
        const inDomain = countRecurringPeriods(
          facts.filter((f) => f.leadId === lead),
          from,
          asOf,
        )
        due += inDomain.total
        expect(
          inSql.get(lead) ?? { ...inDomain, total: 0, onTime: 0, late: 0, missing: 0 },
        ).toEqual(inDomain)
      }
      expect(due).toBeGreaterThan(0)
    },
  )
})
