import { describe, expect, it } from 'vitest'
import { readPdf } from '../src/index.js'
import { missingFont, planPdf, scannedPdf, tablePdf } from './pdf-fixture.js'

if (missingFont !== null)
  console.warn(`read-pdf.test.ts: the Vietnamese PDF skipped: ${missingFont}`)

const PAGE_1 = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Quán triệt sâu sắc, đầy đủ nội dung Kết luận số 93-KL/TW của Bộ Chính trị đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn tỉnh, tạo sự thống nhất cao về nhận thức và hành động trong cả hệ thống chính trị.',
  '1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc học tập, quán triệt.',
  'a) Hoàn thành trong quý I năm 2026.',
  '- Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện.',
]
const PAGE_2 = [
  'II. TỔ CHỨC THỰC HIỆN',
  'Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy.',
]

describe.skipIf(missingFont !== null)('readPdf, a Vietnamese plan of two pages', async () => {
  const read = await readPdf(await planPdf([PAGE_1, PAGE_2]), 'ke-hoach.pdf')
  if (!read.ok) throw new Error(read.error.message)
  const doc = read.value

  it('gives each paragraph, wrapped lines joined, in NFC, with its page', () => {
    expect(doc).toMatchObject({ name: 'ke-hoach.pdf', format: 'pdf' })
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.place.page, b.text] : b))).toEqual([
      ...PAGE_1.map((text) => [1, text.normalize('NFC')]),
      ...PAGE_2.map((text) => [2, text.normalize('NFC')]),
    ])
  })

  it('numbers the blocks in reading order across pages', () => {
    expect(doc.blocks.map((b) => b.place.block)).toEqual(doc.blocks.map((_, i) => i + 1))
  })

  it('leaves the caller’s bytes whole (PDF.js detaches the buffer it is given)', async () => {
    const bytes = await planPdf([PAGE_2])
    const before = bytes.length
    expect((await readPdf(bytes, 'a.pdf')).ok).toBe(true)
    expect(bytes.length).toBe(before)
    expect((await readPdf(bytes, 'a.pdf')).ok).toBe(true)
  })
})

describe.skipIf(missingFont !== null)('readPdf, a simple table', () => {
  it('puts the table back together, titled by the paragraph above it', async () => {
    const rows = [
      ['TT', 'Nội dung nhiệm vụ', 'Chủ trì', 'Thời hạn'],
      ['1', 'Xây dựng đề án chuyển đổi số', 'Sở Nội vụ', 'Quý I/2026'],
      ['2', 'Tổng kết 10 năm', 'Ban Tuyên giáo Tỉnh ủy', '31/12/2026'],
    ]
    const bytes = await tablePdf('Phụ lục: Danh mục nhiệm vụ', rows, [0, 30, 230, 390])
    const read = await readPdf(bytes, 'phu-luc.pdf')
    if (!read.ok) throw new Error(read.error.message)
    expect(read.value.blocks).toEqual([
      { kind: 'paragraph', text: 'Phụ lục: Danh mục nhiệm vụ', place: { block: 1, page: 1 } },
      { kind: 'table', rows, title: 'Phụ lục: Danh mục nhiệm vụ', place: { block: 2, page: 1 } },
    ])
  })
})

describe('readPdf refuses what it cannot read', () => {
  it('a scan with no text layer, saying so in Vietnamese and English', async () => {
    const read = await readPdf(await scannedPdf(), 'ban-quet.pdf')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'PDF_NO_TEXT_LAYER',
      file: 'ban-quet.pdf',
      message: expect.stringMatching(/^ban-quet\.pdf: the PDF has no text layer/),
      messageVi: expect.stringMatching(/^ban-quet\.pdf: tệp PDF không có lớp văn bản/),
    })
  })

  it('a damaged PDF, naming the file, with no stack trace', async () => {
    const read = await readPdf(new TextEncoder().encode('%PDF-1.7\nnot really'), 'hong.pdf')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'CORRUPT_PDF',
      message: expect.stringMatching(/^hong\.pdf: not a readable PDF/),
      messageVi: expect.stringMatching(/^hong\.pdf: không phải tệp PDF đọc được/),
    })
    if (!read.ok) expect(read.error.message).not.toMatch(/\n\s+at /)
  })
})
