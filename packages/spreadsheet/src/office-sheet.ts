import type { IsoDate } from '@chidao/domain'
import type { Workbook, Worksheet } from 'exceljs'

/** The font Vietnamese offices print in (decree 30/2020/NĐ-CP, guideline 36-HD/VPTW). */
export const OFFICE_FONT = 'Times New Roman'

/** How a date shows: as offices write it, day first. */
export const DATE_FORMAT = 'dd/mm/yyyy'

/** How a percentage shows: a number 0–1 shown as "62%" or "62,5%" (the locale's decimal mark). */
export const PERCENT_FORMAT = '0.#%'

/** One column of a table: its header, its width in characters, how its numbers show. */
export interface OfficeColumn {
  readonly header: string
  readonly width: number
  readonly numFmt?: string
  /** Centred (STT, dates, figures) rather than left-aligned text. */
  readonly center?: boolean
}

/** A cell of a table: text, a number, a day (written as a real Excel date), or empty. */
export type OfficeCell = string | number | { readonly day: IsoDate } | null

/** A table sheet: its name, the lines above the header, the columns and the rows. */
export interface OfficeTable {
  readonly sheet: string
  /** The secrecy mark (MẬT…), printed first on a secret table; `null` for none. */
  readonly mark: string | null
  /** The title lines above the header: what, about what, as of when. */
  readonly title: readonly string[]
  readonly columns: readonly OfficeColumn[]
  readonly rows: readonly (readonly OfficeCell[])[]
}

const THIN = { style: 'thin' } as const
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** The day as an Excel date: midnight UTC, which exceljs writes as the day's serial number. */
export function excelDate(day: IsoDate): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

/** "07/12/2026", as the title lines write the day. */
export function officeDay(day: IsoDate): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
}

/**
 * Adds a table as the office prints it: the title lines merged across the table and centred,
 * the header bold on a grey ground, frozen with everything above it, an auto-filter on it,
 * thin borders, Times New Roman throughout, text wrapped within the column widths.
 */
export function addOfficeTable(workbook: Workbook, table: OfficeTable): Worksheet {
  const lines = [...(table.mark === null ? [] : [table.mark]), ...table.title]
  const headerRow = lines.length + 1
  const width = table.columns.length
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  sheet.properties.defaultRowHeight = 18
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width
  })
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1)
    const cell = row.getCell(1)
    cell.value = text
    const isMark = table.mark !== null && i === 0
    cell.font = { name: OFFICE_FONT, size: isMark ? 13 : 14, bold: true, italic: false }
    cell.alignment = { horizontal: isMark ? 'left' : 'center', vertical: 'middle', wrapText: true }
    if (!isMark && width > 1) sheet.mergeCells(i + 1, 1, i + 1, width)
  })
  const header = sheet.getRow(headerRow)
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { name: OFFICE_FONT, size: 12, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
  })
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 1 + r)
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      const value = values[i] ?? null
      cell.value = value !== null && typeof value === 'object' ? excelDate(value.day) : value
      if (value !== null && typeof value === 'object') cell.numFmt = DATE_FORMAT
      else if (c.numFmt !== undefined) cell.numFmt = c.numFmt
      cell.font = { name: OFFICE_FONT, size: 12 }
      cell.alignment = { horizontal: c.center ? 'center' : 'left', vertical: 'top', wrapText: true }
      cell.border = BORDER
    })
  })
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } }
  return sheet
}
