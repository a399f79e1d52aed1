import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '../src/index.js'

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

describe('readWorkbook', () => {
  it('reads a sheet as a table under its title, a header written on two merged rows joined', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Phụ lục I')
    sheet.getCell('A1').value = 'PHỤ LỤC: DANH MỤC NHIỆM VỤ'
    sheet.mergeCells('A1:E1')
    // A two-row header: STT and the task merged down, "Thời hạn" across two columns.
    sheet.getCell('A2').value = 'STT'
    sheet.mergeCells('A2:A3')
    sheet.getCell('B2').value = 'Nội dung nhiệm vụ'
    sheet.mergeCells('B2:B3')
    sheet.getCell('C2').value = 'Đơn vị'
    sheet.mergeCells('C2:C3')
    sheet.getCell('D2').value = 'Thời hạn'
    sheet.mergeCells('D2:E2')
    sheet.getCell('D3').value = 'Như văn bản'
    sheet.getCell('E3').value = 'Ngày'
    sheet.addRow([
      1,
      'Hoàn thiện quy chế',
      'Sở Nội vụ',
      'Quý II/2026',
      new Date(Date.UTC(2026, 5, 30)),
    ])
    sheet.getCell('E4').numFmt = 'dd/mm/yyyy'
    sheet.addRow([])
    sheet.addRow([2, 'Sơ kết 6 tháng', 'Sở Nội vụ', 'Tháng 7/2026', null])
    // A lead merged over two task rows is repeated in both.
    sheet.addRow([3, 'Báo cáo tổng hợp', 'Văn phòng', 'Tháng 8/2026', null])
    sheet.mergeCells('C6:C7')
    const document = await readWorkbook(await bytesOf(workbook), 'phu-luc.xlsx')
    expect(document).toMatchObject({ name: 'phu-luc.xlsx', format: 'xlsx' })
    expect(document.blocks).toEqual([
      {
        kind: 'table',
        title: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ',
        place: { block: 1, sheet: 'Phụ lục I' },
        rows: [
          ['STT', 'Nội dung nhiệm vụ', 'Đơn vị', 'Thời hạn - Như văn bản', 'Thời hạn - Ngày'],
          ['1', 'Hoàn thiện quy chế', 'Sở Nội vụ', 'Quý II/2026', '30/06/2026'],
          ['2', 'Sơ kết 6 tháng', 'Sở Nội vụ', 'Tháng 7/2026'],
          ['3', 'Báo cáo tổng hợp', 'Sở Nội vụ', 'Tháng 8/2026'],
        ].map((row) => (row.length === 5 ? row : [...row, ''])),
      },
    ])
  })

  it('gives header variants as written, a formula’s value, rich text, NFC, and skips empty sheets', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Trống')
    const sheet = workbook.addWorksheet('Số liệu')
    // Decomposed Vietnamese (as some Mac tools save it) comes back in NFC.
    sheet.addRow(['TT', 'Tên nhiệm vụ'.normalize('NFD'), 'Cơ quan chủ trì', 'Tỷ lệ', 'Tổng'])
    sheet.addRow([
      'I',
      { richText: [{ text: 'Chuyển đổi ' }, { text: 'số', font: { bold: true } }] },
      '  Sở Tài chính ',
      0.8,
      { formula: 'SUM(F2:G2)', result: 7 },
      3,
      4,
    ])
    sheet.getCell('D2').numFmt = '0%'
    const document = await readWorkbook(await bytesOf(workbook), 'so-lieu.xlsx')
    expect(document.blocks).toHaveLength(1)
    const [table] = document.blocks
    expect(table).toMatchObject({ kind: 'table', place: { block: 1, sheet: 'Số liệu' } })
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.title).toBeUndefined()
    expect(table.rows[0]).toEqual([
      'TT',
      'Tên nhiệm vụ',
      'Cơ quan chủ trì',
      'Tỷ lệ',
      'Tổng',
      '',
      '',
    ])
    expect(table.rows[0]?.[1]).toBe('Tên nhiệm vụ'.normalize('NFC'))
    expect(table.rows[1]).toEqual(['I', 'Chuyển đổi số', 'Sở Tài chính', '80%', '7', '3', '4'])
  })

  it('refuses bytes that are not a workbook', async () => {
    await expect(
      readWorkbook(new TextEncoder().encode('not a workbook'), 'x.xlsx'),
    ).rejects.toThrow()
  })
})
