import { asId, scorecard, type TenantId } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { createTestDatabase, type TestDatabase, testBackends } from '../src/testing.js'

describe.each(testBackends())('scorecard facts on %s', (backend) => {
  let test: TestDatabase
  beforeAll(async () => {
    test = await createTestDatabase(backend)
    await importBundle(test.db, await loadExampleBundle(), { actor: 'test' })
  })
  afterAll(() => test?.dispose())

  it.each(['2021-12-31', '2023-06-30', '2026-11-29'])(
    'give the same counts as the SQL aggregate as of %s, with rates on both denominators',
    async (asOf) => {
      const tasks = test.db.forTenant(asId<TenantId>('demo'), { clearance: 'TUYET_MAT' }).tasks
      const facts = await tasks.scorecardFacts({ asOf })
      const card = scorecard(facts, { asOf })
      expect(card.ok).toBe(true)
      if (!card.ok) return
      const counts = await tasks.countByTimeliness({ asOf })
      expect(card.value.counts).toEqual(counts)
      expect(card.value.rates.onTimeAllAssigned.denominator).toBe(counts.total)
      expect(card.value.rates.onTimeDueByDate.denominator).toBeLessThanOrEqual(counts.total)
      // A public handle sees fewer tasks: the secret directive's are left out.
      const publicFacts = await test.db
        .forTenant(asId<TenantId>('demo'))
        .tasks.scorecardFacts({ asOf })
      expect(publicFacts.length).toBeLessThan(facts.length)
    },
  )
})
