import {
  asId,
  countRecurringPeriods,
  type DirectiveId,
  leadTallyOf,
  type OrganizationId,
  type TenantId,
  tallyByLead,
} from '@chidao/domain'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { taskColumns } from '../src/task/task-columns.js'
import { testBackends } from '../src/testing.js'
import { insertOrganization, insertPlan, insertTasks } from './support/insert-rows.js'
import { dayArb, periodReportArb, recurringRuleArb } from './support/recurring-arbitraries.js'
import { TENANT_A as TENANT, useExampleDatabase, useTestDatabase } from './support/test-database.js'

const day = dayArb(2024, 1200)

const taskArb = fc.record({
  deadline: recurringRuleArb(day),
  lead: fc.constantFrom('SO', 'PHONG'),
  status: fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELLED'),
  completedOn: day,
  reports: fc.array(periodReportArb(day), { maxLength: 5 }),
})

describe.each(testBackends())('recurring periods counted in SQL on %s', (backend) => {
  const test = useTestDatabase(backend)
  let db: ChidaoDatabase
  const org: Record<string, OrganizationId> = {}

  beforeAll(async () => {
    db = test.db
    await db.ensureTenant(TENANT, 'Tỉnh A')
    for (const code of ['TU', 'SO', 'PHONG']) org[code] = await insertOrganization(db, TENANT, code)
  })

  /** A plan of 2024 the run's tasks belong to, one a run so that runs do not mix. */
  const insertDirective = (number: number): Promise<DirectiveId> =>
    insertPlan(db, TENANT, {
      number,
      issuerId: org.TU!,
      title: `Kế hoạch ${number}`,
      issued_on: '2024-01-10',
      issued_year: 2024,
      search_key: `ke hoach ${number}`,
    })

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
          const taskIds = await insertTasks(
            db,
            TENANT,
            directiveId,
            specs.map((s, i) => ({
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
              reference: `P.${i}`,
            })),
          )
          const reports = specs.flatMap((s, i) =>
            s.reports.map((r) => ({
              tenant_id: TENANT,
              task_id: taskIds[i]!,
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
          // Counted per lead in one statement: periods, timeliness and the tasks, as the domain
          // counts them from the facts.
          const byLead = await tasks.scorecardByLead({ filter, asOf })
          expect(byLead.map((line) => leadTallyOf(line, { asOf, periodsFrom: from }))).toEqual(
            tallyByLead(facts, { asOf, periodsFrom: from }),
          )
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
