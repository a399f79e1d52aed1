import { describe, expect, it } from 'vitest'
import { bundleWarnings } from '../../src/bundle/bundle-warnings.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { type IssuerFacts, issuerSymbolWarning } from '../../src/directive/issuer-agreement.js'
import { parseDocumentSymbol } from '../../src/symbol/document-symbol.js'
import { small } from '../bundle/fixtures.js'

function symbol(text: string) {
  const r = parseDocumentSymbol(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const UBND: IssuerFacts = {
  code: 'UBND-TINH',
  name: 'Ủy ban nhân dân tỉnh Minh Họa',
  kind: 'PEOPLES_COMMITTEE',
  level: 'PROVINCE',
}
const BBT: IssuerFacts = {
  code: 'BBT',
  name: 'Ban Bí thư Trung ương Đảng',
  kind: 'STANDING_COMMITTEE',
  level: 'CENTRAL',
}

describe('an issuer that contradicts the symbol', () => {
  it('gets a warning naming both, in both languages', () => {
    const w = issuerSymbolWarning(symbol('93-KL/TW'), '93-KL/TW', UBND)
    expect(w).toMatchObject({ code: 'ISSUER_CONTRADICTS_SYMBOL', path: ['issuerCode'] })
    for (const text of [w!.message, w!.messageVi]) {
      expect(text).toContain('93-KL/TW')
      expect(text).toContain('UBND-TINH')
    }
    expect(w!.messageVi).toContain('cơ quan Đảng ở Trung ương')
  })

  it('is quiet when they agree', () => {
    expect(issuerSymbolWarning(symbol('93-KL/TW'), '93-KL/TW', BBT)).toBeNull()
    expect(issuerSymbolWarning(symbol('40/2024/QĐ-UBND'), '40/2024/QĐ-UBND', UBND)).toBeNull()
  })

  it('warns of a State symbol signed by a Party committee, and of a level the code denies', () => {
    expect(issuerSymbolWarning(symbol('40/2024/QĐ-UBND'), '40/2024/QĐ-UBND', BBT)).not.toBeNull()
    const commune: IssuerFacts = {
      ...BBT,
      code: 'DU-XA',
      kind: 'PARTY_COMMITTEE',
      level: 'COMMUNE',
    }
    expect(issuerSymbolWarning(symbol('52-CT/TU'), '52-CT/TU', commune)).not.toBeNull()
  })

  it('is listed for a bundle, at the directive’s issuer, without refusing it', () => {
    const b = small()
    b.organizations.push({
      code: 'UBND-TINH',
      name: 'Ủy ban nhân dân tỉnh Minh Họa',
      kind: 'PEOPLES_COMMITTEE',
      level: 'PROVINCE',
    })
    b.directives.push({
      symbol: '95-KL/TW',
      issuer: 'UBND-TINH',
      issuedOn: '2020-11-20',
      title: 'Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW',
    })
    const r = parseBundle(b)
    expect(r.ok ? [] : r.error).toEqual([])
    if (!r.ok) return
    const warnings = bundleWarnings(r.value)
    const index = r.value.directives.findIndex((d) => d.issuer === 'UBND-TINH')
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'ISSUER_CONTRADICTS_SYMBOL',
        path: ['directives', index, 'issuer'],
      }),
    ])
  })
})
