import type { IsoDate } from '../calendar/iso-date.js'
import { REPORT_STATUS_LABELS } from '../calendar/report-status.js'
import { RATE_DENOMINATOR_LABELS, RATE_MEASURE_LABELS } from '../task/completion-rate.js'
import { TIMELINESS_LABELS, TIMELINESS_VALUES } from '../task/timeliness.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'
import type {
  Report,
  ReportAnnexLine,
  ReportPart,
  ReportRate,
  ReportSection,
} from './assemble-report.js'
import { formatPercent } from './report-charts.js'
import type { TextTable } from './text-table.js'

/**
 * One heading of the report body, numbered as Party reports number them (I, II, … and 1, 2
 * below), with the skeleton parts it holds: the two kinds of causes share "III. Nguyên nhân".
 *
 * @example
 * ```ts
 * reportOutline(report)[2] // { number: 'III', title: 'Nguyên nhân', parts: [{ number: '1', section: … }, …] }
 * ```
 */
export interface ReportOutlineEntry {
  readonly number: string
  readonly title: string
  readonly parts: readonly { readonly number: string | null; readonly section: ReportSection }[]
}

const OUTLINE: readonly (readonly [string, string, readonly ReportPart[]])[] = [
  ['I', 'Kết quả đạt được', ['results']],
  ['II', 'Hạn chế', ['limitations']],
  ['III', 'Nguyên nhân', ['causesObjective', 'causesSubjective']],
  ['IV', 'Bài học kinh nghiệm', ['lessons']],
  ['V', 'Phương hướng, nhiệm vụ', ['directions']],
  ['VI', 'Đề xuất, kiến nghị', ['recommendations']],
]

/**
 * The numbered outline of a report's body, shared by the renderers.
 *
 * @example
 * ```ts
 * reportOutline(report).map((e) => `${e.number}. ${e.title}`) // ['I. Kết quả đạt được', …]
 * ```
 */
export function reportOutline(report: Report): readonly ReportOutlineEntry[] {
  const byPart = new Map(report.sections.map((s) => [s.part, s]))
  return OUTLINE.map(([number, title, parts]) => ({
    number,
    title,
    parts: parts.flatMap((part, index) => {
      const section = byPart.get(part)
      if (section === undefined) return []
      return [{ number: parts.length > 1 ? String(index + 1) : null, section }]
    }),
  }))
}

/**
 * A date as tables write it: `20/11/2020`; `—` for none.
 *
 * @example
 * ```ts
 * shortDate('2020-11-20') // '20/11/2020'
 * ```
 */
export function shortDate(date: IsoDate | null): string {
  return date === null ? '—' : formatVietnameseDate(date).slice('ngày '.length)
}

/**
 * The deadline of an annex line as the reports print it: the due day in force, and for a task
 * whose deadline was extended, the day it was first given.
 *
 * @example
 * ```ts
 * deadlineText({ due: '2022-12-31', originalDue: '2022-09-30' }) // '31/12/2022 (gia hạn từ 30/9/2022)'
 * deadlineText({ due: '2021-06-30', originalDue: null }) // '30/6/2021'
 * ```
 */
export function deadlineText(line: Pick<ReportAnnexLine, 'due' | 'originalDue'>): string {
  const due = shortDate(line.due)
  return line.originalDue === null ? due : `${due} (gia hạn từ ${shortDate(line.originalDue)})`
}

/**
 * The line under the title: period, date of the figures, scope.
 *
 * @example
 * ```ts
 * periodLine(report) // 'Kỳ báo cáo: từ ngày 15/3/2021 đến ngày 31/3/2024; số liệu tính đến ngày 31/3/2024.'
 * ```
 */
export function periodLine(report: Report): string {
  return (
    `Kỳ báo cáo: từ ${formatVietnameseDate(report.period.from)} đến ` +
    `${formatVietnameseDate(report.period.to)}; số liệu tính đến ${formatVietnameseDate(report.asOf)}.`
  )
}

