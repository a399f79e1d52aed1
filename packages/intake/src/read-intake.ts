import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { IntakeDocument, Result } from '@chidao/domain'
import { err, ok } from '@chidao/domain'
import { readWorkbook } from '@chidao/spreadsheet'
import { zipEntryNames } from './docx/docx-package.js'
import { readDocx } from './docx/read-docx.js'
import { type IntakeReadError, intakeReadError } from './intake-read-error.js'
import { nfc } from './nfc.js'
import { readPdf } from './pdf/read-pdf.js'
import { readText } from './text/read-text.js'

/** Files larger than this are refused before they are read: a directive is not a data dump. */
export const MAX_INTAKE_BYTES = 64 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** The compound file of Word 97–2003 (.doc) and Excel 97–2003 (.xls). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** "%PDF-" within the first KiB, where readers look for it. */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')
}

const legacyWord = (file: string) =>
  err(
    intakeReadError('LEGACY_WORD_FORMAT', file, {
      en: 'a Word 97–2003 document (.doc) cannot be read: open it in Word or LibreOffice and save it as .docx',
      vi: 'không đọc được văn bản Word 97–2003 (.doc): hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx',
    }),
  )

const legacyExcel = (file: string) =>
  err(
    intakeReadError('LEGACY_EXCEL_FORMAT', file, {
      en: 'an Excel 97–2003 workbook (.xls) cannot be read: open it in Excel or LibreOffice and save it as .xlsx',
      vi: 'không đọc được bảng tính Excel 97–2003 (.xls): hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx',
    }),
  )

/** A workbook, each visible sheet one table (`readWorkbook` of @chidao/spreadsheet). */
async function workbook(
  bytes: Uint8Array,
  file: string,
): Promise<Result<IntakeDocument, IntakeReadError>> {
  try {
    return ok(await readWorkbook(bytes, file))
  } catch {
    return err(
      intakeReadError('CORRUPT_WORKBOOK', file, {
        en: 'the workbook is damaged or not an Excel workbook (.xlsx): open it in Excel or LibreOffice and save it again',
        vi: 'bảng tính bị hỏng hoặc không phải bảng tính Excel (.xlsx): hãy mở bằng Excel hoặc LibreOffice rồi lưu lại',
      }),
    )
  }
}

const tooLarge = (file: string, size: number) =>
  err(
    intakeReadError('FILE_TOO_LARGE', file, {
      en: `the file is ${size} bytes, larger than the limit of ${MAX_INTAKE_BYTES / 1024 / 1024} MiB`,
      vi: `tệp có ${size} byte, lớn hơn giới hạn ${MAX_INTAKE_BYTES / 1024 / 1024} MiB`,
    }),
  )

function decodeText(bytes: Uint8Array, file: string): Result<string, IntakeReadError> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder('utf-16le').decode(bytes))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder('utf-16be').decode(bytes))
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return err(
      intakeReadError('TEXT_NOT_UTF8', file, {
        en: 'the text is not UTF-8 (an old Vietnamese encoding such as TCVN3 or VNI?): save it as UTF-8 (Unicode)',
        vi: 'văn bản không ở mã UTF-8 (bảng mã cũ như TCVN3, VNI?): hãy lưu lại với mã UTF-8 (Unicode)',
      }),
    )
  }
}

/**
 * Reads a document into an intake document, choosing the reader by the file's first bytes and
 * then its extension: a zip package is a Word document (.docx) unless it holds a workbook; a
 * PDF is read through its text layer; .txt (and .md, .csv) as UTF-8 text. A Word 97–2003 file
 * (.doc) is refused with the advice to save it as .docx; a workbook (.xlsx) is read sheet by
 * sheet, each a table; an Excel 97–2003 one (.xls) is refused with the advice to save it as .xlsx.
 */
export async function readIntake(
  bytes: Uint8Array,
  name: string,
): Promise<Result<IntakeDocument, IntakeReadError>> {
  const file = nfc(name)
  const extension = extname(file).toLowerCase()
  if (bytes.length > MAX_INTAKE_BYTES) return tooLarge(file, bytes.length)
  if (startsWith(bytes, OLE2)) return extension === '.xls' ? legacyExcel(file) : legacyWord(file)
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes)
    if (extension === '.xlsx' || names?.includes('xl/workbook.xml')) return workbook(bytes, file)
    return readDocx(bytes, file)
  }
  if (isPdf(bytes)) return readPdf(bytes, file)
  switch (extension) {
    case '.docx':
      return readDocx(bytes, file)
    case '.pdf':
      return readPdf(bytes, file)
    case '.doc':
      return legacyWord(file)
    case '.xlsx':
      return workbook(bytes, file)
    case '.xls':
      return legacyExcel(file)
    case '.txt':
    case '.md':
    case '.csv':
    case '': {
      const text = decodeText(bytes, file)
      return text.ok ? ok(readText(text.value, file)) : text
    }
    default:
      return err(
        intakeReadError('UNSUPPORTED_FORMAT', file, {
          en: `files of type "${extension}" cannot be read: give a Word (.docx), PDF or text (.txt) file`,
          vi: `không đọc được tệp loại "${extension}": hãy dùng tệp Word (.docx), PDF hoặc văn bản (.txt)`,
        }),
      )
  }
}

/**
 * The bytes of the file at `path`, refusing one over {@link MAX_INTAKE_BYTES} unread, or one
 * that is not a regular file or cannot be read (`FILE_NOT_READABLE`, its cause named).
 */
export async function readIntakeBytes(path: string): Promise<Result<Uint8Array, IntakeReadError>> {
  const file = nfc(basename(path))
  try {
    const info = await stat(path)
    if (!info.isFile()) {
      return err(
        intakeReadError('FILE_NOT_READABLE', file, {
          en: 'not a regular file',
          vi: 'không phải là tệp thông thường',
        }),
      )
    }
    if (info.size > MAX_INTAKE_BYTES) return tooLarge(file, info.size)
    return ok(await readFile(path))
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const why = typeof code === 'string' ? code : 'error'
    return err(
      intakeReadError('FILE_NOT_READABLE', file, {
        en: `cannot read the file (${why})`,
        vi: `không đọc được tệp (${why === 'error' ? 'lỗi' : why})`,
      }),
    )
  }
}

/** Reads the file at `path` with {@link readIntake}: its bytes as {@link readIntakeBytes} reads them. */
export async function readIntakeFile(
  path: string,
): Promise<Result<IntakeDocument, IntakeReadError>> {
  const bytes = await readIntakeBytes(path)
  return bytes.ok ? readIntake(bytes.value, nfc(basename(path))) : bytes
}
