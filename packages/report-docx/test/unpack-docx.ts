import { strFromU8, unzipSync } from 'fflate'

/** A DOCX package opened for tests: its parts, one part's text, and the body's paragraphs. */
export function unpack(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const text = (name: string) => {
    const file = files[name]
    if (file === undefined) throw new Error(`${name} is not in the package`)
    return strFromU8(file)
  }
  const xml = text('word/document.xml')
  /** The document's text, paragraph by paragraph, runs joined. */
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => textOf(p[0]))
  return { files, text, xml, paragraphs }
}

/** The text of a piece of WordprocessingML, runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
}
