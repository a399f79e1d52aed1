import { cleanText } from '../text/nfc.js'
import { searchKey } from '../text/search-key.js'
import type { IntakeTable, SourcePlace } from './intake-document.js'
import type { TaskCandidate } from './task-candidate.js'
import { readTaskRoles } from './task-roles.js'
import { taskTitle } from './task-title.js'

/** The columns of a task table drafting reads. */
export type TaskColumn =
  | 'number'
  | 'document'
  | 'reference'
  | 'task'
  | 'lead'
  | 'coordinators'
  | 'deadline'
  | 'product'

// Header words per column (search keys, spaces removed), the more specific first.
const HEADERS: readonly (readonly [TaskColumn, RegExp])[] = [
  ['number', /^(?:stt|tt|sothutu|sott)$/u],
  // The task's own number in its document ("Số hiệu", "Ký hiệu", "Mã nhiệm vụ"; the export's
  // "Mục"), kept as its reference: before 'task', which "Mã nhiệm vụ" would match too.
  // The document a row's task belongs to, where a table lists several: "Văn bản" in the export,
  // "Số, ký hiệu văn bản", "Số hiệu văn bản", "Tên văn bản", "Văn bản chỉ đạo" in an office's.
  [
    'document',
    /^(?:vanban|so(?:va)?kyhieuvanban|(?:so|ky)hieuvanban|tenvanban|vanban(?:chidao|giao(?:nhiemvu)?))$/u,
  ],
  ['reference', /^(?:sohieu|kyhieu|manhiemvu|muc|sohieunhiemvu|kyhieunhiemvu)$/u],
  ['lead', /chutri|donvithuchien|coquanthuchien|donvichiutrachnhiem/u],
  ['coordinators', /phoihop/u],
  ['deadline', /thoigian|thoihan|tiendo/u],
  ['product', /sanpham|hinhthuc|ketqua/u],
  ['task', /nhiemvu|noidung|congviec|giaiphap|tennhiemvu/u],
]

// A count or a ratio ("Tổng số nhiệm vụ", "Số lượng", "Tỷ lệ hoàn thành"): a summary's figure,
// no task's content, lead or deadline, whatever words follow.
const FIGURE = /^(?:tongso|soluong|tyle|so(?:nhiemvu|congviec))/u

/**
 * Which column of a table holds what, from its header row; `null` when it is no task table:
 * one without a column of task content, as a scorecard by lead ("Tổng số nhiệm vụ" counts
 * tasks) or a reporting calendar (no lead, no deadline) has none.
 */
export function taskColumns(header: readonly string[]): Partial<Record<TaskColumn, number>> | null {
  const columns: Partial<Record<TaskColumn, number>> = {}
  header.forEach((cell, index) => {
    const key = searchKey(cell).replace(/[^a-z0-9]/gu, '')
    if (FIGURE.test(key)) return
    const found = HEADERS.find(
      ([column, pattern]) => columns[column] === undefined && pattern.test(key),
    )
    if (found) columns[found[0]] = index
  })
  const isTaskTable =
    columns.task !== undefined && (columns.lead !== undefined || columns.deadline !== undefined)
  return isTaskTable ? columns : null
}

const ROMAN = /^[IVXL]+\.?$/u
const NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u

/**
 * The tasks of a task table (an annex "Danh mục nhiệm vụ"): the header row recognised by its
 * words, accents, case and spaces aside (STT/TT; "Nội dung nhiệm vụ"/"Nhiệm vụ"/"Nội dung
 * công việc"; "Cơ quan chủ trì"/"Đơn vị chủ trì"/"Chủ trì"; "Cơ quan phối hợp"/"Phối hợp";
 * "Thời gian hoàn thành"/"Thời hạn"/"Tiến độ"; "Sản phẩm"/"Hình thức văn bản"); then a row a
 * task, its reference the table's own ("Số hiệu", "Ký hiệu", "Mã nhiệm vụ", "Mục") where the
 * row gives one, else `<prefix>.<STT>`; a row numbered in Roman numerals without a lead a
 * group whose numeral goes before the numbers under it ("PL.II.3"). `null` for a table that is
 * not a task table.
 *
 * @example
 * ```ts
 * tableTasks(table, 'PL')?.[0]?.reference // 'PL.1'
 * ```
 */
export function tableTasks(table: IntakeTable, prefix: string): TaskCandidate[] | null {
  const headerRow = table.rows.findIndex((row, i) => i < 3 && taskColumns(row) !== null)
  if (headerRow < 0) return null
  const columns = taskColumns(table.rows[headerRow]!)!
  const cell = (row: readonly string[], column: TaskColumn) =>
    columns[column] === undefined ? '' : cleanText(row[columns[column]!] ?? '')
  const placeOf = (r: number, column: TaskColumn): SourcePlace => ({
    ...table.place,
    row: r + 1,
    column: (columns[column] ?? 0) + 1,
  })
  const out: TaskCandidate[] = []
  let group: string | null = null
  let ordinal = 0
  table.rows.forEach((row, r) => {
    if (r <= headerRow) return
    const stt = cell(row, 'number').replace(/\.$/u, '')
    const words = cell(row, 'task')
    if (words === '') return
    if (ROMAN.test(stt) && cell(row, 'lead') === '') {
      group = stt
      return
    }
    ordinal++
    const number = NUMBER.test(stt) ? stt : String(ordinal)
    const own = cell(row, 'reference')
    const reference =
      own !== '' ? own : [prefix, ...(group === null ? [] : [group]), number].join('.')
    const inText = readTaskRoles(words)
    const lead = cell(row, 'lead')
    const coordinators = cell(row, 'coordinators')
    const deadline = cell(row, 'deadline')
    const document = cell(row, 'document')
    out.push({
      reference,
      ...(document !== '' ? { document } : {}),
      title: taskTitle(words) || words,
      description: [words, cell(row, 'product') && `Sản phẩm: ${cell(row, 'product')}`]
        .filter((l) => l !== '')
        .join('\n'),
      place: { ...table.place, row: r + 1 },
      from: 'TABLE',
      roles: {
        lead: lead !== '' ? { text: lead, confidence: 0.95 } : inText.lead,
        coordinators:
          coordinators !== '' ? { text: coordinators, confidence: 0.95 } : inText.coordinators,
        deadline: deadline !== '' ? { text: deadline, confidence: 0.95 } : inText.deadline,
        reporting: inText.reporting,
      },
      places: {
        ...(document !== '' ? { document: placeOf(r, 'document') } : {}),
        lead: placeOf(r, 'lead'),
        coordinators: placeOf(r, 'coordinators'),
        deadline: placeOf(r, 'deadline'),
      },
    })
  })
  return out
}
