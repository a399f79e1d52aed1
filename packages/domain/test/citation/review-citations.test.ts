import { describe, expect, it } from 'vitest'
import { extractCitations } from '../../src/citation/extract-citations.js'
import { formatDocumentSymbol } from '../../src/symbol/document-symbol.js'
import { findPartyTerm } from '../../src/text/party-term.js'

function only(text: string) {
  const found = extractCitations(text)
  expect(found).toHaveLength(1)
  const c = found[0]!
  return { ...c, symbolText: formatDocumentSymbol(c.symbol), text: text.slice(c.start, c.end) }
}

describe('citations as a review found them written', () => {
  it('reads a symbol with spaces around the hyphen', () => {
    const c = only('thực hiện Chỉ thị số 42 - CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về')
    expect(c).toMatchObject({ symbolText: '42-CT/TW', kind: 'DIRECTIVE', issuedOn: '2010-04-16' })
    expect(c).toMatchObject({ issuer: 'Bộ Chính trị', term: 10 })
    expect(extractCitations('trang 12 - Hà Nội')).toEqual([])
  })

  it('reads a resolution of a session of the Central Committee as the Committee’s, with its term', () => {
    const c = only(
      'Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về',
    )
    expect(c).toMatchObject({ issuer: 'Ban Chấp hành Trung ương Đảng', term: 13 })
    expect(c.text.endsWith('khóa XIII')).toBe(true)
    const short = only('Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII về')
    expect(short).toMatchObject({ issuer: 'Ban Chấp hành Trung ương Đảng', term: 12 })
  })

  it('keeps the name of a commune after Đảng ủy xã', () => {
    const c = only('Kế hoạch số 15-KH/ĐU ngày 3/3/2025 của Đảng ủy xã Bình An về')
    expect(c.issuer).toBe('Đảng ủy xã Bình An')
    expect(only('Kế hoạch 7-KH/ĐU của Đảng ủy phường Hòa Bình').issuer).toBe(
      'Đảng ủy phường Hòa Bình',
    )
  })

  it('keeps a name whose parts are listed with commas, not two bodies', () => {
    const c = only(
      'Quyết định số 12/QĐ-BVHTTDL ngày 3/3/2025 của Bộ Văn hóa, Thể thao và Du lịch về',
    )
    expect(c.issuer).toBe('Bộ Văn hóa, Thể thao và Du lịch')
    expect(only('Kết luận 12-KL/TW của Bộ Chính trị, Ban Bí thư và Ủy ban Kiểm tra').issuer).toBe(
      'Bộ Chính trị',
    )
  })

  it('reads a party term written in Arabic numerals', () => {
    expect(only('Chỉ thị số 42-CT/TW của Bộ Chính trị khóa 13 về').term).toBe(13)
    expect(only('Chỉ thị số 42-CT/TW của Bộ Chính trị (khoá 10)').term).toBe(10)
    expect(findPartyTerm('Ban Chấp hành khóa 2020')).toBeNull()
  })
})
