import { describe, expect, it } from 'vitest'
import { asciiFileName } from '../../src/index.js'

describe('asciiFileName', () => {
  it.each([
    ['sơ-kết-06-CTr-TU-2026-12-07.docx', 'so-ket-06-CTr-TU-2026-12-07.docx'],
    ['MẬT-thông-báo-ĐU.docx', 'MAT-thong-bao-DU.docx'],
    ['Tổng kết Đảng ủy/2026.xlsx', 'Tong_ket_Dang_uy_2026.xlsx'],
    // Decomposed input (NFD, as macOS file names come) gives the same name.
    ['Nghị quyết'.normalize('NFD'), 'Nghi_quyet'],
  ])('%s → %s', (name, ascii) => {
    expect(asciiFileName(name)).toBe(ascii)
    expect(asciiFileName(name)).toMatch(/^[A-Za-z0-9._-]*$/)
  })
})
