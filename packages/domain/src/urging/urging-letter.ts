import { groupByLead } from '../assessment/by-lead.js'
import { compareIsoDate, type IsoDate, isoDateParts } from '../calendar/iso-date.js'
import { DIRECTIVE_KIND_LABELS, type DirectiveKind } from '../directive/directive-kind.js'
import { highestSecrecy, type Secrecy } from '../directive/secrecy.js'
import type { DirectiveId, OrganizationId, TaskId } from '../ids.js'
import type { ReportOrganization } from '../report/assemble-report.js'
import {
  missingReportLines,
  type ReportMissingInput,
  type ReportMissingLine,
} from '../report/report-missing-reports.js'
import { shortDate } from '../report/report-text.js'
import type { TextTable } from '../report/text-table.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'

/**
 * An overdue task as the letter needs it: who leads it, where it stands in its document, its
 * deadline in force as written and the day that deadline fell due (for recurring work, the
 * due day of the latest period left without a report), and the mark of its document.
 *
 * @example
 * ```ts
 * const t: UrgingLetterTaskInput = { id, leadId, directiveId, directiveSymbol: '06-CTr/TU', reference: 'II.3.b',
 *   title: 'Xây dựng đề án…', deadlineText: 'tháng 12/2022', due: '2022-12-31', secrecy: 'PUBLIC' }
 * ```
 */
export interface UrgingLetterTaskInput {
  readonly id: TaskId
  readonly leadId: OrganizationId
  readonly directiveId: DirectiveId
  readonly directiveSymbol: string
  readonly reference: string | null
  readonly title: string
  /** The deadline in force, as the document (or the extension) wrote it. */
  readonly deadlineText: string
  /** The day it fell due. */
  readonly due: IsoDate
  readonly secrecy: Secrecy
}

/**
 * A report still missing, as the letter needs it: the reporting calendar's line, the symbol
 * of the document it is owed under and that document's mark.
 *
 * @example
 * ```ts
 * const m: UrgingLetterMissingInput = { ...expected, taskReference: null, directiveSymbol: '06-CTr/TU', secrecy: 'PUBLIC' }
 * ```
 */
export interface UrgingLetterMissingInput extends ReportMissingInput {
  readonly directiveSymbol: string
  readonly secrecy: Secrecy
}

/**
 * A document the letter cites as its basis (căn cứ): one assigning the work listed, or one of
 * those it implements or continues.
 *
 * @example
 * ```ts
 * const d: UrgingLetterDocument = { id, kind: 'CONCLUSION', symbolText: '93-KL/TW', issuedOn: '2020-11-20',
 *   issuerName: 'Ban Bí thư Trung ương Đảng', title: 'Về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW…', secrecy: 'PUBLIC' }
 * ```
 */
export interface UrgingLetterDocument {
  readonly id: DirectiveId
  readonly kind: DirectiveKind
  readonly symbolText: string
  readonly issuedOn: IsoDate
  readonly issuerName: string
  readonly title: string
  readonly secrecy: Secrecy
}

/**
 * What {@link assembleUrgingLetter} is built from: the caller reads the records (at its
 * clearance) and chooses them; the assembly groups, orders, counts and words them.
 *
 * @example
 * ```ts
 * const input: UrgingLetterInput = { issuer: btg, asOf: '2026-12-07', replyBy: '2026-12-22',
 *   overdueTasks, missingReports, organizations, legalBasis: [kl93, ctr06] }
 * ```
 */
export interface UrgingLetterInput {
  /** The monitoring body that issues the letter (cơ quan theo dõi, đôn đốc). */
  readonly issuer: ReportOrganization
  /** The day the work is judged on. */
  readonly asOf: IsoDate
  /** The day the organisations are asked to report back by. */
  readonly replyBy: IsoDate
  readonly overdueTasks: readonly UrgingLetterTaskInput[]
  readonly missingReports: readonly UrgingLetterMissingInput[]
  /** The organisations the work names (leads, owers and recipients of reports). */
  readonly organizations: readonly ReportOrganization[]
  /** The documents cited, the highest first (the central one, then the programme, then plans). */
  readonly legalBasis: readonly UrgingLetterDocument[]
  /** The document the subject line names ("… theo Chương trình số 06-CTr/TU …"); none: no document. */
  readonly subject?: Pick<UrgingLetterDocument, 'kind' | 'symbolText'> | null
}

/**
 * One overdue task as the letter lists it.
 *
 * @example
 * ```ts
 * line.overdueTasks[0] // { reference: 'II.3.b', deadlineText: 'tháng 12/2022', due: '2022-12-31', daysLate: 1437, … }
 * ```
 */
export interface UrgingLetterTaskLine {
  readonly taskId: TaskId
  readonly directiveSymbol: string
  readonly reference: string | null
  readonly title: string
  readonly deadlineText: string
  readonly due: IsoDate
  /** Whole days from the due day to the letter's day. */
  readonly daysLate: number
}

/**
 * One missing report as the letter lists it: the report annex's line and the days late.
 *
 * @example
 * ```ts
 * line.missingReports[0]?.duty.vi // 'Báo cáo năm 2025 (hằng năm), nhiệm vụ II.2.b'
 * ```
 */
