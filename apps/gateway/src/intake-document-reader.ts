import type { DocumentReader } from '@chidao/app'

/**
 * The {@link DocumentReader} of the API and the command line: `@chidao/intake`'s `readIntake`
 * (Word, PDF, text, workbooks), loaded the first time a file is read, since its readers (PDF.js
 * among them) are heavy and only drafting needs them.
 *
 * @example
 * ```ts
 * const read = await intakeDocumentReader.read(bytes, 'ke-hoach.docx')
 * ```
 */
export const intakeDocumentReader: DocumentReader = {
  async read(content, fileName) {
    const { readIntake } = await import('@chidao/intake')
    return readIntake(content, fileName)
  },
}
