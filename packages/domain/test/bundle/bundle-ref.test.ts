import { describe, expect, it } from 'vitest'
import {
  bundleDirectiveRef,
  bundleTaskRef,
  directiveRefsOf,
  formatDirectiveRef,
  parseDirectiveRef,
  parseTaskRef,
  resolveBundleDirective,
} from '../../src/bundle/bundle-ref.js'

describe('directive and task refs', () => {
  it('reads a symbol in any accepted spelling, with or without a year', () => {
    expect(parseDirectiveRef('Số: 93-KL/TƯ')).toEqual({
      ok: true,
      value: { symbol: '93-KL/TW', issuer: null, year: null },
    })
    expect(parseDirectiveRef('93-KL/TW@2020')).toEqual({
      ok: true,
      value: { symbol: '93-KL/TW', issuer: null, year: 2020 },
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
      value: {
        directive: { symbol: '06-CTr/TU', issuer: null, year: 2021 },
        reference: 'III.2.b',
      },
    })
    expect(parseTaskRef('06-CTr/TU').ok).toBe(false)
    expect(parseTaskRef('06-CTr/TU#').ok).toBe(false)
  })

  it('adds the year only when two directives share a symbol', () => {
    const a = { symbol: '01-KL/TW', issuer: 'BCT', issuedOn: '2016-05-01' }
    const b = { symbol: '01-KL/TW', issuer: 'BCT', issuedOn: '2021-05-01' }
    const c = { symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2020-11-20' }
    expect(bundleDirectiveRef([a, b, c], a)).toBe('01-KL/TW@2016')
    expect(bundleDirectiveRef([a, b, c], c)).toBe('93-KL/TW')
    expect(bundleTaskRef({ directive: '93-KL/TW', reference: '2' })).toBe('93-KL/TW#2')
  })

  it('resolves a ref to a directive of a bundle', () => {
    const directives = [
      { symbol: '01-KL/TW', issuer: 'BCT', issuedOn: '2016-05-01' },
      { symbol: '01-KL/TW', issuer: 'BCT', issuedOn: '2021-05-01' },
    ] as never
    expect(resolveBundleDirective({ directives }, '01-KL/TƯ@2021')?.issuedOn).toBe('2021-05-01')
    expect(resolveBundleDirective({ directives }, '01-KL/TW')).toBeNull()
    expect(resolveBundleDirective({ directives }, '02-KL/TW')).toBeNull()
  })

  it('reads and writes a ref with the issuer, with or without the year', () => {
    expect(parseDirectiveRef('15-KH/ĐU@du-xa-binh-an / 2025')).toEqual({
      ok: true,
      value: { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: 2025 },
    })
    expect(parseDirectiveRef('15-KH/ĐU@DU-XA-BINH-AN')).toEqual({
      ok: true,
      value: { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: null },
    })
    expect(parseDirectiveRef('15-KH/ĐU@').ok).toBe(false)
    expect(parseDirectiveRef('15-KH/ĐU@DU XA').ok).toBe(false)
    expect(formatDirectiveRef({ symbol: '15-KH/ĐU', issuer: 'DU-XA-AN-THANH', year: 2025 })).toBe(
      '15-KH/ĐU@DU-XA-AN-THANH/2025',
    )
  })

  it('tells documents of one symbol apart by the shortest of year, issuer, issuer and year', () => {
    const binhAn = { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', issuedOn: '2025-09-10' }
    const anThanh = { symbol: '15-KH/ĐU', issuer: 'DU-XA-AN-THANH', issuedOn: '2025-09-20' }
    const binhAnOld = { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', issuedOn: '2020-03-01' }
    expect(directiveRefsOf([binhAn, anThanh])).toEqual([
      '15-KH/ĐU@DU-XA-BINH-AN',
      '15-KH/ĐU@DU-XA-AN-THANH',
    ])
    expect(directiveRefsOf([binhAn, anThanh, binhAnOld])).toEqual([
      '15-KH/ĐU@DU-XA-BINH-AN/2025',
      '15-KH/ĐU@DU-XA-AN-THANH',
      '15-KH/ĐU@2020',
    ])
    const directives = [binhAn, anThanh] as never
    expect(resolveBundleDirective({ directives }, '15-KH/ĐU@DU-XA-AN-THANH/2025')?.issuedOn).toBe(
      '2025-09-20',
    )
    expect(resolveBundleDirective({ directives }, '15-KH/ĐU@2025')).toBeNull()
  })
})
