import {
  asId,
  groupByLead,
  leadTallyOf,
  scorecard,
  scorecardsFromTallies,
  type TenantId,
  tallyByLead,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase } from './support/test-database.js'

const DEMO = asId<TenantId>('demo')

describe.each(testBackends())('scorecard by lead on %s', (backend) => {
  const test = useExampleDatabase(backend)

  it.each([
    ['2021-12-31', '2021-01-01'],
    ['2023-06-30', '2023-01-01'],
    ['2025-12-31', '2025-01-01'],
    ['2026-11-29', '2026-01-01'],
    ['2026-11-29', '2024-07-01'],
  ])(
    'counts in one statement as the domain counts the facts, as of %s (periods from %s)',
    async (asOf, periodsFrom) => {
      const tasks = test.db.forTenant(DEMO, { clearance: 'TUYET_MAT' }).tasks
      const organizations = test.db.forTenant(DEMO, { clearance: 'TUYET_MAT' }).organizations
      const province = await organizations.findByCode('UBND-TINH')
      const filters = [
        {},
        { leadOrganizationId: province!.id, includeSubtree: true },
        { leadOrganizationId: province!.id, includeSubtree: false },
        { dueFrom: '2022-01-01', dueTo: '2025-12-31' },
      ]
      for (const filter of filters) {
        const counted = await tasks.scorecardByLead({ filter, asOf })
        const facts = await tasks.scorecardFacts({ filter, asOf })
        const inDomain = tallyByLead(facts, { asOf, periodsFrom })
        const tallies = counted.map((line) => leadTallyOf(line, { asOf, periodsFrom }))
        expect(tallies).toEqual(inDomain)
        // Only recurring tasks are left to the domain.
        expect(
          counted.every((line) => line.recurring.every((t) => t.deadline?.kind === 'RECURRING')),
        ).toBe(true)
        // The leads come with their lines, as the organisations' reader gives them.
        const leads = await organizations.findByIds(counted.map((line) => line.leadId))
        expect(counted.map((line) => line.lead)).toEqual(leads)

        // The scorecards made of the counts are those of the facts: the whole and each lead's.
        const cards = scorecardsFromTallies(tallies, { asOf, periodsFrom, score: 86 })
        const whole = scorecard(facts, { asOf, periodsFrom, score: 86 })
        expect(cards.ok && whole.ok).toBe(true)
        if (!cards.ok || !whole.ok) return
        expect(cards.value.card).toEqual(whole.value)
        const groups = groupByLead(facts, leads)
        expect(groups.length).toBe(counted.length)
        for (const group of groups) {
          const own = scorecard(group.tasks, { asOf, periodsFrom })
          const index = counted.findIndex((line) => line.leadId === group.leadId)
          expect(own.ok && cards.value.byLead[index]).toEqual(own.ok && own.value)
        }
      }
    },
  )

  it('sees only what the reader may: a public reader counts fewer tasks', async () => {
    const asOf = '2026-11-29'
    const count = async (clearance: 'PUBLIC' | 'TUYET_MAT') => {
      const lines = await test.db.forTenant(DEMO, { clearance }).tasks.scorecardByLead({ asOf })
      return lines.reduce((n, line) => n + line.tally.counts.total + line.tally.counts.cancelled, 0)
    }
    expect(await count('PUBLIC')).toBeLessThan(await count('TUYET_MAT'))
  })
})
