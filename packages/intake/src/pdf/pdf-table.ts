import { groupParagraphs, type PdfLine } from './pdf-lines.js'

/** A page's text as blocks: paragraphs, and tables put back together from their lines. */
export type PdfBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] }

/** A column of a table: the stretch of the page its cells' text covers. */
interface Column {
  x: number
  right: number
}

/**
 * The columns of a table's lines: every cell's stretch, those that overlap merged, left to
 * right. The gutters between columns stay white on every line, so each stretch left is one
 * column.
 */
function columnsOf(lines: readonly PdfLine[]): Column[] {
  const spans = lines
    .flatMap((l) => l.cells.map((c) => ({ x: c.x, right: c.right })))
    .sort((a, b) => a.x - b.x)
  const columns: Column[] = []
  for (const span of spans) {
    const last = columns.at(-1)
    if (last !== undefined && span.x < last.right) last.right = Math.max(last.right, span.right)
    else columns.push({ ...span })
  }
  return columns
}

/**
 * The lines of a table starting at `start`: a line of three cells or more, then every line
 * below it at a line's distance that is no paragraph of running text (one stretch over most
 * of the page's width). Empty when `start` begins no table.
 */
function tableLines(lines: readonly PdfLine[], start: number, width: number): PdfLine[] {
  const first = lines[start]
  if (first === undefined || first.cells.length < 3) return []
  const run = [first]
  for (const line of lines.slice(start + 1)) {
    const above = run.at(-1)!
    const far = above.y - line.y > 1.8 * Math.max(above.size, line.size)
    const prose = line.cells.length === 1 && line.right - line.x > 0.6 * width
    if (far || prose) break
    run.push(line)
  }
  return run
}

/**
 * A table's rows from its lines. A row starts at a line with text in the first column (the
 * STT or the first cell), and the lines after it without (a cell wrapped over several lines)
 * add their text to the cells of the columns they stand in; a line with text in the first
 * column only, under another such line, is the first cell wrapping.
 */
function rowsOf(lines: readonly PdfLine[], columns: readonly Column[]): string[][] {
  const columnOf = (x: number) => {
    const i = columns.findIndex((c) => x < c.right)
    return i < 0 ? columns.length - 1 : i
  }
  const rows: string[][] = []
  let previous: Set<number> | null = null
  for (const line of lines) {
    const placed = new Map<number, string>()
    for (const cell of line.cells) {
      const i = columnOf(cell.x)
      placed.set(i, placed.has(i) ? `${placed.get(i)} ${cell.text}` : cell.text)
    }
    const filled = new Set(placed.keys())
    const firstWraps = filled.size === 1 && filled.has(0) && previous?.has(0) === true
    const row = rows.at(-1)
    if (row === undefined || (filled.has(0) && !firstWraps)) {
      rows.push(columns.map((_, i) => placed.get(i) ?? ''))
    } else {
      for (const [i, text] of placed) row[i] = row[i] === '' ? text : `${row[i]} ${text}`
    }
    previous = filled
  }
  return rows
}

/**
 * Groups a page's lines into blocks: a table where three or more cells stand on one line,
 * with the lines below it that keep to its columns (each row put back together from the
 * lines its cells wrap over), and paragraphs of the lines between (see `groupParagraphs`).
 * A table of fewer than three columns stays lines of text: a letterhead of two columns
 * ("TỈNH ỦY …" beside "ĐẢNG CỘNG SẢN VIỆT NAM") or a signature beside the recipients.
 */
export function groupBlocks(lines: readonly PdfLine[]): PdfBlock[] {
  const width =
    Math.max(0, ...lines.map((l) => l.right)) - Math.min(...lines.map((l) => l.x), Infinity)
  const blocks: PdfBlock[] = []
  let prose: PdfLine[] = []
  const flush = () => {
    for (const text of groupParagraphs(prose)) blocks.push({ kind: 'paragraph', text })
    prose = []
  }
  for (let i = 0; i < lines.length; ) {
    const run = tableLines(lines, i, width)
    const columns = columnsOf(run)
    if (run.length === 0 || columns.length < 3) {
      prose.push(lines[i]!)
      i += 1
      continue
    }
    flush()
    blocks.push({ kind: 'table', rows: rowsOf(run, columns) })
    i += run.length
  }
  flush()
  return blocks
}
