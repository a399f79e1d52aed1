import { describe, expect, it } from 'vitest'
import {
  type DirectiveInput,
  type DirectiveSectionInput,
  findDirectiveSection,
  validateDirectiveSections,
  validateNewDirective,
} from '../../src/directive/directive.js'

const base: DirectiveInput = {
  symbol: '93-KL/TW',
  issuerOrganizationCode: 'bbt-tw',
  issuedOn: '2020-11-20',
  title: 'Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW',
}

function errorOf(input: DirectiveInput, context = {}) {
  const r = validateNewDirective(input, context)
  if (r.ok) throw new Error('expected an error')
  return r.error
}

describe('validateNewDirective', () => {
  it('parses the symbol, takes the kind from it and applies defaults', () => {
    const r = validateNewDirective({
      ...base,
      symbol: 'Số: 93-KL/TƯ',
      title: '  Kết luận  về tiếp tục thực hiện\u00a0Chỉ thị ',
      issuerTerm: 13,
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({
      kind: 'CONCLUSION',
      symbolText: '93-KL/TW',
      issuerOrganizationCode: 'BBT-TW',
      issuerTerm: 13,
      title: 'Kết luận về tiếp tục thực hiện Chỉ thị',
      secrecy: 'PUBLIC',
      urgency: 'NORMAL',
      sections: [],
    })
    expect(r.value.symbol.warnings).toEqual([])
    expect(r.value.warnings.length).toBeGreaterThan(0)
    expect(Object.isFrozen(r.value)).toBe(true)
  })

  it('normalises the title to NFC', () => {
    const r = validateNewDirective({ ...base, title: 'Chu\u031bo\u031bng tri\u0300nh' })
    expect(r.ok && r.value.title).toBe('Chương trình')
  })

  it('names the offending field in both languages', () => {
    const cases: [Partial<DirectiveInput>, string, (string | number)[]][] = [
      [{ title: '   ' }, 'REQUIRED', ['title']],
      [{ issuedOn: '2021-02-29' }, 'INVALID_DATE', ['issuedOn']],
      [{ issuedOn: '20/11/2020' }, 'INVALID_DATE', ['issuedOn']],
      [{ kind: 'MEMO' }, 'INVALID_DIRECTIVE_KIND', ['kind']],
      [{ kind: 'DIRECTIVE' }, 'DIRECTIVE_KIND_MISMATCH', ['kind']],
      [{ secrecy: 'SECRET' }, 'INVALID_SECRECY', ['secrecy']],
      [{ urgency: 'ASAP' }, 'INVALID_URGENCY', ['urgency']],
      [{ symbol: 'not a symbol' }, 'INVALID_DOCUMENT_SYMBOL', ['symbol']],
      [{ issuerOrganizationCode: 'a b' }, 'INVALID_ORGANIZATION_CODE', ['issuerOrganizationCode']],
      [{ issuerTerm: 0 }, 'INVALID_PARTY_TERM', ['issuerTerm']],
      [{ symbol: '40/2024/QĐ-UBND', issuedOn: '2023-12-30' }, 'SYMBOL_YEAR_MISMATCH', ['issuedOn']],
      [{ symbol: '202/2025/QH15', issuedOn: '2025-06-12' }, 'REQUIRED', ['kind']],
    ]
    for (const [patch, code, path] of cases) {
      const e = errorOf({ ...base, ...patch })
      expect([e.code, e.path]).toEqual([code, path])
      expect(e.message.length).toBeGreaterThan(0)
      expect(e.messageVi).not.toBe(e.message)
    }
    expect(errorOf(base, { today: '2020-11-19' }).code).toBe('ISSUED_IN_FUTURE')
    expect(validateNewDirective(base, { today: '2020-11-20' }).ok).toBe(true)
  })

  it('accepts explicit kinds, marks and a law whose symbol has no type', () => {
    const r = validateNewDirective({
      ...base,
      symbol: '202/2025/QH15',
      kind: 'LAW',
      issuedOn: '2025-06-12',
      secrecy: 'TOI_MAT',
      urgency: 'HOA_TOC',
    })
    expect(r.ok && [r.value.kind, r.value.secrecy, r.value.urgency]).toEqual([
      'LAW',
      'TOI_MAT',
      'HOA_TOC',
    ])
  })
})

describe('directive sections', () => {
  const programme: DirectiveSectionInput[] = [
    { number: 'I.', heading: 'Kết quả  10 năm', body: 'Dòng 1  \r\nDòng 2\n' },
    {
      number: 'II.',
      heading: 'Nhiệm vụ, giải pháp',
      children: [
        { number: '1.', heading: 'Nâng cao nhận thức' },
        {
          number: '2.',
          heading: 'Kiện toàn tổ chức',
          children: [{ number: 'a)', body: 'Rà soát' }, { number: 'b)' }],
        },
      ],
    },
  ]

  it('keeps the structure, cleans numbers and text, freezes everything', () => {
    const r = validateDirectiveSections(programme)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.map((s) => s.number)).toEqual(['I', 'II'])
    expect(r.value[0]).toEqual({
      number: 'I',
      heading: 'Kết quả 10 năm',
      body: 'Dòng 1\nDòng 2',
      children: [],
    })
    expect(findDirectiveSection(r.value, ['II', '2', 'b'])?.number).toBe('b')
    expect(findDirectiveSection(r.value, ['II.', '2)', 'a'])?.body).toBe('Rà soát')
    expect(findDirectiveSection(r.value, ['III'])).toBeNull()
    expect(Object.isFrozen(r.value[1]!.children)).toBe(true)
    expect(Object.isFrozen(r.value[1]!.children[1]!.children[0])).toBe(true)
  })

  it('refuses duplicate numbers among siblings only, with the path', () => {
    const dup = validateDirectiveSections([
      { number: 'I', children: [{ number: '1' }, { number: '2', children: [{ number: '1' }] }] },
      { number: 'II', children: [{ number: '1' }, { number: '1.' }] },
    ])
    expect(!dup.ok && [dup.error.code, dup.error.path]).toEqual([
      'DUPLICATE_SECTION_NUMBER',
      ['sections', 1, 'children', 1, 'number'],
    ])
    const missing = validateNewDirective({ ...base, sections: [{ number: 'I' }, { number: ' ' }] })
    expect(!missing.ok && [missing.error.code, missing.error.path]).toEqual([
      'REQUIRED',
      ['sections', 1, 'number'],
    ])
  })

  it('handles very deep nesting without recursion', () => {
    let deepest: DirectiveSectionInput = { number: 'x' }
    for (let i = 0; i < 20_000; i++) deepest = { number: String(i % 3), children: [deepest] }
    const r = validateDirectiveSections([deepest])
    expect(r.ok).toBe(true)
  })
})
