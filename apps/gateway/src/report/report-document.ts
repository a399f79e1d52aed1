import type { DraftUrgingLetterOutput, ReportLetterhead } from '@chidao/app'
import {
  asciiFileName,
  type Report,
  renderReportHtml,
  renderReportMarkdown,
  type Secrecy,
  secrecyMark,
  type TaskWorkbook,
} from '@chidao/domain'
// Types only: the DOCX writer (docx, resvg) is loaded when a DOCX is asked for, so that every
// other command and the server's start do not pay for it.
import type { ReportDocxOptions, UrgingLetterDocxOptions } from '@chidao/report-docx'

/** The formats a report is written in. */
export const REPORT_FILE_FORMATS = ['md', 'html', 'docx'] as const

/** One of {@link REPORT_FILE_FORMATS}. */
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number]

/** Tells whether a string is a {@link ReportFileFormat}. */
export function isReportFileFormat(value: unknown): value is ReportFileFormat {
  return typeof value === 'string' && (REPORT_FILE_FORMATS as readonly string[]).includes(value)
}

/** A report written out: its bytes or text, its media type and file extension. */
export interface ReportFile {
  readonly body: string | Uint8Array
  readonly contentType: string
  readonly extension: ReportFileFormat
}

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** The DOCX options that were given: those undefined or null are left out, to the records. */
function givenOptions<T extends object>(docx: T): T {
  return Object.fromEntries(
    Object.entries(docx).filter(([, value]) => value !== undefined && value !== null),
  ) as T
}

/**
 * Writes a drafted report in a format: Markdown, HTML, or DOCX laid out with the letterhead
 * drawn from the records (`draftReport`'s, asked for with `letterhead`) under the options
 * given, which override it field by field.
 */
export async function writeReport(
  report: Report,
  format: ReportFileFormat,
  letterhead: ReportLetterhead | null,
  docx: ReportDocxOptions = {},
): Promise<ReportFile> {
  const contentType = CONTENT_TYPES[format]
  if (format === 'md') return { body: renderReportMarkdown(report), contentType, extension: format }
  if (format === 'html') return { body: renderReportHtml(report), contentType, extension: format }
  const defined = givenOptions(docx)
  const { renderReportDocx } = await import('@chidao/report-docx')
  const body = await renderReportDocx(report, {
    ...letterhead,
    ...defined,
    signature: { ...letterhead?.signature, ...defined.signature },
  })
  return { body, contentType, extension: format }
}

/** The bytes of a DOCX file, as the routes and the command line send them. */
export const DOCX_CONTENT_TYPE = CONTENT_TYPES.docx

/**
 * A file name and its plain ASCII fallback for `Content-Disposition`; a secret document's name
 * starts with its mark (`MẬT-…`, `MAT-…`), so that it shows wherever the file is listed.
 */
function fileNames(base: string, secrecy: Secrecy) {
  const mark = secrecyMark(secrecy)
  const prefix = mark === null ? '' : `${mark.replaceAll(' ', '-')}-`
  const name = `${prefix}${base}`.normalize('NFC')
  return { name, ascii: asciiFileName(name) }
}

/**
 * A file name for a downloaded report, e.g. `so-ket-06-CTr-TU-2024-03-31.docx`, and its plain
 * ASCII fallback for `Content-Disposition`. A secret report's name starts with its mark:
 * `MẬT-thông-báo-…` (`MAT-thong-bao-…`), so that it shows wherever the file is listed.
 */
export function reportFileName(report: Report, extension: ReportFileFormat) {
  const kind = report.kindLabel.vi.toLocaleLowerCase('vi').replaceAll(' ', '-')
  const symbol = report.directive.symbolText.replaceAll('/', '-')
  return fileNames(`${kind}-${symbol}-${report.asOf}.${extension}`, report.secrecy)
}

/**
 * Writes a drafted công văn đôn đốc as DOCX: the letterhead and number drawn from the records
 * (`draftUrgingLetter`'s), under the options given, which override them field by field.
 */
export async function writeUrgingLetter(
  drafted: DraftUrgingLetterOutput,
  docx: UrgingLetterDocxOptions = {},
): Promise<Uint8Array> {
  const { letter, letterhead, number } = drafted
  const defined = givenOptions(docx)
  const { renderUrgingLetterDocx } = await import('@chidao/report-docx')
  return renderUrgingLetterDocx(letter, {
    ...letterhead,
    number: number.number,
    symbol: number.symbol,
    ...defined,
    signature: { ...letterhead.signature, ...defined.signature },
  })
}

/**
 * A file name for a công văn đôn đốc: `cong-van-don-doc-BTG-TU-2026-12-07.docx` in ASCII,
 * `công-văn-đôn-đốc-BTG-TU-2026-12-07.docx` in UTF-8, a secret one's starting with its mark.
 */
export function urgingLetterFileName(drafted: DraftUrgingLetterOutput) {
  const { letter } = drafted
  return fileNames(`công-văn-đôn-đốc-${letter.issuer.code}-${letter.asOf}.docx`, letter.secrecy)
}

/** The media type of an Excel workbook. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Writes the tables a use case drew up (`drawUpTaskWorkbook`) as an Excel workbook. The writer
 * (exceljs) is loaded when a workbook is asked for, as the DOCX writer is.
 */
export async function writeTaskWorkbook(workbook: TaskWorkbook): Promise<Uint8Array> {
  const { renderTaskWorkbook } = await import('@chidao/spreadsheet')
  return new Uint8Array(await renderTaskWorkbook(workbook))
}

/**
 * A file name for the tables of a document or an organisation: `nhiệm-vụ-06-CTr-TU-2026-06-30.xlsx`
 * in UTF-8, `nhiem-vu-06-CTr-TU-2026-06-30.xlsx` in ASCII, a secret one's starting with its mark.
 */
export function taskWorkbookFileName(workbook: TaskWorkbook) {
  const key = workbook.key.replaceAll('/', '-').replaceAll(' ', '-')
  return fileNames(`nhiệm-vụ-${key}-${workbook.asOf}.xlsx`, workbook.secrecy)
}