export interface UrgingLetterMissingLine extends ReportMissingLine {
  readonly directiveSymbol: string
  readonly daysLate: number
}

/**
 * What the letter asks of one organisation: its overdue tasks (by due day) and its missing
 * reports (by due day).
 *
 * @example
 * ```ts
 * letter.organizations.map((o) => o.organization.name)
 * ```
 */
export interface UrgingLetterOrganization {
  readonly organization: ReportOrganization
  readonly overdueTasks: readonly UrgingLetterTaskLine[]
  readonly missingReports: readonly UrgingLetterMissingLine[]
}

/**
 * A document cited as the letter's basis, with the words that cite it.
 *
 * @example
 * ```ts
 * basis.citation // 'Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục…'
 * ```
 */
export interface UrgingLetterBasis extends UrgingLetterDocument {
  readonly citation: string
}

/**
 * A drafted công văn đôn đốc: who issues it, the day, its subject, its basis, what each
 * organisation is late with (in the order reports and scorecards list organisations), the
 * opening and closing paragraphs, and its secrecy — the highest mark of anything it lists or
 * cites. Render it with `@chidao/report-docx`'s `renderUrgingLetterDocx`.
 *
 * @example
 * ```ts
 * const letter = assembleUrgingLetter(input)
 * letter.organizations[0]?.overdueTasks.length
 * ```
 */
