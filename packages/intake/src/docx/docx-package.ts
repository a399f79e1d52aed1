import { err, ok, type Result } from '@chidao/domain'
import { unzipSync } from 'fflate'
import { type IntakeReadError, intakeReadError } from '../intake-read-error.js'
import { parseXml, type XmlNode } from './xml-node.js'

/** The parts of a Word package the reader needs, parsed. */
export interface DocxParts {
  readonly document: XmlNode[]
  readonly numbering: XmlNode[]
  readonly styles: XmlNode[]
}

const DOCUMENT = 'word/document.xml'
const PARTS = [DOCUMENT, 'word/numbering.xml', 'word/styles.xml']

/**
 * A part larger than this, as the zip declares it, is refused: a Word document of a few
 * hundred pages has a document.xml of a few MiB; a "zip bomb" declares gigabytes.
 */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024

/** The names of the entries of a zip archive, without inflating any; undefined if not a zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name)
        return false
      },
    })
    return names
  } catch {
    return undefined
  }
}

/** Unzips a DOCX and parses its document, numbering and styles (the last two may be absent). */
export function openDocx(bytes: Uint8Array, file: string): Result<DocxParts, IntakeReadError> {
  let entries: Record<string, Uint8Array>
  let tooLarge: string | undefined
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!PARTS.includes(entry.name)) return false
        if (entry.originalSize > MAX_DOCX_PART_BYTES) tooLarge = entry.name
        return entry.originalSize <= MAX_DOCX_PART_BYTES
      },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable'
    return err(
      intakeReadError('CORRUPT_DOCX', file, {
        en: `not a readable Word file: the zip package is damaged (${reason})`,
        vi: `không phải tệp Word đọc được: gói nén zip bị hỏng (${reason})`,
      }),
    )
  }
  if (tooLarge !== undefined) {
    return err(
      intakeReadError(
        'FILE_TOO_LARGE',
        file,
        {
          en: `the part is larger than ${MAX_DOCX_PART_BYTES / 1024 / 1024} MiB once unpacked`,
          vi: `phần này khi giải nén lớn hơn ${MAX_DOCX_PART_BYTES / 1024 / 1024} MiB`,
        },
        tooLarge,
      ),
    )
  }
  if (entries[DOCUMENT] === undefined) {
    return err(
      intakeReadError(
        'CORRUPT_DOCX',
        file,
        {
          en: 'not a Word document: the package has no main document part',
          vi: 'không phải văn bản Word: gói không có phần nội dung chính',
        },
        DOCUMENT,
      ),
    )
  }
  const parsed: Record<string, XmlNode[]> = {}
  const decoder = new TextDecoder('utf-8')
  for (const name of PARTS) {
    const data = entries[name]
    if (data === undefined) continue
    const xml = parseXml(decoder.decode(data))
    if (!xml.ok) {
      return err(
        intakeReadError(
          'CORRUPT_DOCX',
          file,
          {
            en: `the XML is damaged at line ${xml.line}, column ${xml.column} (${xml.reason})`,
            vi: `XML bị hỏng ở dòng ${xml.line}, cột ${xml.column} (${xml.reason})`,
          },
          name,
        ),
      )
    }
    parsed[name] = xml.nodes
  }
  return ok({
    document: parsed[DOCUMENT] ?? [],
    numbering: parsed['word/numbering.xml'] ?? [],
    styles: parsed['word/styles.xml'] ?? [],
  })
}
