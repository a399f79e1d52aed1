import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesSearch, searchKey } from '../../src/text/search-key.js'

describe('searchKey', () => {
  it.each([
    ['Kết luận số 93-KL/TW', 'ket luan so 93-kl/tw'],
    ['  Ban   Tuyên\u00a0giáo \n Tỉnh ủy ', 'ban tuyen giao tinh uy'],
    ['ĐẢNG ỦY KHỐI', 'dang uy khoi'],
    ['Nguyễn Thị Ánh Tuyết'.normalize('NFD'), 'nguyen thi anh tuyet'],
    ['Ưu tiên ươm tạo', 'uu tien uom tao'],
    ['\u00D0à Nẵng', 'da nang'],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key)
  })

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const key = searchKey(text)
        expect(searchKey(key)).toBe(key)
      }),
    )
  })
})

describe('matchesSearch', () => {
  it('matches words in any order, ignoring accents and case', () => {
    expect(matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'tuyen giao')).toBe(true)
    expect(matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'TỈNH UY tuyên')).toBe(true)
    expect(matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'dan van')).toBe(false)
    expect(matchesSearch('Công văn 4912/UBND-NC', 'ubnd')).toBe(true)
    expect(matchesSearch('anything', '   ')).toBe(true)
  })
})
