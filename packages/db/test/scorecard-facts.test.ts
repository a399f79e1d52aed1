import {
  asId,
  latestPercent,
  scorecard,
  TASK_STATUSES,
  type TaskId,
  type TenantId,
  TIMELINESS_VALUES,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase } from './support/test-database.js'

describe.each(testBackends())('scorecard facts on %s', (backend) => {
  const test = useExampleDatabase(backend)

  it.each(['2021-12-31', '2023-06-30', '2026-11-29'])(
    'give the same counts as the SQL timeliness filter as of %s, with rates on both denominators',
    async (asOf) => {
      const tasks = test.db.forTenant(asId<TenantId>('demo'), { clearance: 'TUYET_MAT' }).tasks
      const facts = await tasks.scorecardFacts({ asOf })
      const card = scorecard(facts, { asOf })
      expect(card.ok).toBe(true)
      if (!card.ok) return
      // The same tasks counted in SQL: each timeliness, the cancelled, the tasks that count.
      const counted = await tasks.countMany(
        [
          ...TIMELINESS_VALUES.map((t) => ({ key: t, filter: { timeliness: [t] } })),
          { key: 'cancelled', filter: { status: ['CANCELLED' as const] } },
          { key: 'total', filter: { status: TASK_STATUSES.filter((s) => s !== 'CANCELLED') } },
        ],
        asOf,
      )
      expect(card.value.counts).toEqual({ ...Object.fromEntries(counted), asOf })
      const total = counted.get('total')
      expect(card.value.rates.onTimeAllAssigned.denominator).toBe(total)
      expect(card.value.rates.onTimeDueByDate.denominator).toBeLessThanOrEqual(total!)
      // A public handle sees fewer tasks: the secret directive's are left out.
      const publicFacts = await test.db
        .forTenant(asId<TenantId>('demo'))
        .tasks.scorecardFacts({ asOf })
      expect(publicFacts.length).toBeLessThan(facts.length)
    },
  )

  it.each(['2023-06-30', '2025-12-31', '2026-11-29'])(
    'carry the latest figure by %s of each open task, and a roll-up the same as with every figure',
    async (asOf) => {
      const tasks = test.db.forTenant(asId<TenantId>('demo'), { clearance: 'TUYET_MAT' }).tasks
      const facts = await tasks.scorecardFacts({ asOf })
      const reports = await tasks.progressReportsOf(facts.map((f) => f.id as TaskId))
      const latestBy = (id: string) =>
        latestPercent((reports.get(id as TaskId) ?? []).filter((r) => r.reportedOn <= asOf))
      let open = 0
      for (const fact of facts) {
        const closed = fact.status === 'COMPLETED' || fact.status === 'CANCELLED'
        if (!closed) open++
        expect(fact.percent, `${fact.id} (${fact.status})`).toBe(closed ? null : latestBy(fact.id))
      }
      expect(open).toBeGreaterThan(0)
      expect(facts.some((f) => f.percent !== null)).toBe(true)
      // With the figure of every task, completed and cancelled ones included, nothing changes.
      const everyFigure = facts.map((f) => ({ ...f, percent: latestBy(f.id) }))
      expect(everyFigure.some((f, i) => f.percent !== facts[i]!.percent)).toBe(true)
      const card = scorecard(facts, { asOf })
      const full = scorecard(everyFigure, { asOf })
      expect(card.ok && full.ok).toBe(true)
      if (card.ok && full.ok) expect(card.value).toEqual(full.value)
    },
  )
})
