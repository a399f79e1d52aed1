/**
 * `@chidao/intake`: reads a Word (DOCX), PDF or text document into the domain's
 * `IntakeDocument` — paragraphs in reading order with Word's list numbering as Word shows it,
 * headings, tables, each with its place — for the drafting rules of `@chidao/domain`.
 */
export { MAX_DOCX_PART_BYTES } from './docx/docx-package.js'
export { readDocx } from './docx/read-docx.js'
export {
  type IntakeReadError,
  type IntakeReadErrorCode,
  intakeReadError,
} from './intake-read-error.js'
export { readPdf } from './pdf/read-pdf.js'
export { MAX_INTAKE_BYTES, readIntake, readIntakeBytes, readIntakeFile } from './read-intake.js'
export { readText } from './text/read-text.js'
