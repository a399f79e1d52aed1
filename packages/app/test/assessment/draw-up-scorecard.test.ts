import type { DirectiveId, OrganizationId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { drawUpScorecard } from '../../src/index.js'
import { FACTS, PROGRAMME, reportTenant, UB } from '../report/report-tenant.js'
import { errorOf, failureOf } from '../support/result-of.js'

describe('drawUpScorecard', () => {
  it('wants exactly one of an organisation and a document', async () => {
    const { context } = reportTenant()
    for (const input of [{}, { organizationId: UB.id, directiveId: PROGRAMME.id }]) {
      const r = await drawUpScorecard(context, input)
      expect(errorOf(r)).toMatchObject({
        code: 'VALIDATION',
        message: 'Give exactly one of organizationId or directiveId',
        messageVi: 'Cần đúng một trong organizationId hoặc directiveId',
        path: [],
      })
    }
  })

  it('refuses a score outside 0–100', async () => {
    const { context } = reportTenant()
    for (const score of [-1, 100.5]) {
      const r = await drawUpScorecard(context, { directiveId: PROGRAMME.id, score })
      expect(failureOf(r)).toEqual(['VALIDATION', ['score']])
    }
    const rated = await drawUpScorecard(context, { directiveId: PROGRAMME.id, score: 100 })
    expect(rated.ok && rated.value.card.rating?.rulesId).toBeTruthy()
  })

  it('scores an organisation with its subtree by default, as of today', async () => {
    const { context, asked } = reportTenant()
    const r = await drawUpScorecard(context, {
      organizationId: UB.id,
      from: '2022-01-01',
      to: '2025-12-31',
    })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.card.asOf).toBe('2024-03-31')
    expect(asked[0]).toEqual({
      asOf: '2024-03-31',
      filter: {
        leadOrganizationId: UB.id,
        includeSubtree: true,
        dueFrom: '2022-01-01',
        dueTo: '2025-12-31',
      },
    })
    expect(r.value.byLead.map((line) => line.lead?.code)).toEqual(['STC', 'UBND-TINH'])
  })

  it('counts nothing for what the caller cannot find, without failing', async () => {
    const { context } = reportTenant()
    const none = '00000000-0000-0000-0000-000000000000'
    const r = await drawUpScorecard(context, {
      directiveId: PROGRAMME.id,
      asOf: '2024-03-31',
    })
    expect(r.ok && r.value.card.counts.total).toBe(FACTS.length)
    const nobody = await drawUpScorecard(context, {
      organizationId: none as OrganizationId,
      includeSubtree: false,
    })
    expect(nobody.ok && [nobody.value.card.counts.total, nobody.value.byLead]).toEqual([0, []])
    const nothing = await drawUpScorecard(context, { directiveId: none as DirectiveId })
    expect(nothing.ok && nothing.value.card.counts.total).toBe(0)
  })
})
