import type { IntakeParagraph, IntakeTable } from '@chidao/domain'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../src/index.js'
import { planDocx } from './docx-fixture.js'

const paragraphs = (blocks: readonly unknown[]) =>
  blocks.filter((b): b is IntakeParagraph => (b as IntakeParagraph).kind === 'paragraph')

describe('readDocx', async () => {
  const read = readDocx(await planDocx(2), 'ke-hoach.docx')
  if (!read.ok) throw new Error(read.error.message)
  const doc = read.value
  const byText = (text: string) => paragraphs(doc.blocks).find((p) => p.text === text)

  it('names the document and its format', () => {
    expect(doc).toMatchObject({ name: 'ke-hoach.docx', format: 'docx' })
  })

  it("gives Word's list numbering as Word shows it, apart from the text, with its level", () => {
    const numbered = paragraphs(doc.blocks)
      .filter((p) => p.numbering !== undefined)
      .map((p) => [p.numbering, p.level, p.text])
    expect(numbered).toEqual([
      ['I.', 0, 'MỤC ĐÍCH, YÊU CẦU'],
      ['-', 0, 'Quán triệt sâu sắc nội dung Kết luận'],
      ['+', 1, 'trong toàn Đảng bộ'],
      ['II.', 0, 'NHIỆM VỤ, GIẢI PHÁP'],
      ['1.', 0, 'Tăng cường công tác số 1 của phần 1'],
      ['2.', 0, 'Tăng cường công tác số 2 của phần 1'],
      ['a)', 1, 'Sở Nội vụ chủ trì'],
      ['b)', 1, 'Hoàn thành trong năm 2026'],
      // A new instance of the list restarts (w:startOverride), as in Word.
      ['1.', 0, 'Tăng cường công tác số 1 của phần 2'],
      ['2.', 0, 'Tăng cường công tác số 2 của phần 2'],
      ['a)', 1, 'Sở Nội vụ chủ trì'],
      ['b)', 1, 'Hoàn thành trong năm 2026'],
    ])
  })

  it('keeps a number typed by hand in the text, with no numbering', () => {
    expect(byText('III. TỔ CHỨC THỰC HIỆN')).toMatchObject({ text: 'III. TỔ CHỨC THỰC HIỆN' })
    expect(byText('III. TỔ CHỨC THỰC HIỆN')?.numbering).toBeUndefined()
    expect(byText('1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp.')?.numbering).toBeUndefined()
  })

  it('marks bold-throughout and heading-style paragraphs as headings, and only those', () => {
    expect(
      paragraphs(doc.blocks)
        .filter((p) => p.heading)
        .map((p) => p.text),
    ).toEqual(['KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 93-KL/TW', 'Phụ lục'])
  })

  it('gives NFC text from NFD input', () => {
    for (const block of doc.blocks) {
      const texts = block.kind === 'paragraph' ? [block.text] : block.rows.flat()
      for (const text of texts) expect(text).toBe(text.normalize('NFC'))
    }
    expect(byText('MỤC ĐÍCH, YÊU CẦU')?.text).toBe('MỤC ĐÍCH, YÊU CẦU'.normalize('NFC'))
  })

  it('numbers the blocks in reading order, leaving empty paragraphs out', () => {
    expect(doc.blocks.map((b) => b.place.block)).toEqual(doc.blocks.map((_, i) => i + 1))
    expect(paragraphs(doc.blocks).every((p) => p.text !== '')).toBe(true)
    expect(doc.blocks[1]).toMatchObject({
      text: 'Căn cứ Kết luận số 93-KL/TW ngày 05/02/2024 của Bộ Chính trị,',
    })
  })

  it('reads the task table, repeating merged header cells, titled by the paragraph above', () => {
    const table = doc.blocks.at(-1) as IntakeTable
    expect(table.kind).toBe('table')
    expect(table.title).toBe('Danh mục nhiệm vụ (kèm theo Kế hoạch)')
    expect(table.rows).toEqual([
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Thời gian'],
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Bắt đầu', 'Hoàn thành'],
      [
        '1',
        'Xây dựng đề án số 1 về chuyển đổi số',
        'Ban Tuyên giáo Tỉnh ủy',
        'Quý I/2026',
        'Tháng 2/2026',
      ],
      ['2', 'Xây dựng đề án số 2 về chuyển đổi số', 'Sở Nội vụ', 'Quý I/2026', 'Tháng 3/2026'],
    ])
  })
})

describe('readDocx refuses what is not a readable Word document', () => {
  it('a damaged zip, naming the file', () => {
    const read = readDocx(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), 'hong.docx')
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code).toBe('CORRUPT_DOCX')
    expect(read.error.message).toMatch(/^hong\.docx: not a readable Word file/)
    expect(read.error.messageVi).toMatch(/^hong\.docx: không phải tệp Word đọc được/)
    expect(read.error.message).not.toMatch(/\n\s+at /)
  })

  it('a zip without word/document.xml, naming the part', () => {
    const read = readDocx(zipSync({ 'a.txt': strToU8('x') }), 'khac.docx')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'CORRUPT_DOCX',
      part: 'word/document.xml',
      messageVi: expect.stringContaining('khac.docx (word/document.xml)'),
    })
  })

  it('malformed XML in a part, with its line and column', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document>\n<w:body><w:p></w:body>') })
    const read = readDocx(bytes, 'xml-hong.docx')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'CORRUPT_DOCX',
      part: 'word/document.xml',
      message: expect.stringMatching(/line 2, column \d+/),
      messageVi: expect.stringMatching(/dòng 2, cột \d+/),
    })
  })
})
