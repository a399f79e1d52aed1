import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findPartyTerm,
  findPartyTerms,
  matchPartyTermAt,
  parsePartyTerm,
} from '../../src/text/party-term.js'
import { formatRomanNumeral } from '../../src/text/roman-numeral.js'

describe('party terms (khóa)', () => {
  it.each([
    ['khóa X', 10],
    ['(khóa X)', 10],
    ['Khóa XVI', 16],
    ['KHOÁ XIII', 13],
    ['khoá X', 10],
    ['KHÓA XII', 12],
    ['kho\u0301a XI', 11],
    ['khoa\u0301 IX', 9],
  ])('%s → %i', (text, term) => {
    expect(parsePartyTerm(text)).toEqual({ ok: true, value: term })
    expect(findPartyTerm(`của Ban Chấp hành Trung ương ${text} về`)).toBe(term)
  })

  it('finds terms in running text with offsets', () => {
    const text = 'Chỉ thị số 42-CT/TW của Bộ Chính trị (khóa X) và Nghị quyết của khóa XIII'
    const found = findPartyTerms(text)
    expect(found.map((m) => m.term)).toEqual([10, 13])
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('(khóa X)')
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('khóa XIII')
    expect(matchPartyTermAt(text, 37)?.term).toBe(10)
    expect(matchPartyTermAt(text, 36)).toBeNull()
  })

  it('leaves an unbalanced parenthesis out', () => {
    const text = 'Bộ Chính trị (khóa X, về'
    const [m] = findPartyTerms(text)
    expect(text.slice(m!.start, m!.end)).toBe('khóa X')
  })

  it('reads a term written in Arabic numerals', () => {
    expect(findPartyTerm('Bộ Chính trị khóa 13')).toBe(13)
    expect(parsePartyTerm('(khoá 10)')).toEqual({ ok: true, value: 10 })
  })

  it.each(['Khoa học và Công nghệ', 'khóa học', 'khóa IIII', 'khóaX', 'khóa 2020', 'khóa 0'])(
    'finds no term in %j',
    (text) => {
      expect(findPartyTerm(text)).toBeNull()
      expect(parsePartyTerm(text).ok).toBe(false)
    },
  )

  it('reads every term it writes, in any case and normal form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('khóa', 'khoá', 'Khóa', 'KHOÁ', 'KHÓA'),
        fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'),
        (n, word, form) => {
          const roman = formatRomanNumeral(n)
          const text = `${word} ${roman.ok ? roman.value : ''}`.normalize(form)
          expect(parsePartyTerm(text)).toEqual({ ok: true, value: n })
        },
      ),
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof parsePartyTerm(text).ok).toBe('boolean')
        expect(Array.isArray(findPartyTerms(text))).toBe(true)
      }),
    )
  })
})
