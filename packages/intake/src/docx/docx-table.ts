import { readWordParagraph } from './docx-paragraph.js'
import type { ParagraphStyle } from './docx-styles.js'
import type { WordNumbering } from './word-numbering.js'
import { attributeOf, childNamed, childrenOf, tagOf, wordValue, type XmlNode } from './xml-node.js'

/** What reading a table needs from the document around it. */
export interface TableContext {
  readonly styles: ReadonlyMap<string, ParagraphStyle>
  /** Shared with the body: a numbered "STT" column counts on in reading order. */
  readonly numbering: WordNumbering
}

/** The elements directly inside `node`, unwrapping content controls and custom XML. */
function unwrapped(node: XmlNode, tag: string): XmlNode[] {
  const found: XmlNode[] = []
  for (const child of childrenOf(node)) {
    const t = tagOf(child)
    if (t === tag) found.push(child)
    else if (t === 'w:sdt') found.push(...unwrapped(childNamed(child, 'w:sdtContent') ?? {}, tag))
    else if (t === 'w:customXml') found.push(...unwrapped(child, tag))
  }
  return found
}

/** The text of a cell: its paragraphs (with Word's numbering label) one per line. */
function cellText(cell: XmlNode, context: TableContext): string {
  const lines: string[] = []
  for (const child of childrenOf(cell)) {
    const tag = tagOf(child)
    if (tag === 'w:p') {
      const p = readWordParagraph(child, context.styles)
      const label = p.numId === undefined ? undefined : context.numbering.next(p.numId, p.ilvl ?? 0)
      const text = p.text.trim()
      const line = label === undefined || label === '' ? text : `${label} ${text}`.trim()
      if (line !== '') lines.push(line)
    } else if (tag === 'w:tbl') {
      // A table inside a cell: each of its rows becomes one line of this cell.
      for (const row of readWordTable(child, context)) {
        const line = row.filter((c) => c !== '').join(' ')
        if (line !== '') lines.push(line)
      }
    } else if (tag === 'w:sdt') {
      const inner = cellText(childNamed(child, 'w:sdtContent') ?? {}, context)
      if (inner !== '') lines.push(inner)
    }
  }
  return lines.join('\n')
}

/**
 * Reads a `w:tbl` into rows of cell texts on the table's grid. A merged cell's text is repeated
 * in every grid cell it covers: across (`w:gridSpan`) and down (`w:vMerge`), so each column
 * of a row keeps its header and each row its group. Cells skipped at a row's start or end
 * (`w:gridBefore`, `w:gridAfter`) and short rows are filled with "".
 */
export function readWordTable(table: XmlNode, context: TableContext): string[][] {
  const rows: string[][] = []
  let above: string[] = []
  for (const tr of unwrapped(table, 'w:tr')) {
    const trPr = childNamed(tr, 'w:trPr')
    const row: string[] = Array.from(
      { length: Number(wordValue(trPr, 'w:gridBefore') ?? 0) },
      () => '',
    )
    for (const tc of unwrapped(tr, 'w:tc')) {
      const tcPr = childNamed(tc, 'w:tcPr')
      const span = Math.max(1, Number(wordValue(tcPr, 'w:gridSpan') ?? 1))
      const vMerge = childNamed(tcPr, 'w:vMerge')
      const continues =
        vMerge !== undefined && (attributeOf(vMerge, 'w:val') ?? 'continue') === 'continue'
      const text = continues ? (above[row.length] ?? '') : cellText(tc, context)
      for (let i = 0; i < span; i += 1) row.push(text)
    }
    rows.push(row)
    above = row
  }
  const width = Math.max(0, ...rows.map((r) => r.length))
  for (const row of rows) while (row.length < width) row.push('')
  return rows
}
