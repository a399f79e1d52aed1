import {
  type IsoDate,
  RECURRENCE_CADENCE_LABELS,
  REPORT_STATUS_LABELS,
  secrecyMark,
  TASK_STATUS_LABELS,
  type TaskWorkbook,
  TIMELINESS_LABELS,
} from '@chidao/domain'
import ExcelJS from 'exceljs'
import { addOfficeTable, type OfficeCell, officeDay, PERCENT_FORMAT } from './office-sheet.js'

/** The sheets' names, as the office calls the tables. */
export const TASK_WORKBOOK_SHEETS = {
  tasks: 'Nhiệm vụ',
  byLead: 'Theo cơ quan chủ trì',
  calendar: 'Lịch báo cáo',
} as const

function day(value: IsoDate | null): OfficeCell {
  return value === null ? null : { day: value }
}

/** A percent 0–100 as the fraction Excel's % format shows; no figure stays empty, not 0. */
function fraction(percent: number | null): OfficeCell {
  return percent === null ? null : Number((percent / 100).toFixed(6))
}

/**
 * Writes the tables of a document or an organisation as an Excel workbook laid out as the
 * office prints them: one sheet per table — the task list, the scorecard by lead (in the order
 * it is given: `scorecardPerLead`'s), the reporting calendar — each with its title above the
 * header naming the subject and the day, Vietnamese headers, the header frozen and filtered,
 * dates as real dates shown dd/mm/yyyy, percentages as numbers with a % format, Times New
 * Roman. A secret workbook bears its mark (MẬT, TỐI MẬT, TUYỆT MẬT) above every table.
 *
 * @example
 * ```ts
 * const bytes = await renderTaskWorkbook(workbook)
 * await writeFile('nhiem-vu.xlsx', bytes)
 * ```
 */
export async function renderTaskWorkbook(data: TaskWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'chidao'
  // A fixed date: the same tables give the same file, whenever they are written.
  workbook.created = new Date(`${data.asOf}T00:00:00Z`)
  workbook.modified = workbook.created
  const mark = secrecyMark(data.secrecy)
  const asOf = `(Số liệu tính đến ngày ${officeDay(data.asOf)})`

  addOfficeTable(workbook, {
    sheet: TASK_WORKBOOK_SHEETS.tasks,
    mark,
    title: ['DANH MỤC NHIỆM VỤ', data.subject, asOf],
    columns: [
      { header: 'STT', width: 6, center: true },
      { header: 'Văn bản', width: 14 },
      { header: 'Mục', width: 9 },
      { header: 'Nội dung nhiệm vụ', width: 48 },
      { header: 'Cơ quan chủ trì', width: 24 },
      { header: 'Cơ quan phối hợp', width: 28 },
      { header: 'Thời hạn', width: 18 },
      { header: 'Ngày đến hạn', width: 13, center: true },
      { header: 'Tình trạng', width: 16 },
      { header: 'Tiến độ', width: 18 },
      { header: 'Số liệu mới nhất', width: 11, center: true, numFmt: PERCENT_FORMAT },
      { header: 'Ngày báo cáo', width: 13, center: true },
    ],
    rows: data.tasks.map((t, i) => [
      i + 1,
      t.directive,
      t.reference,
      t.title,
      t.lead,
      t.coordinators.join('; ') || null,
      t.deadlineText,
      day(t.due),
      TASK_STATUS_LABELS[t.status].vi,
      t.timeliness === null ? null : TIMELINESS_LABELS[t.timeliness].vi,
      fraction(t.percent),
      day(t.reportedOn),
    ]),
  })

  addOfficeTable(workbook, {
    sheet: TASK_WORKBOOK_SHEETS.byLead,
    mark,
    title: ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ', data.subject, asOf],
    columns: [
      { header: 'STT', width: 6, center: true },
      { header: 'Cơ quan chủ trì', width: 32 },
      { header: 'Tổng số nhiệm vụ', width: 11, center: true },
      { header: 'Hoàn thành đúng hạn', width: 12, center: true },
      { header: 'Hoàn thành quá hạn', width: 12, center: true },
      { header: 'Đang thực hiện', width: 12, center: true },
      { header: 'Quá hạn chưa hoàn thành', width: 13, center: true },
      { header: 'Đã hủy bỏ', width: 11, center: true },
      { header: 'Tỷ lệ hoàn thành đúng hạn', width: 13, center: true, numFmt: PERCENT_FORMAT },
      { header: 'Tiến độ chung', width: 11, center: true, numFmt: PERCENT_FORMAT },
    ],
    rows: data.byLead.map((l, i) => [
      i + 1,
      l.lead,
      l.total,
      l.completedOnTime,
      l.completedLate,
      l.inProgress,
      l.overdue,
      l.cancelled,
      fraction(l.onTimePercent),
      fraction(l.progressPercent),
    ]),
  })

  addOfficeTable(workbook, {
    sheet: TASK_WORKBOOK_SHEETS.calendar,
    mark,
    title: [
      'LỊCH BÁO CÁO',
      data.subject,
      `(Các kỳ đến hạn từ ngày ${officeDay(data.calendarFrom)} đến ngày ${officeDay(data.calendarTo)}; tình trạng tính đến ngày ${officeDay(data.asOf)})`,
    ],
    columns: [
      { header: 'STT', width: 6, center: true },
      { header: 'Cơ quan báo cáo', width: 28 },
      { header: 'Văn bản', width: 14 },
      { header: 'Nhiệm vụ', width: 28 },
      { header: 'Định kỳ', width: 16 },
      { header: 'Kỳ báo cáo', width: 22 },
      { header: 'Hạn báo cáo', width: 13, center: true },
      { header: 'Nơi nhận báo cáo', width: 26 },
      { header: 'Tình trạng', width: 22 },
      { header: 'Ngày báo cáo', width: 13, center: true },
    ],
    rows: data.calendar.map((c, i) => [
      i + 1,
      c.organization,
      c.directive,
      c.task,
      RECURRENCE_CADENCE_LABELS[c.cadence].vi,
      c.period,
      day(c.due),
      c.recipient,
      REPORT_STATUS_LABELS[c.status].vi,
      day(c.reportedOn),
    ]),
  })

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
