import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyExcellentCap, rate, ratingForScore } from '../../src/assessment/rate.js'
import { RATING_LABELS, RATINGS } from '../../src/assessment/rating.js'
import {
  RATING_RULES_2023,
  RATING_RULES_2025,
  type RatingRules,
  ratingRulesOn,
  validateRatingRules,
} from '../../src/assessment/rating-rules.js'

describe('ratingForScore', () => {
  it('uses the 2025 thresholds by default', () => {
    expect(ratingForScore(100)).toBe('EXCELLENT')
    expect(ratingForScore(90)).toBe('EXCELLENT')
    expect(ratingForScore(89.99)).toBe('GOOD')
    expect(ratingForScore(70)).toBe('GOOD')
    expect(ratingForScore(69.9)).toBe('COMPLETED')
    expect(ratingForScore(50)).toBe('COMPLETED')
    expect(ratingForScore(49.9)).toBe('NOT_COMPLETED')
    expect(ratingForScore(0)).toBe('NOT_COMPLETED')
    expect(ratingForScore(Number.NaN)).toBe('NOT_COMPLETED')
  })
  it('is monotonic in the score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          expect(RATINGS.indexOf(ratingForScore(hi))).toBeLessThanOrEqual(
            RATINGS.indexOf(ratingForScore(lo)),
          )
        },
      ),
    )
  })
  it('reads thresholds from the rule set, which is data', () => {
    const strict: RatingRules = {
      ...RATING_RULES_2025,
      id: 'strict',
      levels: RATING_RULES_2025.levels.map((l) => ({
        ...l,
        minScore: l.minScore === 0 ? 0 : l.minScore + 5,
      })),
    }
    expect(validateRatingRules(strict).ok).toBe(true)
    expect(ratingForScore(92, strict)).toBe('GOOD')
    expect(RATING_LABELS.EXCELLENT.vi).toBe('Hoàn thành xuất sắc nhiệm vụ')
    expect(RATING_LABELS.NOT_COMPLETED.vi).toBe('Không hoàn thành nhiệm vụ')
  })
})

describe('rate', () => {
  it('lowers the level when a condition fails, and says why', () => {
    const r = rate({ score: 85, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 1 })
    expect(r.rating).toBe('COMPLETED')
    expect(r.byScore).toBe('GOOD')
    expect(r.reasons).toMatchObject([{ rating: 'GOOD', condition: 'ALL_TASKS_ON_TIME' }])
    const late = rate({ score: 75, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 3 })
    expect(late.rating).toBe('NOT_COMPLETED')
    expect(late.reasons.map((x) => x.condition)).toEqual(['ALL_TASKS_ON_TIME', 'MAX_LATE_SHARE'])
    expect(
      rate({ score: 75, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 2 }).rating,
    ).toBe('COMPLETED')
    expect(
      rate({ score: 60, tasksAssigned: 10, tasksCompleted: 9, tasksCompletedLate: 0 }).rating,
    ).toBe('NOT_COMPLETED')
    expect(rate({ score: 95, disqualifyingViolation: true }).rating).toBe('NOT_COMPLETED')
    expect(
      rate({
        score: 95,
        tasksAssigned: 4,
        tasksCompleted: 4,
        tasksCompletedLate: 0,
        disqualifyingViolation: false,
      }),
    ).toMatchObject({ rating: 'EXCELLENT', reasons: [], unchecked: [] })
  })
  it('rates a score alone, listing what it could not check', () => {
    const r = rate({ score: 95 })
    expect(r.rating).toBe('EXCELLENT')
    expect(r.unchecked).toEqual(['ALL_TASKS_ON_TIME', 'NO_DISQUALIFYING_VIOLATION'])
  })
  it('follows another rule set', () => {
    expect(
      rate(
        { score: 75, tasksAssigned: 10, tasksCompleted: 10, tasksCompletedLate: 3 },
        RATING_RULES_2023,
      ).rating,
    ).toBe('GOOD')
    expect(ratingRulesOn('2024-06-01')?.id).toBe(RATING_RULES_2023.id)
    expect(ratingRulesOn('2025-06-01')?.id).toBe(RATING_RULES_2025.id)
    expect(ratingRulesOn('2020-01-01')).toBeNull()
  })
  it('caps EXCELLENT at a share of those rated GOOD', () => {
    const members = [
      { id: 'a', score: 95, rating: 'EXCELLENT' as const },
      { id: 'b', score: 97, rating: 'EXCELLENT' as const },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `g${i}`, score: 80, rating: 'GOOD' as const })),
      { id: 'c', score: 55, rating: 'COMPLETED' as const },
    ]
    const capped = applyExcellentCap(members)
    expect(capped.filter((m) => m.rating === 'EXCELLENT').map((m) => m.id)).toEqual(['b'])
    expect(capped[0]).toMatchObject({ id: 'a', rating: 'GOOD', reasons: [{ condition: 'CAPPED' }] })
    expect(applyExcellentCap(members, RATING_RULES_2023)).toEqual(members)
  })
  it('refuses malformed rule sets with paths', () => {
    const bad = {
      ...RATING_RULES_2025,
      levels: [RATING_RULES_2025.levels[1]!, RATING_RULES_2025.levels[0]!],
    }
    const r = validateRatingRules(bad)
    expect(!r.ok && r.error).toMatchObject({
      code: 'INVALID_RATING_RULES',
      path: ['levels', 1, 'minScore'],
    })
    expect(validateRatingRules(RATING_RULES_2025).ok).toBe(true)
    expect(validateRatingRules(RATING_RULES_2023).ok).toBe(true)
  })
})
