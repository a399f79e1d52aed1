import type { IntakeBlock, IntakeDocument, IntakeParagraph, Result } from '@chidao/domain'
import { ok } from '@chidao/domain'
import type { IntakeReadError } from '../intake-read-error.js'
import { nfc } from '../nfc.js'
import { openDocx } from './docx-package.js'
import { readWordParagraph } from './docx-paragraph.js'
import { paragraphStyles } from './docx-styles.js'
import { readWordTable, type TableContext } from './docx-table.js'
import { WordNumbering } from './word-numbering.js'
import { childNamed, childrenOf, tagOf, type XmlNode } from './xml-node.js'

/** The block-level elements of the body in reading order, unwrapping content controls. */
function bodyElements(node: XmlNode): XmlNode[] {
  const found: XmlNode[] = []
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === 'w:p' || tag === 'w:tbl') found.push(child)
    else if (tag === 'w:sdt') found.push(...bodyElements(childNamed(child, 'w:sdtContent') ?? {}))
    else if (tag === 'w:customXml') found.push(...bodyElements(child))
  }
  return found
}

/**
 * Reads a Word document (DOCX) into an intake document: the body's paragraphs and tables in
 * reading order. Word's automatic list numbering is computed from `word/numbering.xml` and
 * given in `numbering` as Word shows it ("II.", "1.", "a)", "-"), with its `level`; a number
 * typed by hand stays in `text`. A paragraph is a `heading` by a heading style or outline
 * level, or when set in bold throughout. A table's merged cells repeat their text in every
 * cell they cover; its `title` is the paragraph just above it. Empty paragraphs are left out.
 * Headers, footers, footnotes, comments and text in text boxes or shapes are not read. All text
 * is NFC.
 *
 * @example
 * ```ts
 * const read = readDocx(await readFile('ke-hoach.docx'), 'ke-hoach.docx')
 * if (read.ok) for (const block of read.value.blocks) console.log(block)
 * else console.error(read.error.messageVi)
 * ```
 */
export function readDocx(bytes: Uint8Array, name: string): Result<IntakeDocument, IntakeReadError> {
  const file = nfc(name)
  const parts = openDocx(bytes, file)
  if (!parts.ok) return parts
  const styles = paragraphStyles(parts.value.styles)
  const context: TableContext = { styles, numbering: new WordNumbering(parts.value.numbering) }
  const document = parts.value.document.find((n) => tagOf(n) === 'w:document')
  const body = childNamed(document, 'w:body')
  const blocks: IntakeBlock[] = []
  for (const element of body === undefined ? [] : bodyElements(body)) {
    const place = { block: blocks.length + 1 }
    if (tagOf(element) === 'w:tbl') {
      const rows = readWordTable(element, context).map((row) => row.map(nfc))
      if (rows.length === 0) continue
      const above = blocks.at(-1)
      blocks.push({
        kind: 'table',
        rows,
        ...(above?.kind === 'paragraph' ? { title: above.text } : {}),
        place,
      })
      continue
    }
    const p = readWordParagraph(element, styles)
    const label = p.numId === undefined ? undefined : context.numbering.next(p.numId, p.ilvl ?? 0)
    const text = nfc(p.text.trim())
    const numbering = label === undefined || label === '' ? undefined : nfc(label)
    if (text === '' && numbering === undefined) continue
    const paragraph: IntakeParagraph = {
      kind: 'paragraph',
      text,
      ...(numbering === undefined ? {} : { numbering, level: p.ilvl ?? 0 }),
      ...(p.heading ? { heading: true } : {}),
      place,
    }
    blocks.push(paragraph)
  }
  return ok({ name: file, format: 'docx', blocks })
}
