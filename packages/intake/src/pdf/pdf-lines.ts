/** A run of text on a PDF page as the text layer gives it (PDF units, y up). */
export interface PdfTextItem {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  /** The font size, near enough (the text's height). */
  readonly size: number
}

/** One line of a page: its text and where it starts and ends. */
export interface PdfLine {
  readonly text: string
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
 * stretches its spaces less).
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
    group.sort((a, b) => a.x - b.x)
    let text = ''
    let end = Number.NEGATIVE_INFINITY
    let size = 0
    for (const item of group) {
      const gap = item.x - end
      if (text !== '' && gap > item.size) {
        // As wide as a column's gutter: the line is a table's row, its cells parted by a tab.
        text = `${text.trimEnd()}\t`
      } else if (
        text !== '' &&
        gap > item.size / 5 &&
        !/\s$/u.test(text) &&
        !/^\s/u.test(item.text)
      ) {
        text += ' '
      }
      text += item.text
      end = Math.max(end, item.x + item.width)
      size = Math.max(size, item.size)
    }
    const trimmed = text
      .split('\t')
      .map((cell) => cell.replace(/\s+/gu, ' ').trim())
      .join('\t')
      .trim()
    if (trimmed === '') continue
    lines.push({ text: trimmed, x: group[0]?.x ?? 0, right: end, y: group[0]?.y ?? 0, size })
  }
  return lines
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
