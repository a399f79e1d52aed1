import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { IntakeBlock, IntakeDocument, Result } from '@chidao/domain'
import { err, ok } from '@chidao/domain'
import { type IntakeReadError, intakeReadError } from '../intake-read-error.js'
import { nfc } from '../nfc.js'
import { groupLines, type PdfTextItem, withoutPageNumber } from './pdf-lines.js'
import { groupBlocks } from './pdf-table.js'

/** PDF.js's own data (standard fonts' metrics, character maps), read from its package on disk. */
function pdfjsData(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return {
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    cMapUrl: `${join(root, 'cmaps')}/`,
  }
}

function failure(error: unknown, file: string): IntakeReadError {
  const name = (error as { name?: unknown }).name
  if (name === 'PasswordException') {
    return intakeReadError('PDF_ENCRYPTED', file, {
      en: 'the PDF is protected by a password: save a copy without protection',
      vi: 'tệp PDF được bảo vệ bằng mật khẩu: hãy lưu một bản không đặt mật khẩu',
    })
  }
  const reason = error instanceof Error ? error.message : 'unreadable'
  return intakeReadError('CORRUPT_PDF', file, {
    en: `not a readable PDF (${reason})`,
    vi: `không phải tệp PDF đọc được (${reason})`,
  })
}

/**
 * Reads the text layer of a PDF into an intake document with PDF.js (offline: its fonts'
 * data come from the installed package). Each page's text runs are grouped into lines and the
 * lines into paragraphs (see `groupParagraphs`), each with its `place.page`. A PDF has no
 * lists or tables as such: numbers and bullets stay in the text as printed (a number printed
 * right against its text gets its space), and a table of three columns or more is put back
 * together from the lines of its page (`groupBlocks`): its cells' columns from the white
 * gutters between them, a row from each line with text in the first column and the lines its
 * cells wrap over, titled by the paragraph just above it. A table that runs over a page break
 * comes out as one table per page. Headings are not told apart. A page's number, alone on its
 * first or last line, is left out. A PDF
 * with no text at all (a scan) is refused with `PDF_NO_TEXT_LAYER`.
 *
 * @example
 * ```ts
 * const read = await readPdf(await readFile('ket-luan.pdf'), 'ket-luan.pdf')
 * ```
 */
export async function readPdf(
  bytes: Uint8Array,
  name: string,
): Promise<Result<IntakeDocument, IntakeReadError>> {
  const file = nfc(name)
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // PDF.js takes the buffer over (detaches it): give it a copy, never the caller's bytes.
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsData(),
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  const blocks: IntakeBlock[] = []
  try {
    const pdf = await task.promise
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const content = await (await pdf.getPage(page)).getTextContent()
      const items: PdfTextItem[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[]
        const size = item.height > 0 ? item.height : Math.hypot(a, b)
        items.push({ text: nfc(item.str), x, y, width: item.width, size })
      }
      for (const block of groupBlocks(withoutPageNumber(groupLines(items)))) {
        const place = { block: blocks.length + 1, page }
        if (block.kind === 'paragraph') {
          blocks.push({ kind: 'paragraph', text: block.text, place })
          continue
        }
        // Titled by the paragraph just above it, as a Word table is ("Phụ lục: Danh mục…").
        const above = blocks.at(-1)
        const title = above?.kind === 'paragraph' && above.place.page === page ? above.text : null
        blocks.push({ kind: 'table', rows: block.rows, place, ...(title ? { title } : {}) })
      }
    }
  } catch (error) {
    return err(failure(error, file))
  } finally {
    await task.destroy()
  }
  if (blocks.length === 0) {
    return err(
      intakeReadError('PDF_NO_TEXT_LAYER', file, {
        en: 'the PDF has no text layer (a scanned image?): run text recognition (OCR) on it or use the original Word file',
        vi: 'tệp PDF không có lớp văn bản (bản quét?): hãy nhận dạng chữ (OCR) hoặc dùng tệp Word gốc',
      }),
    )
  }
  return ok({ name: file, format: 'pdf', blocks })
}