/**
 * A rate written in full: "n/d (p)".
 *
 * @example
 * ```ts
 * rateText(report.timeliness.rates.completedDueByDate) // '8/10 (80,0 %)'
 * ```
 */
export function rateText(rate: ReportRate): string {
  return `${rate.numerator}/${rate.denominator} (${formatPercent(rate.percent)})`
}

/**
 * The table of counts by timeliness, as every format prints it: one row per timeliness, then
 * the total (cancelled left out) and the cancelled.
 */
export function timelinessCountRows(
  figures: Report['timeliness'],
): readonly (readonly [string, number])[] {
  return [
    ...TIMELINESS_VALUES.map((t) => [TIMELINESS_LABELS[t].vi, figures.counts[t].value] as const),
    ['Tổng số (không kể nhiệm vụ đã hủy)', figures.total.value],
    ['Đã hủy', figures.cancelled.value],
  ]
}

/**
 * The table of rates, as every format prints it: completion and on-time completion, each over
 * the tasks due by the date and over all tasks assigned.
 */
export function rateTable(figures: Report['timeliness']): TextTable {
  return {
    header: [
      'Tỷ lệ',
      RATE_DENOMINATOR_LABELS.DUE_BY_DATE.vi,
      RATE_DENOMINATOR_LABELS.ALL_ASSIGNED.vi,
    ],
    rows: [
      [
        RATE_MEASURE_LABELS.COMPLETED.vi,
        rateText(figures.rates.completedDueByDate),
        rateText(figures.rates.completedAllAssigned),
      ],
      [
        RATE_MEASURE_LABELS.COMPLETED_ON_TIME.vi,
        rateText(figures.rates.onTimeDueByDate),
        rateText(figures.rates.onTimeAllAssigned),
      ],
    ],
  }
}

/**
 * The table of figures per lead organisation, as every format prints it: the lead's name,
 * its total, its count in each timeliness, both completion rates and its mean progress.
 */
export function leadTable(report: Report): TextTable<string | number> {
  return {
    header: [
      'Cơ quan chủ trì',
      'Tổng số',
      ...TIMELINESS_VALUES.map((t) => TIMELINESS_LABELS[t].vi),
      'Hoàn thành / đã đến hạn',
      'Hoàn thành / được giao',
      'Tiến độ bình quân',
    ],
    rows: report.byLead.map((line) => [
      line.organization.name,
      line.timeliness.total.value,
      ...TIMELINESS_VALUES.map((t) => line.timeliness.counts[t].value),
      rateText(line.timeliness.rates.completedDueByDate),
      rateText(line.timeliness.rates.completedAllAssigned),
      formatPercent(line.timeliness.progressPercent),
    ]),
  }
}

/**
 * The table of indicators against their targets, as every format prints it; "—" where a figure
 * or a judgement is missing.
 */
export function indicatorTable(report: Report): TextTable<string | number> {
  return {
    header: ['Chỉ tiêu', 'Đơn vị tính', 'Giai đoạn', 'Kế hoạch', 'Thực hiện', 'Đánh giá'],
    rows: report.indicators.map((i) => [
      i.name,
      i.unit,
      `${shortDate(i.from)}–${shortDate(i.to)}`,
      i.target ?? '—',
      i.actual ?? '—',
      i.achieved === null ? '—' : i.achieved ? 'Đạt' : 'Không đạt',
    ]),
  }
}

/**
 * The list of tasks that closes the annex, as the Markdown and HTML reports print it: document,
 * section, task, lead, deadline, completion date, timeliness ("Đã hủy" for a cancelled task)
 * and progress; "—" where a date or a figure is missing.
 *
 * @example
 * ```ts
 * annexTable(report).rows[0] // ['93-KL/TW', 'II.1', 'Tổ chức hội nghị…', 'Liên hiệp hội tỉnh', '31/12/2021', …]
 * ```
 */
