import type { Cell, CellValue } from 'exceljs'

function twoDigits(n: number): string {
  return String(n).padStart(2, '0')
}

/** A date cell as offices write it, dd/mm/yyyy (exceljs reads Excel dates as UTC midnight). */
function dayText(date: Date): string {
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
}

/** A number as shown: a percentage format multiplies by 100 and adds "%"; no float noise. */
function numberText(n: number, numFmt: string | undefined): string {
  if (numFmt?.includes('%')) return `${Number((n * 100).toPrecision(12))}%`
  return String(Number(n.toPrecision(15)))
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dayText(value)
  if (typeof value === 'number') return numberText(value, numFmt)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('error' in value) return value.error
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula shows its value as last computed by the program that saved the file.
    const result = (value as { result?: CellValue }).result
    return result === undefined ? '' : valueText(result as CellValue, numFmt)
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text
    return typeof text === 'string' ? text : valueText(text as CellValue, numFmt)
  }
  return ''
}

/**
 * A cell's text as a person sees it, in NFC, without surrounding blanks: a date dd/mm/yyyy, a
 * percentage "62.5%", a formula's value, rich text's runs joined, a link's text. A merged
 * cell's every part shows the text of its top-left cell (exceljs answers the master's value).
 */
export function cellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt).replace(/\r\n?/g, '\n').normalize('NFC').trim()
}
