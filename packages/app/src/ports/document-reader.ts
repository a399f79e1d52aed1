import type { IntakeDocument, IntakeReadErrorCode, Result } from '@chidao/domain'

/**
 * Why a file could not be read, said to a person: its code (the domain's
 * `INTAKE_READ_ERROR_CODES`), the file's name, the part at fault where there is one, and the
 * message in English and Vietnamese, which begins with the file.
 */
export interface DocumentReadError {
  readonly code: IntakeReadErrorCode
  readonly file: string
  /** The part of the file at fault: a part of a Word package, a page of a PDF. */
  readonly part?: string
  readonly message: string
  readonly messageVi: string
}

/**
 * Reads a file's bytes into an intake document — a programme or plan in Word (.docx), PDF,
 * text or a workbook — choosing the reader by its first bytes and its name; or says why it
 * cannot. It reads no data and writes nothing. Implemented over `@chidao/intake`'s
 * `readIntake` by the gateway, which loads it when first asked.
 *
 * @example
 * ```ts
 * const read = await reader.read(bytes, 'ke-hoach-07.docx')
 * if (!read.ok) console.error(read.error.code, read.error.messageVi)
 * ```
 */
export interface DocumentReader {
  read(content: Uint8Array, fileName: string): Promise<Result<IntakeDocument, DocumentReadError>>
}
