/** A run of text on a PDF page as the text layer gives it (PDF units, y up). */
export interface PdfTextItem {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  /** The font size, near enough (the text's height). */
  readonly size: number
}

/** A stretch of a line between two gutters: a table's cell, or the whole line. */
export interface PdfCell {
  readonly text: string
  readonly x: number
  readonly right: number
}

/** One line of a page: its text and where it starts and ends. */
export interface PdfLine {
  /** The line's text, its cells (if it crosses a table's gutters) parted by tabs. */
  readonly text: string
  /** The line's stretches between gutters, left to right (one for a line of running text). */
  readonly cells: readonly PdfCell[]
  readonly x: number
  readonly right: number
  readonly y: number
  readonly size: number
}

/**
 * Groups a page's text runs into lines, top to bottom: runs whose baselines lie within a third
 * of the font size are one line, read left to right, with a space where the gap between two
 * runs is wider than a fifth of the font size and neither side has one, and a tab where it is
 * wider than the font size, an em (the gutter between a table's columns: a justified line
 * stretches its spaces less), each stretch between gutters one of the line's `cells`. A list
 * number printed as a run of its own right against its text gets its space.
 */
export function groupLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items
    // PDF.js adds runs of spaces spanning the gaps it sees; the gaps are measured here instead.
    .filter((i) => i.text.trim() !== '')
    .slice()
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfTextItem[][] = []
  for (const item of sorted) {
    const group = groups.at(-1)
    const first = group?.[0]
    if (
      group !== undefined &&
      first !== undefined &&
      Math.abs(first.y - item.y) <= Math.max(first.size, item.size) / 3
    ) {
      group.push(item)
    } else {
      groups.push([item])
    }
  }
  const lines: PdfLine[] = []
  for (const group of groups) {
    const line = joinRuns(group)
    if (line !== null) lines.push(line)
  }
  return lines
}

/** A list number or bullet alone: "1.", "II.", "a)", "-", "•". */
const LABEL = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•–])$/u

/** The runs of one line, left to right, as its text and its cells. */
function joinRuns(group: PdfTextItem[]): PdfLine | null {
  group.sort((a, b) => a.x - b.x)
  const cells: { text: string; x: number; right: number }[] = []
  let size = 0
  for (const item of group) {
    const cell = cells.at(-1)
    const gap = cell === undefined ? 0 : item.x - cell.right
    size = Math.max(size, item.size)
    if (cell === undefined || gap > item.size) {
      // As wide as a column's gutter, an em (a justified line stretches its spaces less): the
      // line is a table's row, and this run starts its next cell.
      cells.push({ text: item.text, x: item.x, right: item.x + item.width })
      continue
    }
    const spaced = /\s$/u.test(cell.text) || /^\s/u.test(item.text)
    // A list number Word or LibreOffice prints as a run of its own, its tab shrunk to nothing
    // ("1." then "Tổ chức…"): a space parts it from the text, as it does on the page.
    const label = LABEL.test(cell.text.trim()) && /^\p{L}/u.test(item.text)
    if (!spaced && (gap > item.size / 5 || label)) cell.text += ' '
    cell.text += item.text
    cell.right = Math.max(cell.right, item.x + item.width)
  }
  const trimmed = cells
    .map((c) => ({ ...c, text: c.text.replace(/\s+/gu, ' ').trim() }))
    .filter((c) => c.text !== '')
  if (trimmed.length === 0) return null
  return {
    text: trimmed.map((c) => c.text).join('\t'),
    cells: trimmed,
    x: trimmed[0]!.x,
    right: Math.max(...trimmed.map((c) => c.right)),
    y: group[0]?.y ?? 0,
    size,
  }
}

/** A page number as printed at a page's top or foot: "2", "- 2 -", "Trang 2". */
const PAGE_NUMBER = /^(?:-\s*\d{1,4}\s*-|(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?)$/iu

/**
 * The page's lines without its page number: a line that is only a number, first or last on
 * the page, is the page's number (Vietnamese offices print it at the top from page 2), not
 * the document's text.
 */
export function withoutPageNumber(lines: readonly PdfLine[]): PdfLine[] {
  return lines.filter(
    (line, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(line.text)),
  )
}

/** A number or bullet typed at the start of a line: "II.", "1.", "1.2.", "a)", "-", "+", "•". */
const LIST_START = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•–])\s/u

/**
 * Joins a page's lines into paragraphs. A line starts a new paragraph when it stands further
 * from the line above than one and a half times the usual line spacing, when it is indented
 * past the line above (a first-line indent), when it starts with a list number or bullet, or
 * when the line above ended well short of the text's right edge; a table's row (a line with
 * tabs) is a paragraph of its own.
 */
export function groupParagraphs(lines: readonly PdfLine[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => (lines[i]?.y ?? 0) - line.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b)
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0
  const rightEdge = Math.max(0, ...lines.map((l) => l.right))
  const paragraphs: string[] = []
  let current: string[] = []
  lines.forEach((line, i) => {
    const above = lines[i - 1]
    const breaks =
      above === undefined ||
      // A table's row (cells parted by tabs) stands alone, and so does the line after it.
      line.text.includes('\t') ||
      above.text.includes('\t') ||
      above.y - line.y > Math.max(usual * 1.5, line.size * 1.8) ||
      line.x > above.x + line.size ||
      LIST_START.test(line.text) ||
      above.right < rightEdge - Math.max(4 * line.size, (rightEdge - above.x) * 0.15)
    if (breaks && current.length > 0) {
      paragraphs.push(current.join(' '))
      current = []
    }
    current.push(line.text)
  })
  if (current.length > 0) paragraphs.push(current.join(' '))
  return paragraphs
}
