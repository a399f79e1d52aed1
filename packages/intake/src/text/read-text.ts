import type { IntakeBlock, IntakeDocument } from '@chidao/domain'
import { nfc } from '../nfc.js'

type Delimiter = '|' | '\t'

/** The delimiter that makes a line a table row: a pipe table ("| a | b |") or tab-separated. */
function delimiterOf(line: string): Delimiter | undefined {
  if (line.startsWith('|') || (line.match(/\|/g)?.length ?? 0) >= 2) return '|'
  if (line.includes('\t')) return '\t'
  return undefined
}

/** A Markdown table's rule under its header: "|---|:---:|". */
const RULE_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/u

function cellsOf(line: string, delimiter: Delimiter): string[] {
  let row = line
  if (delimiter === '|') row = row.replace(/^\|/u, '').replace(/\|$/u, '')
  return row.split(delimiter).map((cell) => cell.trim())
}

/**
 * Reads plain text into an intake document: one paragraph per non-empty line, as typed (a
 * hand-typed "1." or "-" stays in the text); two or more consecutive lines that are pipe
 * ("| a | b |") or tab-separated rows make a table, its rule row ("|---|") dropped, its `title`
 * the paragraph just above. Rows are padded with "" to the widest. NFC throughout.
 *
 * @example
 * ```ts
 * readText('I. MỤC ĐÍCH\n1. Quán triệt…\n', 'ke-hoach.txt').blocks.length // 2
 * ```
 */
export function readText(text: string, name: string): IntakeDocument {
  const lines = nfc(text.replace(/^\uFEFF/u, ''))
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trimEnd())
  const blocks: IntakeBlock[] = []
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? ''
    const delimiter = delimiterOf(line.trim())
    let end = i
    while (
      delimiter !== undefined &&
      end < lines.length &&
      delimiterOf((lines[end] ?? '').trim()) === delimiter
    ) {
      end += 1
    }
    if (delimiter !== undefined && end - i >= 2) {
      const rows = lines
        .slice(i, end)
        .map((l) => l.trim())
        .filter((l) => !RULE_ROW.test(l))
        .map((l) => cellsOf(l, delimiter))
      const width = Math.max(...rows.map((r) => r.length))
      for (const row of rows) while (row.length < width) row.push('')
      const above = blocks.at(-1)
      blocks.push({
        kind: 'table',
        rows,
        ...(above?.kind === 'paragraph' ? { title: above.text } : {}),
        place: { block: blocks.length + 1 },
      })
      i = end
      continue
    }
    const trimmed = line.trim()
    if (trimmed !== '') {
      blocks.push({ kind: 'paragraph', text: trimmed, place: { block: blocks.length + 1 } })
    }
    i += 1
  }
  return { name: nfc(name), format: 'txt', blocks }
}
