import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type DocumentSymbol,
  documentSymbolKey,
  documentSymbolKeyOf,
  formatDocumentSymbol,
  parseDocumentSymbol,
  sameDocumentSymbol,
} from '../../src/symbol/document-symbol.js'
import { KNOWN_ISSUER_CODES } from '../../src/symbol/issuer-codes.js'
import { DOCUMENT_TYPE_CODES, kindOfTypeCode, lookupTypeCode } from '../../src/symbol/type-codes.js'

function parsed(text: string): DocumentSymbol {
  const r = parseDocumentSymbol(text)
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error.message}`)
  return r.value
}

describe('parseDocumentSymbol: clean Party symbols', () => {
  it.each([
    ['93-KL/TW', 93, 'KL', 'TW', 'CONCLUSION'],
    ['52-CT/TU', 52, 'CT', 'TU', 'DIRECTIVE'],
    ['51-CTr/TU', 51, 'CTr', 'TU', 'PROGRAM'],
    ['128-KH/HU', 128, 'KH', 'HU', 'PLAN'],
    ['2537-NQ/ĐU', 2537, 'NQ', 'ĐU', 'RESOLUTION'],
    ['3917-QĐ/ĐUK', 3917, 'QĐ', 'ĐUK', 'DECISION'],
    ['1048-TB/VPTU', 1048, 'TB', 'VPTU', 'NOTICE'],
    ['8011-CV/BTCTW', 8011, 'CV', 'BTCTW', 'OFFICIAL_LETTER'],
    ['08-QĐi/TW', 8, 'QĐi', 'TW', 'REGULATION'],
    ['15-TT/TW', 15, 'TT', 'TW', 'CIRCULAR_NOTICE'],
    ['36-HD/VPTW', 36, 'HD', 'VPTW', 'GUIDANCE'],
    ['12-ĐA/TU', 12, 'ĐA', 'TU', 'PROJECT'],
    ['04-TTr/TU', 4, 'TTr', 'TU', 'PROPOSAL'],
  ])('%s', (text, number, typeCode, issuerCode, kind) => {
    expect(parseDocumentSymbol(text)).toEqual({
      ok: true,
      value: { system: 'PARTY', number, year: null, typeCode, issuerCode, kind, warnings: [] },
    })
    expect(formatDocumentSymbol(parsed(text))).toBe(text)
  })
})

describe('parseDocumentSymbol: clean State symbols', () => {
  it.each([
    ['40/2024/QĐ-UBND', 40, 2024, 'QĐ', 'UBND', 'DECISION'],
    ['09/2019/NĐ-CP', 9, 2019, 'NĐ', 'CP', 'DECREE'],
    ['30/2020/NĐ-CP', 30, 2020, 'NĐ', 'CP', 'DECREE'],
    ['14/2014/QĐ-TTg', 14, 2014, 'QĐ', 'TTg', 'DECISION'],
    ['01/2011/TT-BNV', 1, 2011, 'TT', 'BNV', 'CIRCULAR'],
    ['12/2021/QyĐ-UBND', 12, 2021, 'QyĐ', 'UBND', 'REGULATION'],
    ['89/TTr-SKHCN', 89, null, 'TTr', 'SKHCN', 'PROPOSAL'],
    ['1270/BC-TCTTTg', 1270, null, 'BC', 'TCTTTg', 'REPORT'],
    ['215/KH-UBND', 215, null, 'KH', 'UBND', 'PLAN'],
    ['4912/UBND-NC', 4912, null, null, 'UBND-NC', 'OFFICIAL_LETTER'],
    ['202/2025/QH15', 202, 2025, null, 'QH15', null],
    ['35/2023/UBTVQH15', 35, 2023, null, 'UBTVQH15', null],
  ])('%s', (text, number, year, typeCode, issuerCode, kind) => {
    expect(parseDocumentSymbol(text)).toEqual({
      ok: true,
      value: { system: 'STATE', number, year, typeCode, issuerCode, kind, warnings: [] },
    })
    expect(formatDocumentSymbol(parsed(text))).toBe(text)
  })
})

describe('parseDocumentSymbol: noisy input is normalised and reported', () => {
  it.each([
    ['65-Ctr/TU', '65-CTr/TU', /case of the type code "Ctr"/],
    ['858CV/ĐUK', '858-CV/ĐUK', /missing hyphen/],
    ['445-KL/TƯ', '445-KL/TW', /"TƯ".*"TW"/],
    ['72-NQ-TW', '72-NQ/TW', /hyphen before the issuer code with a slash/],
    ['Số: 93-KL/TW', '93-KL/TW', /prefix "Số:"/],
    ['số 93-KL/TW', '93-KL/TW', /prefix "số"/],
    ['SỐ 93-KL/TW', '93-KL/TW', /prefix/],
    [' 93 - KL / TW ', '93-KL/TW', /spaces/],
    ['445-KL/TƯ'.normalize('NFD'), '445-KL/TW', /NFC/],
    ['3917-Q\u00D0/ĐUK', '3917-QĐ/ĐUK', /look-alike/],
    ['3917-QĐ/\u0189UK', '3917-QĐ/ĐUK', /look-alike/],
    ['93–KL/TW', '93-KL/TW', /dash/],
    ['93-KL/TW.', '93-KL/TW', /trailing punctuation/],
    ['123/QD-TTg', '123/QĐ-TTg', /"QD" as "QĐ"/],
    ['09/2019/nđ-cp', '09/2019/NĐ-CP', /case/],
    ['12/QĐ-ttg', '12/QĐ-TTg', /case of the issuer code "ttg"/],
    ['5/2020/HD-HDND', '05/2020/HD-HĐND', /"HDND" as "HĐND"/],
  ])('%s → %s', (text, canonical, warning) => {
    const symbol = parsed(text)
    expect(formatDocumentSymbol(symbol)).toBe(canonical)
    expect(symbol.warnings.length).toBeGreaterThan(0)
    expect(symbol.warnings.some((w) => warning.test(w))).toBe(true)
  })

  it('reports one warning per normalisation', () => {
    const symbol = parsed('Số:  65-Ctr/TƯ')
    expect(formatDocumentSymbol(symbol)).toBe('65-CTr/TW')
    expect(symbol.warnings).toHaveLength(3)
  })

  it('writes numbers below 10 with a leading zero', () => {
    expect(formatDocumentSymbol(parsed('6-CTr/TU'))).toBe('06-CTr/TU')
    expect(formatDocumentSymbol(parsed('9/2019/NĐ-CP'))).toBe('09/2019/NĐ-CP')
    expect(parsed('6-CTr/TU').warnings).toEqual([])
  })

  it('returns frozen values', () => {
    const symbol = parsed('93-KL/TW')
    expect(Object.isFrozen(symbol)).toBe(true)
    expect(Object.isFrozen(symbol.warnings)).toBe(true)
  })
})

describe('parseDocumentSymbol: refusals', () => {
  it.each([
    '',
    '   ',
    '1/2',
    '2020/2021',
    '16/4/2010',
    '16-4-2010',
    '0912-345-678',
    '50%',
    'KL/TW',
    '93-XY/TW',
    '0-KL/TW',
    '93-KL/',
    '40/1800/QĐ-UBND',
    '40/2024/UBND',
    '93-NQ-TW/X',
    'Kết luận',
  ])('%j', (text) => {
    const r = parseDocumentSymbol(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_DOCUMENT_SYMBOL')
      expect(r.error.message).toContain(text)
      expect(r.error.messageVi).toContain('ký hiệu')
    }
  })
})

describe('lookup keys', () => {
  it('gives every accepted spelling the same key', () => {
    const spellings = ['65-CTr/TU', '65-Ctr/TU', 'Số: 65-CTr/TU', '65 - CTr / TU', '65CTr/TU']
    const keys = new Set(spellings.map((s) => documentSymbolKey(parsed(s))))
    expect([...keys]).toEqual(['65-CTr/TU'])
    expect(documentSymbolKeyOf('445-KL/TƯ')).toEqual({ ok: true, value: '445-KL/TW' })
    expect(sameDocumentSymbol(parsed('72-NQ-TW'), parsed('72-NQ/TW'))).toBe(true)
    expect(sameDocumentSymbol(parsed('72-NQ/TW'), parsed('72-NQ/TU'))).toBe(false)
  })
})

describe('type codes', () => {
  it('maps TT by system and reads codes in any case', () => {
    expect(kindOfTypeCode('TT', 'PARTY')).toBe('CIRCULAR_NOTICE')
    expect(kindOfTypeCode('TT', 'STATE')).toBe('CIRCULAR')
    expect(kindOfTypeCode('CV', 'STATE')).toBe('OFFICIAL_LETTER')
    expect(lookupTypeCode('qđi')?.type.code).toBe('QĐi')
    expect(lookupTypeCode('QYĐ')?.type.code).toBe('QyĐ')
  })
  it('has unique codes, even ignoring case', () => {
    const upper = DOCUMENT_TYPE_CODES.map((c) => c.code.toUpperCase())
    expect(new Set(upper).size).toBe(upper.length)
  })
})

const partyTypes = DOCUMENT_TYPE_CODES.filter((c) => c.party !== null).map((c) => c.code)
const stateTypes = DOCUMENT_TYPE_CODES.filter((c) => c.state !== null).map((c) => c.code)
const issuers = [...KNOWN_ISSUER_CODES, 'SKHCN', 'BNV', 'UBND-NC', 'SNV-VP', 'ĐUK']

const symbolArbitrary: fc.Arbitrary<DocumentSymbol> = fc.oneof(
  fc
    .record({
      number: fc.integer({ min: 1, max: 99999 }),
      typeCode: fc.constantFrom(...partyTypes),
      issuerCode: fc.constantFrom(...issuers),
    })
    .map((r) => ({
      system: 'PARTY' as const,
      year: null,
      ...r,
      kind: kindOfTypeCode(r.typeCode, 'PARTY'),
      warnings: [],
    })),
  fc
    .record({
      number: fc.integer({ min: 1, max: 99999 }),
      year: fc.option(fc.integer({ min: 1945, max: 2099 })),
      typeCode: fc.constantFrom(...stateTypes),
      issuerCode: fc.constantFrom(...issuers),
    })
    .map((r) => ({
      system: 'STATE' as const,
      ...r,
      kind: kindOfTypeCode(r.typeCode, 'STATE'),
      warnings: [],
    })),
  fc
    .record({
      number: fc.integer({ min: 1, max: 99999 }),
      issuerCode: fc.constantFrom('UBND-NC', 'SKHCN-VP', 'VPCP-KGVX', 'UBND'),
    })
    .map((r) => ({
      system: 'STATE' as const,
      year: null,
      typeCode: null,
      kind: 'OFFICIAL_LETTER' as const,
      warnings: [],
      ...r,
    })),
  fc
    .record({
      number: fc.integer({ min: 1, max: 99999 }),
      year: fc.integer({ min: 1945, max: 2099 }),
      issuerCode: fc.integer({ min: 1, max: 20 }).map((n) => `QH${n}`),
    })
    .map((r) => ({ system: 'STATE' as const, typeCode: null, kind: null, warnings: [], ...r })),
)

describe('properties', () => {
  it('parse(format(s)) = s', () => {
    fc.assert(
      fc.property(symbolArbitrary, (symbol) => {
        expect(parseDocumentSymbol(formatDocumentSymbol(symbol))).toEqual({
          ok: true,
          value: symbol,
        })
      }),
      { numRuns: 500 },
    )
  })

  it('format is idempotent through noise: lower case, spaces, prefix and NFD give the same key', () => {
    fc.assert(
      fc.property(symbolArbitrary, (symbol) => {
        const canonical = formatDocumentSymbol(symbol)
        const noisy = `Số:  ${canonical.replaceAll('/', ' / ')}`.normalize('NFD')
        const r = parseDocumentSymbol(noisy)
        expect(r.ok && documentSymbolKey(r.value)).toBe(canonical)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses a symbol longer than 64 characters, as written or once canonical', () => {
    const long = parseDocumentSymbol(`93-KL/${'T'.repeat(100_000)}`)
    expect(long.ok).toBe(false)
    if (!long.ok) {
      expect(long.error.code).toBe('INVALID_DOCUMENT_SYMBOL')
      expect(long.error.message).toContain('longer than 64 characters')
      expect(long.error.messageVi).toContain('dài quá 64 ký tự')
      expect(long.error.message.length).toBeLessThan(200)
    }
    const edge = `93-KL/${'TU-'.repeat(19)}TU`
    expect(edge.length).toBe(65)
    expect(parseDocumentSymbol(edge).ok).toBe(false)
    expect(parseDocumentSymbol(edge.slice(0, 64).replace(/-$/, '')).ok).toBe(true)
  })

  it('never throws on arbitrary strings', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(...'0123456789-/ KLTWQĐđÐƯưCTrHUNĐ.:số\u0301\u0323'.split('')),
    })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), vietnamese), (text) => {
        const r = parseDocumentSymbol(text)
        expect(typeof r.ok).toBe('boolean')
        if (r.ok) expect(parseDocumentSymbol(formatDocumentSymbol(r.value)).ok).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
