import { describe, expect, it } from 'vitest'
import { ASSESSMENT_KIND_LABELS } from '../../src/assessment/assessment.js'
import {
  type AssessmentInput,
  validateAssessment,
} from '../../src/assessment/validate-assessment.js'
import { refusalOf } from '../refusal-of.js'

const org = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b01'
const directive = '8c4f7a8e-2a43-4d0c-9a43-4d1b0bfe7b0e'
const base: AssessmentInput = {
  kind: 'INTERIM_REVIEW',
  subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: directive, organizationId: org },
  period: { from: '2021-01-01', to: '2025-12-31' },
  assessorId: org,
  assessedOn: '2026-01-15',
  findings: {
    results: ['Đã tổ chức 12 hội thảo phản biện', '  '],
    limitations: ['Kinh phí còn hạn chế'],
  },
  indicators: [
    {
      name: 'Số đề án được phản biện',
      unit: 'đề án',
      baseline: { value: 4, date: '2020-12-31' },
      periods: [
        { from: '2021-01-01', to: '2021-12-31', target: 6, actual: 7 },
        { from: '2022-01-01', to: '2022-12-31', target: 8, actual: null },
      ],
      evidence: ['Báo cáo số 15-BC/LHH'],
    },
  ],
  score: 86,
  rating: 'GOOD',
  ratingRulesId: 'vn-366-qd-tw-2025',
}

const refusal = refusalOf(validateAssessment)
const error = (patch: Partial<AssessmentInput>) => refusal({ ...base, ...patch })

describe('validateAssessment', () => {
  it('accepts and normalises a review in the standard skeleton', () => {
    const r = validateAssessment(base)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.findings.results).toEqual(['Đã tổ chức 12 hội thảo phản biện'])
    expect(r.value.findings.lessons).toEqual([])
    expect(r.value.indicators[0]!.periods[1]).toMatchObject({ target: 8, actual: null })
    expect(r.value.socialCritique).toBeNull()
    expect(ASSESSMENT_KIND_LABELS.FINAL_REVIEW.vi).toBe('Tổng kết')
  })
  it('reports errors with paths', () => {
    expect(error({ kind: 'OPINION' })).toMatchObject({ code: 'INVALID_VALUE', path: ['kind'] })
    expect(error({ period: { from: '2025-01-01', to: '2024-01-01' } })).toMatchObject({
      code: 'INVALID_PERIOD',
      path: ['period', 'to'],
    })
    expect(error({ subject: { kind: 'TASK', taskId: 'x' } })).toMatchObject({
      code: 'INVALID_ID',
      path: ['subject', 'taskId'],
    })
    expect(
      error({ subject: { kind: 'ORGANIZATION_YEAR', organizationId: org, year: 25 } }),
    ).toMatchObject({ path: ['subject', 'year'] })
    expect(error({ score: 120 })).toMatchObject({ code: 'INVALID_SCORE', path: ['score'] })
    expect(error({ ratingRulesId: null })).toMatchObject({ code: 'RATING_RULES_REQUIRED' })
    expect(error({ indicators: [{ name: '', unit: 'x' }] })).toMatchObject({
      code: 'REQUIRED',
      path: ['indicators', 0, 'name'],
    })
    expect(
      error({
        indicators: [
          {
            name: 'a',
            unit: 'b',
            periods: [
              { from: '2021-01-01', to: '2021-12-31' },
              { from: '2021-06-01', to: '2022-12-31' },
            ],
          },
        ],
      }),
    ).toMatchObject({ code: 'OVERLAPPING_PERIODS', path: ['indicators', 0, 'periods', 1, 'from'] })
    expect(error({ findings: { results: [42 as never] } })).toMatchObject({
      path: ['findings', 'results', 0],
    })
  })
  it('requires the critique record exactly for social critique', () => {
    expect(error({ kind: 'SOCIAL_CRITIQUE' })).toMatchObject({ code: 'SOCIAL_CRITIQUE_REQUIRED' })
    const critique = {
      subjectTitle: 'Dự thảo Đề án phát triển khoa học và công nghệ tỉnh',
      requestingBodyId: org,
      form: 'COUNCIL',
      requestedOn: '2025-03-01',
      heldOn: '2025-03-20',
      reportedOn: '2025-03-30',
      reportNumber: '45/BC-LHH',
      response: 'EXPLAINED',
      respondedOn: '2025-04-15',
    }
    expect(error({ socialCritique: critique })).toMatchObject({
      code: 'UNEXPECTED_SOCIAL_CRITIQUE',
    })
    const r = validateAssessment({ ...base, kind: 'SOCIAL_CRITIQUE', socialCritique: critique })
    expect(r.ok && r.value.socialCritique).toMatchObject({ form: 'COUNCIL', response: 'EXPLAINED' })
    expect(
      error({ kind: 'SOCIAL_CRITIQUE', socialCritique: { ...critique, reportedOn: '2025-03-10' } }),
    ).toMatchObject({
      code: 'INVALID_PERIOD',
      path: ['socialCritique', 'reportedOn'],
    })
    expect(
      error({ kind: 'SOCIAL_CRITIQUE', socialCritique: { ...critique, form: 'PARTY' } }),
    ).toMatchObject({
      path: ['socialCritique', 'form'],
    })
    const own = validateAssessment({
      ...base,
      kind: 'SOCIAL_CRITIQUE',
      socialCritique: {
        ...critique,
        requestingBodyId: null,
        response: undefined,
        respondedOn: null,
      },
    })
    expect(own.ok && own.value.socialCritique).toMatchObject({
      requestingBodyId: null,
      response: 'PENDING',
    })
  })
  it('never throws on malformed input', () => {
    expect(validateAssessment(null as never).ok).toBe(false)
    expect(validateAssessment({ ...base, indicators: [null as never] }).ok).toBe(false)
    expect(validateAssessment({ ...base, period: null as never }).ok).toBe(false)
  })
})
