import { describe, expect, expectTypeOf, it } from 'vitest'
import { RATINGS } from '../src/assessment/rating.js'
import {
  DIRECTIVE_RELATION_TYPE_LABELS,
  DIRECTIVE_RELATION_TYPES,
} from '../src/directive/directive-relation.js'
import { URGENCY_LEVELS } from '../src/directive/urgency.js'
import { ORGANIZATION_LEVELS } from '../src/organization/organization-level.js'
import { TASK_STATUSES } from '../src/task/task-status.js'
import { vocabulary } from '../src/vocabulary.js'

const URGENCY = vocabulary([
  ['NORMAL', { vi: 'Thường', en: 'Normal' }],
  ['KHAN', { vi: 'Khẩn', en: 'Urgent' }],
  ['HOA_TOC', { vi: 'Hỏa tốc', en: 'Immediate' }],
])

describe('vocabulary', () => {
  it('keeps the codes in the order written, as a literal tuple, with the labels in that order', () => {
    expect(URGENCY.codes).toEqual(['NORMAL', 'KHAN', 'HOA_TOC'])
    expectTypeOf(URGENCY.codes).toEqualTypeOf<readonly ['NORMAL', 'KHAN', 'HOA_TOC']>()
    expect(Object.keys(URGENCY.labels)).toEqual([...URGENCY.codes])
    expect(URGENCY.labels.KHAN).toEqual({ vi: 'Khẩn', en: 'Urgent' })
  })

  it('freezes the codes, the table and every label', () => {
    expect(Object.isFrozen(URGENCY)).toBe(true)
    expect(Object.isFrozen(URGENCY.codes)).toBe(true)
    expect(Object.isFrozen(URGENCY.labels)).toBe(true)
    expect(Object.isFrozen(URGENCY.labels.NORMAL)).toBe(true)
  })

  it('knows its codes only: not a label, another case, or a value of another type', () => {
    expect(URGENCY.codes.every(URGENCY.is)).toBe(true)
    for (const value of ['Khẩn', 'khan', 'THUONG_KHAN', '', 0, null, undefined, {}, ['KHAN']]) {
      expect(URGENCY.is(value)).toBe(false)
    }
  })

  it('ranks and compares by the order written', () => {
    expect(URGENCY.codes.map(URGENCY.rank)).toEqual([0, 1, 2])
    expect(URGENCY.compare('HOA_TOC', 'NORMAL')).toBe(2)
    expect(URGENCY.compare('KHAN', 'KHAN')).toBe(0)
    expect(
      ['HOA_TOC', 'NORMAL', 'KHAN'].sort(URGENCY.compare as (a: string, b: string) => number),
    ).toEqual(['NORMAL', 'KHAN', 'HOA_TOC'])
  })

  it('gives the vocabularies of the domain their lists, in their order, typed as tuples', () => {
    expectTypeOf(TASK_STATUSES).toEqualTypeOf<
      readonly ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'PAUSED', 'CANCELLED']
    >()
    expect(RATINGS).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])
    expect(URGENCY_LEVELS).toEqual(['NORMAL', 'KHAN', 'THUONG_KHAN', 'HOA_TOC'])
    expect(ORGANIZATION_LEVELS).toEqual(['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'])
    expect(Object.keys(DIRECTIVE_RELATION_TYPE_LABELS)).toEqual([...DIRECTIVE_RELATION_TYPES])
  })
})