/**
 * The "Thời hạn" cell of an annex line: the due day; for a deadline without one, its text —
 * for recurring work with the period it is judged by, its due day and how it stands
 * ("Trước 30/6 hằng năm (Năm 2026: hạn 30/6/2026, chưa báo cáo (quá hạn))").
 *
 * @example
 * ```ts
 * deadlineCell(report.annex[0]) // '30/6/2021'
 * ```
 */
export function deadlineCell(line: ReportAnnexLine): string {
  if (line.due !== null) return deadlineText(line)
  const written = line.deadline ?? ''
  if (line.period === null) return written
  const status = REPORT_STATUS_LABELS[line.period.status].vi.toLowerCase()
  return `${written} (${line.period.label.vi}: hạn ${shortDate(line.period.due)}, ${status})`
}

export function annexTable(report: Report): TextTable {
  return {
    header: [
      'Văn bản',
      'Mục',
      'Nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Hoàn thành',
      'Tình hình',
      'Tiến độ',
    ],
    rows: report.annex.map((line) => [
      line.directiveSymbol ?? '',
      line.reference ?? '',
      line.title,
      line.lead.name,
      deadlineCell(line),
      shortDate(line.completedOn),
      line.timeliness === null ? 'Đã hủy' : TIMELINESS_LABELS[line.timeliness].vi,
      line.percent === null ? '—' : `${line.percent} %`,
    ]),
  }
}

/**
 * The paragraph that opens "Kết quả đạt được": the counts by timeliness and the completion
 * rates on both denominators, as of the report's date.
 *
 * @example
 * ```ts
 * figuresSentence(report) // 'Tính đến ngày 31/3/2024, tổng số 17 nhiệm vụ được giao …'
 * ```
 */
export function figuresSentence(report: Report): string {
  const f = report.timeliness
  const counts = TIMELINESS_VALUES.map(
    (t) => `${TIMELINESS_LABELS[t].vi.toLowerCase()} ${f.counts[t].value}`,
  ).join(', ')
  const cancelled = f.cancelled.value > 0 ? ` (không kể ${f.cancelled.value} nhiệm vụ đã hủy)` : ''
  return (
    `Tính đến ${formatVietnameseDate(report.asOf)}, tổng số ${f.total.value} nhiệm vụ được giao` +
    `${cancelled}: ${counts}. ${RATE_MEASURE_LABELS.COMPLETED.vi}: ` +
    `${rateText(f.rates.completedDueByDate)} trên ${RATE_DENOMINATOR_LABELS.DUE_BY_DATE.vi.toLowerCase()}, ` +
    `${rateText(f.rates.completedAllAssigned)} trên ${RATE_DENOMINATOR_LABELS.ALL_ASSIGNED.vi.toLowerCase()}; ` +
    `${RATE_MEASURE_LABELS.COMPLETED_ON_TIME.vi.toLowerCase()}: ${rateText(f.rates.onTimeDueByDate)} và ` +
    `${rateText(f.rates.onTimeAllAssigned)}.`
  )
}

/**
 * The rating sentence, or `null` when no assessment in the period gives a rating.
 *
 * @example
 * ```ts
 * ratingSentence(report) // 'Xếp loại: Hoàn thành tốt nhiệm vụ (78 điểm; theo Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị).'
 * ```
 */
export function ratingSentence(report: Report): string | null {
  const r = report.rating
  if (r === null) return null
  const details = [
    r.score === null ? null : `${String(r.score).replace('.', ',')} điểm`,
    // The regulation in words; an internal rule-set id is never printed.
    r.rulesBasis == null ? null : `theo ${r.rulesBasis}`,
  ].filter((d) => d !== null)
  return `Xếp loại: ${r.label.vi}${details.length > 0 ? ` (${details.join('; ')})` : ''}.`
}
