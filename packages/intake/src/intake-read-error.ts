import type { IntakeReadErrorCode } from '@chidao/domain'

/** Why a file could not be read: the domain's `INTAKE_READ_ERROR_CODES`, one list. */
export type { IntakeReadErrorCode }

/**
 * A file that could not be read, said to a person in Vietnamese and English: the file's name
 * always, and the part of it at fault where there is one ("word/document.xml", "trang 3").
 * Never a stack trace; the reader returns it as a value, it does not throw it.
 */
export interface IntakeReadError {
  readonly code: IntakeReadErrorCode
  /** The file's name as given. */
  readonly file: string
  /** The part of the file at fault: a part of a Word package, a page of a PDF. */
  readonly part?: string
  readonly message: string
  readonly messageVi: string
}

/** Builds an {@link IntakeReadError} whose messages begin with the file (and part) they name. */
export function intakeReadError(
  code: IntakeReadErrorCode,
  file: string,
  text: { readonly en: string; readonly vi: string },
  part?: string,
): IntakeReadError {
  const where = part === undefined ? file : `${file} (${part})`
  return {
    code,
    file,
    ...(part === undefined ? {} : { part }),
    message: `${where}: ${text.en}`,
    messageVi: `${where}: ${text.vi}`,
  }
}