export interface UrgingLetter {
  readonly issuer: ReportOrganization
  readonly asOf: IsoDate
  readonly replyBy: IsoDate
  readonly secrecy: Secrecy
  /** The subject line under the number (trích yếu), after "V/v". */
  readonly subject: string
  readonly legalBasis: readonly UrgingLetterBasis[]
  readonly organizations: readonly UrgingLetterOrganization[]
  readonly totals: {
    readonly overdueTasks: number
    readonly missingReports: number
    readonly organizations: number
  }
  readonly opening: string
  readonly closing: string
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysFrom(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const { year, month, day } = isoDateParts(date)
    return Date.UTC(year, month - 1, day)
  }
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toLocaleLowerCase('vi')}${text.slice(1)}`
}

/**
 * How running text cites a document: its kind, number and symbol, its day, its issuer and
 * its title — "Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về …"; a
 * title that opens with the kind ("Chương trình hành động của Ban Thường vụ …") takes the
 * number and day after its first words instead and names its issuer itself.
 *
 * @example
 * ```ts
 * citeDocument(kl93) // 'Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục…'
 * ```
 */
export function citeDocument(
  document: Pick<UrgingLetterDocument, 'kind' | 'symbolText' | 'issuedOn' | 'issuerName' | 'title'>,
): string {
  const kind = DIRECTIVE_KIND_LABELS[document.kind].vi
  const title = document.title.normalize('NFC').trim()
  const numbered = `số ${document.symbolText} ${formatVietnameseDate(document.issuedOn)}`
  if (title.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi'))) {
    const rest = title.slice(kind.length)
    const at = rest.search(/\s(của|về|thực hiện|triển khai|tiếp tục)\s/u)
    if (at >= 0) return `${title.slice(0, kind.length + at)} ${numbered}${rest.slice(at)}`
    return `${title} ${numbered}`
  }
  return `${kind} ${numbered} của ${document.issuerName} ${lowerFirst(title)}`.trim()
}

function organizationLines(input: UrgingLetterInput): UrgingLetterOrganization[] {
  const byId = new Map(input.organizations.map((o) => [o.id as string, o]))
  const organizationOf = (id: OrganizationId): ReportOrganization =>
    byId.get(id) ?? { id, code: id, name: id }
  const missingLines = missingReportLines(input.missingReports, organizationOf)
  const work = [
    ...input.overdueTasks.map((task) => ({ leadId: task.leadId, task, missing: null })),
    ...input.missingReports.map((m, i) => ({
      leadId: m.organizationId,
      task: null,
      missing: { ...(missingLines[i] as ReportMissingLine), directiveSymbol: m.directiveSymbol },
    })),
  ]
  const byDue = (a: { due: IsoDate }, b: { due: IsoDate }) => compareIsoDate(a.due, b.due)
  return groupByLead(work, input.organizations).map((group) => ({
    organization: group.lead ?? organizationOf(group.leadId),
    overdueTasks: Object.freeze(
      group.tasks
        .flatMap((w) => (w.task ? [w.task] : []))
        .map((t) =>
          Object.freeze({
            taskId: t.id,
            directiveSymbol: t.directiveSymbol,
            reference: t.reference,
            title: t.title,
            deadlineText: t.deadlineText,
            due: t.due,
            daysLate: daysFrom(t.due, input.asOf),
          }),
        )
        .sort(byDue),
    ),
    missingReports: Object.freeze(
      group.tasks
        .flatMap((w) => (w.missing ? [w.missing] : []))
        .map((m) => Object.freeze({ ...m, daysLate: daysFrom(m.due, input.asOf) }))
        .sort(byDue),
    ),
  }))
}

function openingOf(
  input: UrgingLetterInput,
  basis: readonly UrgingLetterBasis[],
  lines: readonly UrgingLetterOrganization[],
  totals: UrgingLetter['totals'],
): string {
  const grounds = basis.length === 0 ? '' : `Thực hiện ${basis.map((b) => b.citation).join('; ')}. `
  const day = formatVietnameseDate(input.asOf, 'long')
  if (lines.length === 0) {
    return `${grounds}Qua theo dõi, tính đến ${day}, không có nhiệm vụ quá hạn hoặc báo cáo còn thiếu.`
  }
  const what = [
    totals.overdueTasks > 0 ? `${totals.overdueTasks} nhiệm vụ chưa hoàn thành quá hạn` : null,
    totals.missingReports > 0 ? `${totals.missingReports} báo cáo chưa gửi theo quy định` : null,
  ]
    .filter((w) => w !== null)
    .join(' và ')
  return (
    `${grounds}Qua theo dõi, tính đến ${day}, còn ${what} của ${totals.organizations} ` +
    'cơ quan, đơn vị (danh sách kèm theo dưới đây).'
  )
}

/**
 * Puts a công văn đôn đốc together: the work late as of `asOf` grouped per organisation in the
 * order of `groupByLead` (by level, then Vietnamese collation of names — the order of the
 * scorecard and the reports), each organisation's tasks and reports by due day with the days
 * late; the documents cited with their words; the opening (the basis and the counts) and the
 * closing request to report back to the issuer by `replyBy`; and the letter's secrecy: the
 * highest mark of the documents it lists work of or cites.
 *
 * @example
 * ```ts
 * const letter = assembleUrgingLetter({ issuer, asOf: '2026-12-07', replyBy: '2026-12-22',
 *   overdueTasks, missingReports: [], organizations, legalBasis })
 * letter.closing // 'Đề nghị các cơ quan, đơn vị … báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 22 tháng 12 năm 2026.'
 * ```
 */
export function assembleUrgingLetter(input: UrgingLetterInput): UrgingLetter {
  const legalBasis = input.legalBasis.map((d) => Object.freeze({ ...d, citation: citeDocument(d) }))
  const organizations = organizationLines(input)
  const totals = Object.freeze({
    overdueTasks: input.overdueTasks.length,
    missingReports: input.missingReports.length,
    organizations: organizations.length,
  })
  const secrecy = highestSecrecy([
    ...input.overdueTasks.map((t) => t.secrecy),
    ...input.missingReports.map((m) => m.secrecy),
    ...input.legalBasis.map((d) => d.secrecy),
  ])
  const named = input.subject ?? null
  const subject = `Đôn đốc thực hiện nhiệm vụ${named ? ` theo ${DIRECTIVE_KIND_LABELS[named.kind].vi} số ${named.symbolText}` : ''} và báo cáo kết quả`
  const closing =
    'Đề nghị các cơ quan, đơn vị có tên trên khẩn trương hoàn thành các nhiệm vụ quá hạn, ' +
    'gửi đầy đủ các báo cáo còn thiếu và báo cáo kết quả về ' +
    `${input.issuer.name} trước ${formatVietnameseDate(input.replyBy, 'long')}.`
  return Object.freeze({
    issuer: input.issuer,
    asOf: input.asOf,
    replyBy: input.replyBy,
    secrecy,
    subject,
    legalBasis: Object.freeze(legalBasis),
    organizations: Object.freeze(organizations.map((o) => Object.freeze(o))),
    totals,
    opening: openingOf(input, legalBasis, organizations, totals),
    closing,
  })
}

/**
 * The table of one organisation's overdue tasks, as every renderer prints it.
 *
 * @example
 * ```ts
 * urgingTaskTable(line).header // ['TT', 'Văn bản, mục', 'Nhiệm vụ', 'Thời hạn', 'Quá hạn']
 * ```
 */
export function urgingTaskTable(line: UrgingLetterOrganization): TextTable {
  return {
    header: ['TT', 'Văn bản, mục', 'Nhiệm vụ', 'Thời hạn', 'Quá hạn'],
    rows: line.overdueTasks.map((t, i) => [
      String(i + 1),
      [t.directiveSymbol, t.reference].filter(Boolean).join(', '),
      t.title,
      t.deadlineText === shortDate(t.due)
        ? t.deadlineText
        : `${t.deadlineText} (${shortDate(t.due)})`,
      `${t.daysLate} ngày`,
    ]),
  }
}

/**
 * The table of one organisation's missing reports, as every renderer prints it.
 *
 * @example
 * ```ts
 * urgingMissingTable(line).header // ['TT', 'Văn bản', 'Nội dung báo cáo', 'Hạn báo cáo', 'Quá hạn']
 * ```
 */
export function urgingMissingTable(line: UrgingLetterOrganization): TextTable {
  return {
    header: ['TT', 'Văn bản', 'Nội dung báo cáo', 'Hạn báo cáo', 'Quá hạn'],
    rows: line.missingReports.map((m, i) => [
      String(i + 1),
      m.directiveSymbol,
      `${m.duty.vi}; gửi ${m.recipientName}`,
      shortDate(m.due),
      `${m.daysLate} ngày`,
    ]),
  }
}
