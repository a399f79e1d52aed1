import { describe, expect, it } from 'vitest'
import {
  type AssessmentInput,
  validateAssessment,
} from '../../src/assessment/validate-assessment.js'
import { refusalOf } from '../refusal-of.js'

const org = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b01'
const base: AssessmentInput = {
  kind: 'PERIODIC_REPORT',
  subject: { kind: 'ORGANIZATION_YEAR', organizationId: org, year: 2025 },
  period: { from: '2025-01-01', to: '2025-12-31' },
  assessorId: org,
  assessedOn: '2026-01-10',
}
const critique = {
  subjectTitle: 'Dự thảo Nghị quyết về phát triển kinh tế biển',
  requestingBodyId: org,
  form: 'COUNCIL',
  requestedOn: '2025-03-01',
  heldOn: '2025-03-20',
}

const refusal = refusalOf(validateAssessment)
/** Input as it arrives from JSON: any shape at all. */
const errorOf = (patch: Record<string, unknown>) => refusal({ ...base, ...patch })

describe('validateAssessment: refusals at the edges', () => {
  it('accepts a yearly organisation review without findings, indicators or rating', () => {
    const r = validateAssessment(base)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.subject).toEqual({ kind: 'ORGANIZATION_YEAR', organizationId: org, year: 2025 })
    expect(r.value).toMatchObject({
      score: null,
      rating: null,
      ratingRulesId: null,
      indicators: [],
    })
  })

  it('refuses a missing subject and impossible dates', () => {
    expect(errorOf({ subject: null })).toMatchObject({ code: 'REQUIRED', path: ['subject'] })
    expect(errorOf({ assessedOn: '2026-02-30' })).toMatchObject({
      code: 'INVALID_DATE',
      path: ['assessedOn'],
      value: '2026-02-30',
    })
  })

  it('refuses scores that are not finite numbers, and unknown ratings', () => {
    expect(errorOf({ score: Number.NaN })).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['score'],
    })
    expect(errorOf({ score: '86' })).toMatchObject({ code: 'INVALID_NUMBER', path: ['score'] })
    expect(errorOf({ rating: 'SUPERB', ratingRulesId: 'r' })).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['rating'],
      value: 'SUPERB',
    })
  })

  it('refuses findings that are not lists of paragraphs', () => {
    expect(errorOf({ findings: { results: 'Đã hoàn thành' } })).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['findings', 'results'],
    })
  })

  it('requires a value for an indicator baseline, and accepts one without a date', () => {
    const indicator = { name: 'Tỷ lệ hộ nghèo', unit: '%' }
    expect(
      errorOf({ indicators: [{ ...indicator, baseline: { date: '2024-12-31' } }] }),
    ).toMatchObject({
      code: 'REQUIRED',
      path: ['indicators', 0, 'baseline', 'value'],
    })
    const r = validateAssessment({
      ...base,
      indicators: [{ ...indicator, baseline: { value: 3.2 } }],
    })
    expect(r.ok && r.value.indicators[0]?.baseline).toEqual({ value: 3.2, date: null })
  })

  it('reports malformed structures as a value, not an exception', () => {
    const indicator = { name: 'Số lớp tập huấn', unit: 'lớp' }
    for (const patch of [
      { indicators: [{ ...indicator, periods: 'quarterly' }] },
      { indicators: [{ ...indicator, evidence: 7 }] },
    ]) {
      expect(errorOf(patch)).toMatchObject({ code: 'INVALID_VALUE', path: [] })
    }
  })

  it('refuses a critique held before it was requested, or answered without an answer', () => {
    const kind = 'SOCIAL_CRITIQUE'
    expect(
      errorOf({ kind, socialCritique: { ...critique, requestedOn: '2025-04-01' } }),
    ).toMatchObject({ code: 'INVALID_PERIOD', path: ['socialCritique', 'heldOn'] })
    expect(
      errorOf({ kind, socialCritique: { ...critique, respondedOn: '2025-04-15' } }),
    ).toMatchObject({
      code: 'INVALID_VALUE',
      path: ['socialCritique', 'response'],
      value: 'PENDING',
    })
  })
})
