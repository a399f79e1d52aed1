import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareTaskReferences } from '../../src/bundle/compare-task-references.js'

describe('compareTaskReferences', () => {
  it('orders references as a document reads them', () => {
    const refs = ['III.10', 'III.2', 'II.1', 'III', 'IX.1', 'IV.3', 'III.2.b', 'III.2.a', '10', '2']
    expect([...refs].sort(compareTaskReferences)).toEqual([
      'II.1',
      'III',
      'III.2',
      'III.2.a',
      'III.2.b',
      'III.10',
      'IV.3',
      'IX.1',
      '2',
      '10',
    ])
  })

  it('is a total order: antisymmetric and zero only for equal texts', () => {
    const ref = fc
      .array(fc.constantFrom('I', 'II', 'IX', '1', '2', '10', '02', 'a', 'b', 'đ'), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join('.'))
    fc.assert(
      fc.property(ref, ref, ref, (a, b, c) => {
        expect(
          Math.sign(compareTaskReferences(a, b)) + Math.sign(compareTaskReferences(b, a)),
        ).toBe(0)
        expect(compareTaskReferences(a, b) === 0).toBe(a === b)
        if (compareTaskReferences(a, b) < 0 && compareTaskReferences(b, c) < 0) {
          expect(compareTaskReferences(a, c)).toBeLessThan(0)
        }
      }),
    )
  })
})
