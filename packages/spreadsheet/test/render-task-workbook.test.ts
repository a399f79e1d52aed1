import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readWorkbook, renderTaskWorkbook, TASK_WORKBOOK_SHEETS } from '../src/index.js'
import { WORKBOOK } from './task-workbook-fixture.js'

async function load(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

describe('renderTaskWorkbook', () => {
  it('writes one sheet per table, in the office layout', async () => {
    const workbook = await load(await renderTaskWorkbook(WORKBOOK))
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      TASK_WORKBOOK_SHEETS.tasks,
      TASK_WORKBOOK_SHEETS.byLead,
      TASK_WORKBOOK_SHEETS.calendar,
    ])
    const sheet = workbook.getWorksheet(TASK_WORKBOOK_SHEETS.tasks)
    if (!sheet) throw new Error('no task sheet')
    // Title lines above the header, merged across the table.
    expect(sheet.getCell('A1').value).toBe('DANH MỤC NHIỆM VỤ')
    expect(sheet.getCell('A2').value).toBe(WORKBOOK.subject)
    expect(sheet.getCell('A3').value).toBe('(Số liệu tính đến ngày 30/06/2026)')
    expect(sheet.getCell('L1').isMerged).toBe(true)
    const header = (sheet.getRow(4).values as unknown[]).slice(1)
    expect(header).toEqual([
      'STT',
      'Văn bản',
      'Mục',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn',
      'Ngày đến hạn',
      'Tình trạng',
      'Tiến độ',
      'Số liệu mới nhất',
      'Ngày báo cáo',
    ])
    // Frozen through the header, filtered on it.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 })
    expect(sheet.autoFilter).toBe('A4:L4')
    // Times New Roman everywhere, the header bold.
    expect(sheet.getCell('A1').font?.name).toBe('Times New Roman')
    expect(sheet.getCell('D4').font).toMatchObject({ name: 'Times New Roman', bold: true })
    expect(sheet.getCell('D5').font?.name).toBe('Times New Roman')
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0)
    // A date is a date, shown day first; a figure a number with a % format.
    const due = sheet.getCell('H5')
    expect(due.value).toBeInstanceOf(Date)
    expect((due.value as Date).toISOString()).toBe('2026-06-30T00:00:00.000Z')
    expect(due.numFmt).toBe('dd/mm/yyyy')
    const percent = sheet.getCell('K5')
    expect(percent.value).toBe(0.625)
    expect(percent.numFmt).toContain('%')
    // No figure stays empty, not 0; the lines carry the row's values.
    expect(sheet.getCell('K6').value).toBeNull()
    expect(sheet.getCell('F5').value).toBe('Sở Tài chính; Sở Nội vụ')
    expect(sheet.getCell('G5').value).toBe('quý II/2026')
    expect(sheet.getCell('I5').value).toBe('Đang thực hiện')
  })

  it('lists the leads in the order given, and the calendar with its dates', async () => {
    const workbook = await load(await renderTaskWorkbook(WORKBOOK))
    const byLead = workbook.getWorksheet(TASK_WORKBOOK_SHEETS.byLead)
    expect(byLead?.getCell('B5').value).toBe('Sở Nội vụ')
    expect(byLead?.getCell('B6').value).toBe('Sở Thông tin và Truyền thông')
    expect(byLead?.getCell('I6').value).toBe(0.5)
    expect(byLead?.getCell('I6').numFmt).toContain('%')
    const calendar = workbook.getWorksheet(TASK_WORKBOOK_SHEETS.calendar)
    expect(calendar?.getCell('G5').value).toBeInstanceOf(Date)
    expect(calendar?.getCell('I5').value).toBe('Chưa báo cáo (quá hạn)')
  })

  it('puts a secret workbook’s mark above every table', async () => {
    const workbook = await load(await renderTaskWorkbook({ ...WORKBOOK, secrecy: 'MAT' }))
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value).toBe('MẬT')
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 })
    }
  })

  it('reads back every task’s reference, title, lead, coordinators and deadline text', async () => {
    const document = await readWorkbook(await renderTaskWorkbook(WORKBOOK), 'nhiệm-vụ.xlsx')
    expect(document.format).toBe('xlsx')
    expect(document.blocks).toHaveLength(3)
    const [tasks] = document.blocks
    if (tasks?.kind !== 'table') throw new Error('no table')
    expect(tasks.place).toEqual({ block: 1, sheet: 'Nhiệm vụ' })
    expect(tasks.title).toBe(
      `DANH MỤC NHIỆM VỤ\n${WORKBOOK.subject}\n(Số liệu tính đến ngày 30/06/2026)`,
    )
    const [header, ...rows] = tasks.rows
    const at = (name: string) => header?.indexOf(name) ?? -1
    expect(rows).toHaveLength(WORKBOOK.tasks.length)
    WORKBOOK.tasks.forEach((task, i) => {
      const row = rows[i] ?? []
      expect(row[at('Mục')]).toBe(task.reference ?? '')
      expect(row[at('Nội dung nhiệm vụ')]).toBe(task.title)
      expect(row[at('Cơ quan chủ trì')]).toBe(task.lead)
      expect(row[at('Cơ quan phối hợp')]).toBe(task.coordinators.join('; '))
      expect(row[at('Thời hạn')]).toBe(task.deadlineText ?? '')
    })
    expect(rows[0]?.[at('Ngày đến hạn')]).toBe('30/06/2026')
    expect(rows[0]?.[at('Số liệu mới nhất')]).toBe('62.5%')
  })
})
