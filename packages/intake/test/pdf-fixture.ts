import { existsSync, readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib'

/** Liberation Serif 2 has the Vietnamese glyphs (version 1 lacks them). */
export const SERIF = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'
export const missingFont = existsSync(SERIF)
  ? null
  : `${SERIF} not found: install fonts-liberation2 (Debian), which .ci/run installs`

const SIZE = 13
const LEADING = 18
const LEFT = 72
const WIDTH = 451

/** Lays out a paragraph within the text width: a first-line indent, then lines at the margin. */
function wrap(text: string, font: PDFFont, indent: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`
    const room = WIDTH - (lines.length === 0 ? indent : 0)
    if (line !== '' && font.widthOfTextAtSize(next, SIZE) > room) {
      lines.push(line)
      line = word
    } else {
      line = next
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * A PDF as a word processor prints a plan: paragraphs with a first-line indent wrapped over
 * several lines, list items typed by hand, spread over pages numbered at the top from the
 * second; each page's paragraphs as given.
 */
export async function planPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(readFileSync(SERIF), { subset: true })
  for (const [n, paragraphs] of pages.entries()) {
    const page = doc.addPage([595, 842])
    // Numbered at the top from the second page, as the offices' rules (36-HD/VPTW, 30/2020) say.
    if (n > 0) page.drawText(String(n + 1), { x: 295, y: 800, size: SIZE, font })
    let y = 770
    for (const text of paragraphs) {
      const listed = /^(?:[IVX]+\.|\d+\.|[a-z]\)|-|\+)\s/u.test(text)
      const indent = listed ? 0 : 28
      wrap(text, font, indent).forEach((line, i) => {
        page.drawText(line, { x: LEFT + (i === 0 ? indent : 0), y, size: SIZE, font })
        y -= LEADING
      })
      y -= 4
    }
  }
  return doc.save()
}

/**
 * A page with a caption and a simple table: each row's cells drawn at their columns' x, as a
 * word processor prints a bordered table (borders left out: they are not text).
 */
export async function tablePdf(
  caption: string,
  rows: readonly (readonly string[])[],
  columns: readonly number[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(readFileSync(SERIF), { subset: true })
  const page = doc.addPage([595, 842])
  page.drawText(caption, { x: LEFT, y: 770, size: SIZE, font })
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      page.drawText(text, { x: LEFT + (columns[c] ?? 0), y: 740 - r * LEADING, size: SIZE, font })
    })
  })
  return doc.save()
}

/** A "scan": a page with only shapes drawn on it, no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawRectangle({ x: 72, y: 600, width: 450, height: 150, color: rgb(0.2, 0.2, 0.2) })
  return doc.save()
}
