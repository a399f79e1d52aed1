import { describe, expect, it } from 'vitest'
import { validateAssessment } from '../../src/assessment/validate-assessment.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { small, YEARLY_REVIEW } from '../bundle/fixtures.js'

const org = '00000000-0000-4000-8000-000000000001'

describe('a rating score outside 0–100', () => {
  it.each([120, -5, 100.5])('is refused, the message naming %d in both languages', (score) => {
    const r = validateAssessment({
      kind: 'PERIODIC_REPORT',
      subject: { kind: 'ORGANIZATION_YEAR', organizationId: org, year: 2025 },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: org,
      assessedOn: '2026-01-10',
      score,
    } as never)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error).toMatchObject({ code: 'INVALID_SCORE', path: ['score'], value: score })
    expect(r.error.message).toContain(String(score))
    expect(r.error.messageVi).toContain(String(score))
  })

  it('is refused in a bundle, at the rating’s score, naming the value', () => {
    const b = small()
    b.assessments = [
      { key: 'k', ...YEARLY_REVIEW, rating: { score: 150, rules: 'vn-366-qd-tw-2025' } },
    ]
    const r = parseBundle(b)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const score = r.error.find((e) => e.code === 'INVALID_SCORE')
    expect(score?.path).toEqual(['assessments', 0, 'rating', 'score'])
    expect(score?.message).toContain('150')
    expect(score?.messageVi).toContain('150')
  })
})
