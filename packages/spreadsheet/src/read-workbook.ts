import type { IntakeBlock, IntakeDocument, IntakeTable } from '@chidao/domain'
import ExcelJS, { type Worksheet } from 'exceljs'
import { cellText } from './cell-text.js'

/** A sheet's grid of cell texts, and for each cell the address of its merge's top-left cell. */
interface Grid {
  readonly texts: string[][]
  readonly masters: string[][]
}

function gridOf(sheet: Worksheet): Grid {
  const texts: string[][] = []
  const masters: string[][] = []
  const rows = sheet.rowCount
  const columns = sheet.columnCount
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r)
    const t: string[] = []
    const m: string[] = []
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c)
      t.push(cellText(cell))
      m.push(cell.isMerged ? cell.master.address : cell.address)
    }
    texts.push(t)
    masters.push(m)
  }
  return { texts, masters }
}

/** The distinct non-empty values of a row: a cell merged across columns counts once. */
function distinctValues(grid: Grid, r: number): number {
  const seen = new Set<string>()
  grid.texts[r]?.forEach((text, c) => {
    if (text !== '') seen.add(grid.masters[r]?.[c] ?? '')
  })
  return seen.size
}

/** Whether some header cell is merged down into the row below: a header written on two rows. */
function headerSpansTwoRows(grid: Grid, r: number): boolean {
  const next = grid.masters[r + 1]
  if (next === undefined) return false
  return (grid.masters[r] ?? []).some((master, c) => master === next[c])
}

/**
 * A two-row header as one: each column's texts from top to bottom, a text repeated by a merge
 * given once — "Thời hạn" over "Như văn bản" and "Ngày" gives "Thời hạn - Như văn bản" and
 * "Thời hạn - Ngày"; "STT" merged over both rows stays "STT".
 */
function joinedHeader(top: readonly string[], bottom: readonly string[]): string[] {
  return top.map((text, c) => {
    const below = bottom[c] ?? ''
    if (below === '' || below === text) return text
    return text === '' ? below : `${text} - ${below}`
  })
}

/**
 * One sheet as a table, or `null` for a sheet with nothing in it. The rows above the header
 * that hold a single value (a title merged across the table, the "as of" line, a secrecy mark)
 * are its `title`, one per line; the header is the first row with two values or more, joined
 * with the row below where a header cell is merged down into it. Empty rows are left out, and
 * the columns empty in every row kept.
 */
function sheetTable(sheet: Worksheet, block: number): IntakeTable | null {
  const grid = gridOf(sheet)
  const filled = grid.texts.map((row) => row.some((t) => t !== ''))
  if (!filled.includes(true)) return null
  let header = grid.texts.findIndex((_, r) => distinctValues(grid, r) >= 2)
  if (header < 0) header = filled.indexOf(true)
  const titleLines: string[] = []
  for (let r = 0; r < header; r++) {
    const text = grid.texts[r]?.find((t) => t !== '')
    if (text !== undefined) titleLines.push(text)
  }
  let rows: string[][]
  if (headerSpansTwoRows(grid, header)) {
    const first = joinedHeader(grid.texts[header] ?? [], grid.texts[header + 1] ?? [])
    rows = [first, ...grid.texts.slice(header + 2)]
  } else rows = grid.texts.slice(header)
  rows = rows.filter((row) => row.some((t) => t !== ''))
  const width = Math.max(0, ...rows.map((row) => row.findLastIndex((t) => t !== '') + 1))
  return {
    kind: 'table',
    rows: rows.map((row) => row.slice(0, width)),
    ...(titleLines.length > 0 ? { title: titleLines.join('\n') } : {}),
    place: { block, sheet: sheet.name.normalize('NFC') },
  }
}

/**
 * Reads an Excel workbook (XLSX) into the intake's document: each sheet that holds anything,
 * in the workbook's order, becomes one table of cell texts in NFC — dates dd/mm/yyyy,
 * percentages with "%", a formula's value as last computed, merged cells repeated in every
 * row they cover, a two-row header joined into one — with the title lines above its header as
 * `title`. Throws when the bytes are not a workbook.
 *
 * @example
 * ```ts
 * const document = await readWorkbook(await readFile('danh-muc.xlsx'), 'danh-muc.xlsx')
 * document.blocks[0] // { kind: 'table', rows: [['STT', 'Nội dung nhiệm vụ', …], …], title: '…' }
 * ```
 */
export async function readWorkbook(buffer: Uint8Array, name: string): Promise<IntakeDocument> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const blocks: IntakeBlock[] = []
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && sheet.state !== undefined) continue
    const table = sheetTable(sheet, blocks.length + 1)
    if (table !== null) blocks.push(table)
  }
  return { name: name.normalize('NFC'), format: 'xlsx', blocks }
}
