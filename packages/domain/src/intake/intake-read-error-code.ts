/**
 * Why a file could not be read into an intake document, one code per meaning: the codes the
 * readers of `@chidao/intake` answer, and the use case that drafts a bundle from a file
 * passes on. Listed here, where both the readers and the use cases can name them.
 */
export const INTAKE_READ_ERROR_CODES = [
  'FILE_NOT_READABLE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'LEGACY_WORD_FORMAT',
  'LEGACY_EXCEL_FORMAT',
  'CORRUPT_WORKBOOK',
  'CORRUPT_DOCX',
  'CORRUPT_PDF',
  'PDF_ENCRYPTED',
  'PDF_NO_TEXT_LAYER',
  'TEXT_NOT_UTF8',
] as const

/** A code of {@link INTAKE_READ_ERROR_CODES}. */
export type IntakeReadErrorCode = (typeof INTAKE_READ_ERROR_CODES)[number]
