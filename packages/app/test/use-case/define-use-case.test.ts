import { domainError } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  abort,
  defineUseCase,
  UndeclaredErrorCode,
  type UseCaseContext,
  type UseCaseErrorOf,
} from '../../src/use-case/use-case.js'
import { failureOf } from '../support/result-of.js'
import { readContext } from '../support/use-case-context.js'

const failure = (code: string) => domainError(code, { en: code, vi: code }, ['input'])

/** Halves an even number; fails as told by the input's `fail`. */
const halve = defineUseCase({
  name: 'halve',
  errors: ['ODD'],
  async run(_context: UseCaseContext<null>, input: { n: number; fail?: string }) {
    if (input.fail === 'bug') throw new RangeError('a bug')
    if (input.fail) abort(failure(input.fail))
    if (input.n % 2) abort(failure('ODD'))
    return input.n / 2
  },
})

describe('defineUseCase', () => {
  it('answers the value of its body', async () => {
    expect(await halve(readContext(null), { n: 42 })).toEqual({ ok: true, value: 21 })
  })

  it('answers a declared failure its body aborts with, and lists what it declares', async () => {
    const result = await halve(readContext(null), { n: 3 })
    expect(failureOf(result)).toEqual(['ODD', ['input']])
    const code: UseCaseErrorOf<typeof halve> = 'ODD'
    expect(halve.errors).toEqual([code])
    expect(Object.isFrozen(halve.errors)).toBe(true)
  })

  it('throws on a code it does not declare, and lets any other exception through', async () => {
    await expect(halve(readContext(null), { n: 2, fail: 'FORBIDDEN' })).rejects.toThrow(
      new UndeclaredErrorCode('halve', 'FORBIDDEN'),
    )
    await expect(halve(readContext(null), { n: 2, fail: 'bug' })).rejects.toThrow(RangeError)
  })

  it('bears the name of the use case', () => {
    expect(halve.name).toBe('halve')
  })
})
