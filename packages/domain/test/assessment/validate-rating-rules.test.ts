import { describe, expect, it } from 'vitest'
import {
  RATING_RULES_2023,
  RATING_RULES_2025,
  type RatingRules,
  ratingRulesOn,
  validateRatingRules,
} from '../../src/assessment/rating-rules.js'

/** Rules as they arrive from JSON: any shape at all. */
function loaded(value: unknown): RatingRules {
  return value as RatingRules
}

function errorOf(rules: unknown) {
  const r = validateRatingRules(loaded(rules))
  if (r.ok) throw new Error('expected the rules to be refused')
  return r.error
}

const floor = { rating: 'NOT_COMPLETED', minScore: 0, conditions: [] }
const good = { rating: 'GOOD', minScore: 70, conditions: [] }
const base = { id: 'x', name: 'Quy tắc thử', validFrom: '2026-01-01', levels: [good, floor] }

describe('validateRatingRules: every refusal names its field', () => {
  it.each([
    ['null', null, []],
    ['a string', 'rules', []],
    ['no id', { ...base, id: undefined }, ['id']],
    ['a blank id', { ...base, id: '   ' }, ['id']],
    ['no name', { ...base, name: 42 }, ['name']],
    ['a blank name', { ...base, name: '' }, ['name']],
    ['an impossible validFrom', { ...base, validFrom: '2026-02-30' }, ['validFrom']],
    ['a non-string validFrom', { ...base, validFrom: 20260101 }, ['validFrom']],
    ['no levels', { ...base, levels: [] }, ['levels']],
    ['levels not a list', { ...base, levels: 'GOOD' }, ['levels']],
    [
      'an unknown rating',
      { ...base, levels: [{ ...good, rating: 'GREAT' }, floor] },
      ['levels', 0, 'rating'],
    ],
    ['a null level', { ...base, levels: [null, floor] }, ['levels', 0, 'rating']],
    [
      'a rating twice',
      { ...base, levels: [good, { ...good, minScore: 60 }, floor] },
      ['levels', 1, 'rating'],
    ],
    [
      'a minimum above 100',
      { ...base, levels: [{ ...good, minScore: 101 }, floor] },
      ['levels', 0, 'minScore'],
    ],
    [
      'a negative minimum',
      { ...base, levels: [{ ...good, minScore: -1 }, floor] },
      ['levels', 0, 'minScore'],
    ],
    [
      'a non-numeric minimum',
      { ...base, levels: [{ ...good, minScore: '70' }, floor] },
      ['levels', 0, 'minScore'],
    ],
    [
      'an infinite minimum',
      { ...base, levels: [{ ...good, minScore: Number.POSITIVE_INFINITY }, floor] },
      ['levels', 0, 'minScore'],
    ],
    [
      'conditions not a list',
      { ...base, levels: [{ ...good, conditions: null }, floor] },
      ['levels', 0, 'conditions'],
    ],
    [
      'an unknown condition',
      { ...base, levels: [{ ...good, conditions: [{ kind: 'ALWAYS' }] }, floor] },
      ['levels', 0, 'conditions', 0, 'kind'],
    ],
    [
      'a share above 1',
      {
        ...base,
        levels: [{ ...good, conditions: [{ kind: 'MAX_LATE_SHARE', share: 1.5 }] }, floor],
      },
      ['levels', 0, 'conditions', 0, 'share'],
    ],
    [
      'a missing share',
      { ...base, levels: [{ ...good, conditions: [{ kind: 'MAX_LATE_SHARE' }] }, floor] },
      ['levels', 0, 'conditions', 0, 'share'],
    ],
    ['a floor above 0', { ...base, levels: [good, { ...floor, minScore: 10 }] }, ['levels', 1]],
    [
      'a floor with conditions',
      { ...base, levels: [good, { ...floor, conditions: [{ kind: 'ALL_TASKS_COMPLETED' }] }] },
      ['levels', 1],
    ],
    [
      'a cap share above 1',
      { ...base, excellentCap: { maxShareOfGood: 2 } },
      ['excellentCap', 'maxShareOfGood'],
    ],
    ['a cap without a share', { ...base, excellentCap: {} }, ['excellentCap', 'maxShareOfGood']],
  ])('refuses %s', (_, rules, path) => {
    const error = errorOf(rules)
    expect(error.code).toBe('INVALID_RATING_RULES')
    expect(error.path).toEqual(path)
    expect(error.message).not.toBe('')
    expect(error.messageVi).not.toBe('')
  })

  it('refuses minimum scores that do not strictly decrease', () => {
    const rules = {
      ...base,
      levels: [good, { rating: 'COMPLETED', minScore: 70, conditions: [] }, floor],
    }
    expect(errorOf(rules)).toMatchObject({ path: ['levels', 1, 'minScore'], value: 70 })
  })

  it('fills the optional fields and freezes what it accepts', () => {
    const r = validateRatingRules(loaded(base))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({ source: '', notes: '', excellentCap: null })
    expect(Object.isFrozen(r.value)).toBe(true)
    expect(Object.isFrozen(r.value.levels[0])).toBe(true)
    expect(Object.isFrozen(r.value.levels[0]?.conditions)).toBe(true)
  })

  it('accepts a cap and shares at the bounds 0 and 1', () => {
    const rules = {
      ...base,
      levels: [{ ...good, conditions: [{ kind: 'MAX_LATE_SHARE', share: 0 }] }, floor],
      excellentCap: { maxShareOfGood: 1 },
    }
    const r = validateRatingRules(loaded(rules))
    expect(r.ok && r.value.excellentCap).toEqual({ maxShareOfGood: 1 })
  })
})

describe('ratingRulesOn', () => {
  it('picks the latest rule set in force on the date', () => {
    expect(ratingRulesOn('2025-01-01')).toBe(RATING_RULES_2025)
    expect(ratingRulesOn('2024-12-31')).toBe(RATING_RULES_2023)
    expect(ratingRulesOn('1990-01-01')).toBeNull()
    expect(ratingRulesOn('2030-01-01', [])).toBeNull()
  })
})
