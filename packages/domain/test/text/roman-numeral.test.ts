import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRomanNumeral, parseRomanNumeral } from '../../src/text/roman-numeral.js'

describe('Roman numerals', () => {
  it.each([
    ['X', 10],
    ['XVI', 16],
    ['XIII', 13],
    ['xiv', 14],
    ['IX', 9],
    ['XL', 40],
    ['MMXXV', 2025],
    ['MMMCMXCIX', 3999],
  ])('%s = %i', (text, value) => {
    expect(parseRomanNumeral(text)).toEqual({ ok: true, value })
  })

  it.each(['', 'IIII', 'VX', 'IC', 'ABC', 'X I', 'MMMM', '10'])('refuses %j', (text) => {
    const r = parseRomanNumeral(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('INVALID_ROMAN_NUMERAL')
  })

  it('formats 1–3999 and refuses the rest', () => {
    expect(formatRomanNumeral(13)).toEqual({ ok: true, value: 'XIII' })
    expect(formatRomanNumeral(0).ok).toBe(false)
    expect(formatRomanNumeral(4000).ok).toBe(false)
    expect(formatRomanNumeral(2.5).ok).toBe(false)
  })

  it('parse(format(n)) = n for every n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        const formatted = formatRomanNumeral(n)
        expect(formatted.ok && parseRomanNumeral(formatted.value)).toEqual({ ok: true, value: n })
        expect(formatted.ok && parseRomanNumeral(formatted.value.toLowerCase())).toEqual({
          ok: true,
          value: n,
        })
      }),
      { numRuns: 4000 },
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof parseRomanNumeral(text).ok).toBe('boolean')
      }),
    )
  })
})
