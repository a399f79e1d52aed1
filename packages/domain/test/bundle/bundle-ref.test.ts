import { describe, expect, it } from 'vitest'
import {
  bundleDirectiveRef,
  bundleTaskRef,
  formatDirectiveRef,
  parseDirectiveRef,
  parseTaskRef,
  resolveBundleDirective,
} from '../../src/bundle/bundle-ref.js'

describe('directive and task refs', () => {
  it('reads a symbol in any accepted spelling, with or without a year', () => {
    expect(parseDirectiveRef('Số: 93-KL/TƯ')).toEqual({
      ok: true,
      value: { symbol: '93-KL/TW', year: null },
    })
    expect(parseDirectiveRef('93-KL/TW@2020')).toEqual({
      ok: true,
      value: { symbol: '93-KL/TW', year: 2020 },
    })
    expect(parseDirectiveRef('93-KL/TW@20').ok).toBe(false)
    expect(parseDirectiveRef('abc').ok).toBe(false)
  })

  it('writes refs back', () => {
    expect(formatDirectiveRef({ symbol: '93-KL/TW', year: 2020 })).toBe('93-KL/TW@2020')
    expect(formatDirectiveRef({ symbol: '93-KL/TW', year: null })).toBe('93-KL/TW')
  })

  it('reads task refs', () => {
    const r = parseTaskRef('06-Ctr/TU@2021# III.2.b ')
    expect(r).toEqual({
      ok: true,
      value: { directive: { symbol: '06-CTr/TU', year: 2021 }, reference: 'III.2.b' },
    })
    expect(parseTaskRef('06-CTr/TU').ok).toBe(false)
    expect(parseTaskRef('06-CTr/TU#').ok).toBe(false)
  })

  it('adds the year only when two directives share a symbol', () => {
    const a = { symbol: '01-KL/TW', issuedOn: '2016-05-01' }
    const b = { symbol: '01-KL/TW', issuedOn: '2021-05-01' }
    const c = { symbol: '93-KL/TW', issuedOn: '2020-11-20' }
    expect(bundleDirectiveRef([a, b, c], a)).toBe('01-KL/TW@2016')
    expect(bundleDirectiveRef([a, b, c], c)).toBe('93-KL/TW')
    expect(bundleTaskRef({ directive: '93-KL/TW', reference: '2' })).toBe('93-KL/TW#2')
  })

  it('resolves a ref to a directive of a bundle', () => {
    const directives = [
      { symbol: '01-KL/TW', issuedOn: '2016-05-01' },
      { symbol: '01-KL/TW', issuedOn: '2021-05-01' },
    ] as never
    expect(resolveBundleDirective({ directives }, '01-KL/TƯ@2021')?.issuedOn).toBe('2021-05-01')
    expect(resolveBundleDirective({ directives }, '01-KL/TW')).toBeNull()
    expect(resolveBundleDirective({ directives }, '02-KL/TW')).toBeNull()
  })
})
