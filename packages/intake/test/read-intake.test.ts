import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IntakeTable } from '@chidao/domain'
import { renderReportDocx } from '@chidao/report-docx'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureReport, PARTY_OPTIONS } from '../../report-docx/test/report-fixture.js'
import { MAX_DOCX_PART_BYTES, MAX_INTAKE_BYTES, readIntake, readIntakeFile } from '../src/index.js'
import { planDocx } from './docx-fixture.js'
import { scannedPdf } from './pdf-fixture.js'

const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])

describe('readIntake chooses the reader by the first bytes, then the extension', () => {
  it('a Word document, whatever its name says', async () => {
    const read = await readIntake(await planDocx(1), 'ke-hoach.bin')
    expect(read.ok && read.value.format).toBe('docx')
  })

  it('a PDF (here a scan, refused for having no text layer)', async () => {
    const read = await readIntake(await scannedPdf(), 'quet.pdf')
    expect(read.ok ? undefined : read.error.code).toBe('PDF_NO_TEXT_LAYER')
  })

  it('UTF-8 text by its extension; not UTF-8 refused with the advice to save as UTF-8', async () => {
    const read = await readIntake(strToU8('I. MỤC ĐÍCH\n1. Quán triệt'), 'ke-hoach.txt')
    expect(read.ok && read.value.blocks.length).toBe(2)
    const legacy = await readIntake(new Uint8Array([0x4b, 0xd5, 0x74]), 'tcvn3.txt')
    expect(legacy.ok ? undefined : legacy.error).toMatchObject({
      code: 'TEXT_NOT_UTF8',
      messageVi: expect.stringContaining('UTF-8'),
    })
  })

  it('a Word 97–2003 file, with the advice to save it as .docx', async () => {
    const read = await readIntake(OLE2, 'cu.doc')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'LEGACY_WORD_FORMAT',
      message: expect.stringMatching(/^cu\.doc: .*save it as \.docx/),
      messageVi: expect.stringMatching(/^cu\.doc: .*lưu lại dưới dạng \.docx/),
    })
  })

  it('a workbook: each sheet a table; a damaged one and an Excel 97–2003 one named as such', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Phụ lục')
    sheet.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'])
    sheet.addRow([1, 'Tổ chức quán triệt', 'Văn phòng Tỉnh ủy'])
    const bytes = new Uint8Array(await book.xlsx.writeBuffer())
    for (const name of ['bang.xlsx', 'bang.zip']) {
      const read = await readIntake(bytes, name)
      expect(read.ok ? read.value.blocks : read.error).toMatchObject([
        {
          kind: 'table',
          rows: [
            ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
            ['1', 'Tổ chức quán triệt', 'Văn phòng Tỉnh ủy'],
          ],
          place: { sheet: 'Phụ lục' },
        },
      ])
    }
    const read = await readIntake(strToU8('không phải bảng tính'), 'hong.xlsx')
    expect(read.ok ? undefined : read.error.code).toBe('CORRUPT_WORKBOOK')
    const old = await readIntake(OLE2, 'cu.xls')
    expect(old.ok ? undefined : old.error.code).toBe('LEGACY_EXCEL_FORMAT')
  })

  it('a damaged .docx that is not even a zip, and a type it does not read', async () => {
    const damaged = await readIntake(strToU8('garbage'), 'hong.docx')
    expect(damaged.ok ? undefined : damaged.error.code).toBe('CORRUPT_DOCX')
    const odt = await readIntake(strToU8('garbage'), 'van-ban.odt')
    expect(odt.ok ? undefined : odt.error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      messageVi: expect.stringContaining('.odt'),
    })
  })
})

describe('readIntake refuses what is too large', () => {
  it('a file over the limit, unread', async () => {
    const read = await readIntake(new Uint8Array(MAX_INTAKE_BYTES + 1), 'lon.pdf')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringMatching(/^lon\.pdf: the file is 67108865 bytes/),
    })
  })

  it('a small zip whose document part unpacks past the limit (a zip bomb), naming the part', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(MAX_DOCX_PART_BYTES + 1) })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const read = await readIntake(bomb, 'bom.docx')
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      part: 'word/document.xml',
    })
  })
})

describe('readIntakeFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-intake-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads a file by its path, named by its base name in NFC', async () => {
    const path = join(dir, 'Kế hoạch.docx'.normalize('NFD'))
    await writeFile(path, await planDocx(1))
    const read = await readIntakeFile(path)
    expect(read.ok && read.value.name).toBe('Kế hoạch.docx'.normalize('NFC'))
  })

  it('says a missing file cannot be read, naming it', async () => {
    const read = await readIntakeFile(join(dir, 'khong-co.pdf'))
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'FILE_NOT_READABLE',
      message: 'khong-co.pdf: cannot read the file (ENOENT)',
    })
  })
})

describe('a real Word layout: the sơ kết that @chidao/report-docx renders', async () => {
  const bytes = await renderReportDocx(fixtureReport(), PARTY_OPTIONS)
  const read = await readIntake(bytes, 'so-ket.docx')
  if (!read.ok) throw new Error(read.error.message)
  const blocks = read.value.blocks

  it('reads its bold section headings, its text (with & and < decoded) and its task table', () => {
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', text: 'I. KẾT QUẢ ĐẠT ĐƯỢC', heading: true }),
    )
    expect(
      blocks.some((b) => b.kind === 'paragraph' && b.text.includes('tư vấn & phản biện <dự thảo>')),
    ).toBe(true)
    const tasks = blocks.filter((b): b is IntakeTable => b.kind === 'table').at(-1)
    expect(tasks?.rows[0]).toEqual([
      'TT',
      'Nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Hoàn thành',
      'Tình hình',
      'Tiến độ',
    ])
    expect(tasks?.rows[1]?.slice(0, 4)).toEqual([
      '1',
      'II.1 — Tổ chức hội nghị quán triệt',
      'Ban Thường vụ Tỉnh ủy',
      '30/6/2021',
    ])
  })
})
