import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCitations } from '../../src/citation/extract-citations.js'
import { matchIssuerPhraseAt } from '../../src/citation/issuer-phrase.js'
import { formatDocumentSymbol } from '../../src/symbol/document-symbol.js'
import { SEED_TEXT } from './seed-text.js'

describe('extractCitations on the seed programme', () => {
  const text = SEED_TEXT.normalize('NFC')
  const found = extractCitations(SEED_TEXT)

  it('finds every reference to 93-KL/TW and 42-CT/TW, in order', () => {
    expect(found.map((c) => formatDocumentSymbol(c.symbol))).toEqual([
      '93-KL/TW',
      '42-CT/TW',
      '93-KL/TW',
      '42-CT/TW',
      '93-KL/TW',
      '42-CT/TW',
      '42-CT/TW',
    ])
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end)
    }
  })

  it('reads dates, issuers and terms of the title', () => {
    const [conclusion, directive] = found
    expect(conclusion).toMatchObject({
      kind: 'CONCLUSION',
      issuedOn: '2020-11-20',
      issuer: 'Ban Bí thư Trung ương Đảng',
      term: null,
      warnings: [],
    })
    expect(text.slice(conclusion!.start, conclusion!.end)).toBe(
      'Kết luận số 93-KL/TW, ngày 20/11/2020  \ncủa Ban Bí thư Trung ương Đảng',
    )
    expect(directive).toMatchObject({
      kind: 'DIRECTIVE',
      issuedOn: '2010-04-16',
      issuer: 'Bộ Chính trị',
      term: 10,
    })
    expect(text.slice(directive!.start, directive!.end)).toBe(
      'Chỉ thị  \nsố 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X',
    )
  })

  it('reports offsets into the NFC text even for NFD input', () => {
    const nfd = extractCitations(SEED_TEXT.normalize('NFD'))
    expect(nfd).toEqual(found)
  })
})

describe('extractCitations', () => {
  it('warns when the words and the code disagree', () => {
    const [c] = extractCitations('Chỉ thị số 42-KL/TW của Ban Bí thư')
    expect(c!.kind).toBe('DIRECTIVE')
    expect(c!.symbol.kind).toBe('CONCLUSION')
    expect(c!.warnings).toHaveLength(1)
    expect(c!.warnings[0]).toMatch(/Chỉ thị.*KL/)
  })

  it('takes the kind from the symbol when there are no words', () => {
    const [c] = extractCitations('theo 09/2019/NĐ-CP')
    expect(c).toMatchObject({ kind: 'DECREE', start: 5, end: 18 })
  })

  it('keeps the symbol warnings on the symbol', () => {
    const [c] = extractCitations('Chương trình 65-Ctr/TU')
    expect(c!.symbol.warnings).toHaveLength(1)
    expect(c!.warnings).toEqual([])
  })

  it.each([
    'tỷ lệ 1/2 số xã',
    'niên khóa 2020/2021',
    'gọi 0912-345-678',
    'đạt 98,62%',
    'ngày 16/4/2010',
    'ngày 16-4-2010',
    'năm 2024 có 125 hội thành viên',
    'quý 1/2022',
    '5/UBND',
    'giá 25.000đ/kg, 3 lượt/tháng',
    'số 10/tw',
    '',
  ])('invents nothing from %j', (text) => {
    expect(extractCitations(text)).toEqual([])
  })

  it('returns frozen citations', () => {
    const [c] = extractCitations('Kết luận 93-KL/TW')
    expect(Object.isFrozen(c)).toBe(true)
    expect(Object.isFrozen(c!.warnings)).toBe(true)
  })
})

describe('matchIssuerPhraseAt', () => {
  it.each([
    ['Ban Bí thư Trung ương Đảng ban hành', 'Ban Bí thư Trung ương Đảng'],
    ['Ban Chấp hành Trung ương Đảng khóa XII', 'Ban Chấp hành Trung ương Đảng'],
    ['Ủy ban nhân dân tỉnh Quảng Nam về việc', 'Ủy ban nhân dân tỉnh Quảng Nam'],
    ['Bộ Khoa học và Công nghệ và các sở', 'Bộ Khoa học và Công nghệ'],
    [
      'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam trong',
      'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    ],
    ['Tỉnh ủy, HĐND', 'Tỉnh ủy'],
  ])('%s → %s', (text, issuer) => {
    expect(matchIssuerPhraseAt(text, 0)?.issuer).toBe(issuer)
  })
  it('needs a capital to start', () => {
    expect(matchIssuerPhraseAt('bộ chính trị', 0)).toBeNull()
  })
})

describe('properties', () => {
  it('never throws, and every citation lies inside the NFC text and parses back', () => {
    const documentish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789-/ KLTWQĐđÐƯCTrHU,.ngàyNghịđịnhsốcủaBộChínhtrịkhóaXIV()\n'.split(''),
        'Kết luận ',
        'Chỉ thị số ',
        '93-KL/TW',
        ' ngày 16/4/2010',
        ' của Ban Bí thư',
      ),
    })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), documentish), (text) => {
        const found = extractCitations(text)
        const nfc = text.normalize('NFC')
        let last = 0
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(last)
          expect(c.end).toBeGreaterThan(c.start)
          expect(c.end).toBeLessThanOrEqual(nfc.length)
          last = c.end
        }
      }),
      { numRuns: 2000 },
    )
  })
})
