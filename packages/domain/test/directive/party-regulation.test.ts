import { describe, expect, it } from 'vitest'
import { type DirectiveInput, validateNewDirective } from '../../src/directive/directive.js'
import { kindNamedByTitle } from '../../src/directive/kind-words.js'

// Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị: a Party regulation numbered with QĐ.
const regulation: DirectiveInput = {
  symbol: '366-QĐ/TW',
  issuerOrganizationCode: 'BCT',
  issuedOn: '2025-08-30',
  title:
    'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
}

describe('a Party regulation numbered with QĐ', () => {
  it('is stored as a Quy định when the caller says so', () => {
    const r = validateNewDirective({ ...regulation, kind: 'REGULATION' })
    expect(r.ok && r.value.kind).toBe('REGULATION')
  })

  it('is read as a Quy định from its words when no kind is given', () => {
    const r = validateNewDirective(regulation)
    expect(r.ok && r.value.kind).toBe('REGULATION')
  })

  it('stays a Quyết định when its words say Quyết định or nothing', () => {
    const decision = validateNewDirective({
      ...regulation,
      title: 'Quyết định thành lập Ban Chỉ đạo',
    })
    expect(decision.ok && decision.value.kind).toBe('DECISION')
    const plain = validateNewDirective({ ...regulation, title: 'Về việc thành lập Ban Chỉ đạo' })
    expect(plain.ok && plain.value.kind).toBe('DECISION')
  })

  it('still refuses a kind the code contradicts', () => {
    const r = validateNewDirective({ ...regulation, symbol: '93-KL/TW', kind: 'REGULATION' })
    expect(r.ok ? null : r.error.code).toBe('DIRECTIVE_KIND_MISMATCH')
  })

  it('reads the kind a title opens with', () => {
    expect(kindNamedByTitle('  qui   định về …')).toBe('REGULATION')
    expect(kindNamedByTitle('Quyết định về …')).toBe('DECISION')
    expect(kindNamedByTitle('Quy địnhX')).toBeNull()
  })
})
