import type { IsoDate } from '../calendar/iso-date.js'
import type { ReportStatus } from '../calendar/report-status.js'
import type { RecurrenceCadence } from '../deadline/deadline.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { TaskStatus } from '../task/task-status.js'
import type { Timeliness } from '../task/timeliness.js'

/**
 * One task as the office's follow-up table lists it (bảng theo dõi nhiệm vụ): names rather
 * than ids, the deadline as the directive wrote it beside the day it falls due, and the latest
 * figure with the day it was reported.
 */
export interface TaskTableRow {
  /** The document assigning it, by number and symbol (`06-CTr/TU`). */
  readonly directive: string
  /** Its place in the document (`III.2.b`), or `null` when the text numbers none. */
  readonly reference: string | null
  readonly title: string
  /** The lead (chủ trì), by name. */
  readonly lead: string
  /** The coordinators (phối hợp), by name, in the task's order. */
  readonly coordinators: readonly string[]
  /** The deadline as written ("quý II/2025"), or `null` when none is set. */
  readonly deadlineText: string | null
  /** The day it falls due, or `null` (ongoing, conditional, unparsed). */
  readonly due: IsoDate | null
  readonly status: TaskStatus
  /** As judged on the table's day; `null` for a cancelled task. */
  readonly timeliness: Timeliness | null
  /** The latest figure reported (0–100), or `null` when none gives one. */
  readonly percent: number | null
  /** The day of the latest progress report, or `null` when there is none. */
  readonly reportedOn: IsoDate | null
}

/** One lead organisation's line of the scorecard (the order of `scorecardPerLead`). */
export interface LeadTableRow {
  readonly lead: string
  readonly total: number
  readonly completedOnTime: number
  readonly completedLate: number
  readonly inProgress: number
  readonly overdue: number
  readonly cancelled: number
  /** Completed on time among those due by the day, 0–100; `null` when none was due. */
  readonly onTimePercent: number | null
  /** The progress rolled up, 0–100; `null` when no task gives a figure. */
  readonly progressPercent: number | null
}

/** One report owed in the reporting calendar (lịch báo cáo): who, for what, by when, how. */
export interface CalendarTableRow {
  readonly organization: string
  readonly directive: string
  /** The task's reference or title, or `null` for a report under the directive's rule. */
  readonly task: string | null
  readonly cadence: RecurrenceCadence
  /** The period as offices name it ("6 tháng đầu năm 2026", `reportingPeriodLabel`). */
  readonly period: string
  readonly due: IsoDate
  readonly recipient: string
  readonly status: ReportStatus
  /** The day of the report that answered it, or `null`. */
  readonly reportedOn: IsoDate | null
}

/**
 * The tables of a document or of an organisation as the office keeps them in a workbook: the
 * task list, the scorecard by lead and the reporting calendar, all as of one day. Plain data:
 * `@chidao/app` draws it up from what the caller may see, a writer lays it out.
 */
export interface TaskWorkbook {
  /** What the tables are about: "Chương trình số 06-CTr/TU …" or an organisation's name. */
  readonly subject: string
  /** The file-name part naming the subject: the symbol (`06-CTr/TU`) or the code (`STC`). */
  readonly key: string
  readonly asOf: IsoDate
  /** The highest mark of the documents whose tasks or reports it lists. */
  readonly secrecy: Secrecy
  readonly tasks: readonly TaskTableRow[]
  readonly byLead: readonly LeadTableRow[]
  /** The reports owed for the periods due from `calendarFrom` to `calendarTo`. */
  readonly calendar: readonly CalendarTableRow[]
  readonly calendarFrom: IsoDate
  readonly calendarTo: IsoDate
}
