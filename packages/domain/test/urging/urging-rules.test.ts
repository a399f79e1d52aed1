import { describe, expect, it } from 'vitest'
import { DEFAULT_URGING_RULES, type UrgingRules, validateUrgingRules } from '../../src/index.js'

function problem(rules: UrgingRules) {
  const result = validateUrgingRules(rules)
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('urging rules', () => {
  it('accepts the defaults and sorts the days before a due day from the earliest reminder', () => {
    const result = validateUrgingRules({ ...DEFAULT_URGING_RULES, dueSoonDays: [1, 3, 10] })
    expect(result.ok && result.value.dueSoonDays).toEqual([10, 3, 1])
    expect(validateUrgingRules(DEFAULT_URGING_RULES).ok).toBe(true)
  })

  it('names the field and value that are wrong, in both languages', () => {
    const e = problem({ ...DEFAULT_URGING_RULES, overdueRepeatDays: 0 })
    expect(e).toMatchObject({ code: 'INVALID_URGING_RULES', path: ['overdueRepeatDays'], value: 0 })
    expect(e.messageVi).toContain('Số ngày')
    expect(problem({ ...DEFAULT_URGING_RULES, dueSoonDays: [7, 7] }).path).toEqual([
      'dueSoonDays',
      1,
    ])
    expect(problem({ ...DEFAULT_URGING_RULES, dueSoonDays: [2.5] }).path).toEqual([
      'dueSoonDays',
      0,
    ])
    expect(problem({ ...DEFAULT_URGING_RULES, escalateAfterDays: 400 }).value).toBe(400)
    expect(problem({ ...DEFAULT_URGING_RULES, digestTime: '7:30' }).path).toEqual(['digestTime'])
    expect(problem({ ...DEFAULT_URGING_RULES, digestTime: '24:00' }).path).toEqual(['digestTime'])
    expect(problem({ ...DEFAULT_URGING_RULES, timeZone: 'Asia/Hanoi_City' })).toMatchObject({
      path: ['timeZone'],
      value: 'Asia/Hanoi_City',
    })
  })
})
