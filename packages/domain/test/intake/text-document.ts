import type { IntakeBlock, IntakeDocument } from '../../src/index.js'

/**
 * A plain text as the readers would give it, for tests: a paragraph a line (blank lines
 * skipped), and lines starting with `|` one table, a row a line, cells between pipes. A line
 * `## …` just above a table is its title.
 */
export function textDocument(name: string, text: string): IntakeDocument {
  const blocks: IntakeBlock[] = []
  let rows: string[][] | null = null
  let title: string | undefined
  const flush = () => {
    if (rows !== null) {
      blocks.push({
        kind: 'table',
        rows,
        place: { block: blocks.length + 1 },
        ...(title ? { title } : {}),
      })
      rows = null
      title = undefined
    }
  }
  for (const raw of text.normalize('NFC').split('\n')) {
    const line = raw.trim()
    if (line.startsWith('|')) {
      rows ??= []
      rows.push(
        line
          .replace(/^\||\|$/gu, '')
          .split('|')
          .map((c) => c.trim()),
      )
      continue
    }
    flush()
    if (line === '') continue
    if (line.startsWith('## ')) {
      title = line.slice(3)
      continue
    }
    blocks.push({ kind: 'paragraph', text: line, place: { block: blocks.length + 1 } })
  }
  flush()
  return { name, format: 'txt', blocks }
}
