import {
  type Assessment,
  type AssessmentPeriod,
  FINDINGS_PART_LABELS,
  FINDINGS_PARTS,
} from '../assessment/assessment.js'
import { groupByLead, type LeadOrganization } from '../assessment/by-lead.js'
import { RATING_LABELS, type Rating } from '../assessment/rating.js'
import { ratingRulesBasis } from '../assessment/rating-rules.js'
import { type ScorecardTask, scorecard } from '../assessment/scorecard.js'
import type { IsoDate } from '../calendar/iso-date.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { DomainError } from '../domain-error.js'
import type { AssessmentId, DirectiveId, OrganizationId, ProgressReportId } from '../ids.js'
import type { Label } from '../label.js'
import { ok, type Result } from '../result.js'
import type { CompletionRate, RateDenominator, RateMeasure } from '../task/completion-rate.js'
import type { ProgressReport } from '../task/progress-report.js'
import { effectiveReports } from '../task/report-correction.js'
import { dueInForce, type Timeliness, timeliness } from '../task/timeliness.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'
import { annexPeriodOf, type ReportAnnexPeriod } from './annex-period.js'
import { REPORT_KIND_LABELS, type ReportKind } from './report-kind.js'
import {
  missingReportLines,
  type ReportMissingInput,
  type ReportMissingLine,
} from './report-missing-reports.js'
import { checkReportPeriod } from './report-period.js'
import { reportSecrecy } from './report-secrecy.js'

/**
 * A part of the report skeleton: the seven parts of the findings, in the order reviews write
 * them (kết quả đạt được → … → đề xuất, kiến nghị).
 *
 * @example
 * ```ts
 * const part: ReportPart = 'causesSubjective'
 * ```
 */
export type ReportPart = (typeof FINDINGS_PARTS)[number]

/**
 * A record a paragraph or a figure was drawn from: an assessment, a progress report or a
 * task, by id — so a reader can go from any sentence or number back to the data.
 *
 * @example
 * ```ts
 * const source: ReportSource = { kind: 'PROGRESS_REPORT', id: reportId }
 * ```
 */
export interface ReportSource {
  readonly kind: 'ASSESSMENT' | 'PROGRESS_REPORT' | 'TASK'
  readonly id: string
}

/**
 * One paragraph of a report part, with the records it comes from.
 *
 * @example
 * ```ts
 * const p: ReportParagraph = { text: 'Đã tổ chức hội nghị…', sources: [{ kind: 'ASSESSMENT', id }] }
 * ```
 */
export interface ReportParagraph {
  readonly text: string
  readonly sources: readonly ReportSource[]
}

/**
 * One part of the skeleton with its label and paragraphs (empty when the data says nothing).
 *
 * @example
 * ```ts
 * report.sections[0].label.vi // 'Kết quả đạt được'
 * ```
 */
export interface ReportSection {
  readonly part: ReportPart
  readonly label: Label
  readonly paragraphs: readonly ReportParagraph[]
}

/**
 * A count with the ids of the tasks it counts: `value === taskIds.length`, always.
 *
 * @example
 * ```ts
 * report.timeliness.counts.OVERDUE // { value: 1, taskIds: ['…'] }
 * ```
 */
export interface ReportCount {
  readonly value: number
  readonly taskIds: readonly string[]
}

/**
 * A {@link CompletionRate} with the ids of the tasks in its numerator and its denominator.
 *
 * @example
 * ```ts
 * const r = report.timeliness.rates.onTimeDueByDate
 * r.numeratorTaskIds.length === r.numerator // true
 * ```
 */
export interface ReportRate extends CompletionRate {
  readonly numeratorTaskIds: readonly string[]
  readonly denominatorTaskIds: readonly string[]
}

/**
 * Tasks by timeliness as of the report's date, the cancelled apart, and the four rates on
 * both denominators — the same numbers as {@link scorecard} over the same tasks.
 *
 * @example
 * ```ts
 * report.timeliness.rates.completedAllAssigned.percent // 61.5…
 * ```
 */
export interface ReportTimeliness {
  readonly counts: Readonly<Record<Timeliness, ReportCount>>
  readonly cancelled: ReportCount
  /** Every task but the cancelled ones. */
  readonly total: ReportCount
  readonly rates: {
    readonly completedDueByDate: ReportRate
    readonly completedAllAssigned: ReportRate
    readonly onTimeDueByDate: ReportRate
    readonly onTimeAllAssigned: ReportRate
  }
  /** Progress rolled up over the top-level tasks (`null`: no task gives a figure). */
  readonly progressPercent: number | null
}

/**
 * An organisation as a report names it; its level, where given, places its line per lead
 * (see {@link compareLeads}).
 *
 * @example
 * ```ts
 * const o: ReportOrganization = { id, code: 'LHH', name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', level: 'PROVINCE' }
 * ```
 */
export interface ReportOrganization extends LeadOrganization {
  readonly id: OrganizationId
  readonly code: string
  readonly name: string
}

/**
 * The figures of the tasks one organisation leads (chủ trì). A report lists them in the order
 * of {@link groupByLead}, as the scorecard does.
 *
 * @example
 * ```ts
 * report.byLead.map((l) => `${l.organization.code}: ${l.timeliness.total.value}`)
 * ```
 */
export interface ReportLeadLine {
  readonly organization: ReportOrganization
  readonly timeliness: ReportTimeliness
}

/**
 * One period of an indicator that overlaps the report's period, against its target:
 * `achieved` is `null` when the target or the actual value is missing.
 *
 * @example
 * ```ts
 * // { name: 'Số hội thành viên', unit: 'hội', from: '2023-01-01', to: '2023-12-31', target: 21, actual: 20, achieved: false, assessmentId }
 * ```
 */
export interface ReportIndicatorLine {
  readonly assessmentId: AssessmentId
  readonly name: string
  readonly unit: string
  readonly baseline: number | null
  readonly from: IsoDate
  readonly to: IsoDate
  readonly target: number | null
  readonly actual: number | null
  readonly achieved: boolean | null
}

/**
 * The rating an assessment in the period gives (the report never makes one up).
 *
 * @example
 * ```ts
 * report.rating?.label.vi // 'Hoàn thành tốt nhiệm vụ'
 * ```
 */
export interface ReportRating {
  readonly assessmentId: AssessmentId
  readonly rating: Rating
  readonly label: Label
  readonly score: number | null
  /** Id of the rule set the rating was decided under: data for programs, never printed. */
  readonly rulesId: string | null
  /**
   * The regulation the rule set comes from, in words ("Quy định số 366-QĐ/TW ngày 30/8/2025
   * của Bộ Chính trị"): what a report prints; `null` when the rule set is not known.
   */
  readonly rulesBasis: string | null
}

/**
 * One line of the annex table: a task, how it stands, and its latest report in the period.
 *
 * @example
 * ```ts
 * report.annex[0].reference // 'II.1'
 * ```
 */
export interface ReportAnnexLine {
  readonly taskId: string
  readonly directiveSymbol: string | null
  readonly reference: string | null
  readonly title: string
  readonly lead: ReportOrganization
  /** The due day in force: the last extension's (gia hạn), if the deadline was extended. */
  readonly due: IsoDate | null
  /** The due day the task was first given, when an extension moved it; else `null`. */
  readonly originalDue: IsoDate | null
  /**
   * The deadline as written, for one with no single due day ("Trước 30/6 hằng năm",
   * "Thường xuyên", "Sau khi có hướng dẫn của Trung ương"); `null` otherwise.
   */
  readonly deadline: string | null
  /** For a recurring task, the period it is judged by (its latest due period); else `null`. */
  readonly period: ReportAnnexPeriod | null
  readonly completedOn: IsoDate | null
  /** `null` for a cancelled task. */
  readonly timeliness: Timeliness | null
  readonly percent: number | null
  readonly latestReport: {
    readonly id: ProgressReportId
    readonly reportedOn: IsoDate
    readonly narrative: string
  } | null
}

/**
 * A task as a report needs it: the scorecard facts plus its lead, reference, title, the
 * symbol and the secrecy of the document that assigns it (for tasks of implementing plans)
 * and its progress reports (any dates: the report keeps those in the period).
 *
 * @example
 * ```ts
 * const t: ReportTaskInput = { ...fact, reference: 'II.1', title: 'Tổ chức hội nghị', directiveSymbol: '06-CTr/TU', reports }
 * ```
 */
export interface ReportTaskInput extends ScorecardTask {
  readonly leadId: OrganizationId
  readonly reference: string | null
  readonly title: string
  readonly directiveSymbol?: string | null
  /**
   * The secrecy of the document that assigns the task; absent or `null`: that of the
   * document reported on. The report is never less secret than any of them.
   */
  readonly secrecy?: Secrecy | null
  readonly reports: readonly ProgressReport[]
  /**
   * The due day the task was first given, when an extension (gia hạn) moved it to `due`;
   * absent or `null` when it was never extended. The task is judged by `due`, the one in force.
   */
  readonly originalDue?: IsoDate | null
}

/**
 * What {@link assembleReport} is built from. The caller chooses the records (the tasks of
 * the directive and of the plans implementing it, the assessments of the directive): the
 * report counts every task given as of `asOf` — as the scorecard does — and keeps the
 * assessments, indicator periods and progress reports that fall in the period.
 *
 * @example
 * ```ts
 * const input: ReportInput = {
 *   kind: 'INTERIM_REVIEW',
 *   directive: { id, symbolText: '06-CTr/TU', title: 'Chương trình hành động…', secrecy: 'PUBLIC' },
 *   scope: tinhUy, period: { from: '2021-03-15', to: '2024-03-31' }, asOf: '2024-03-31',
 *   tasks, organizations, assessments,
 * }
 * ```
 */
export interface ReportInput {
  readonly kind: ReportKind
  readonly directive: {
    readonly id: DirectiveId
    readonly symbolText: string
    readonly title: string
    /** Its secrecy mark (độ mật): the report is never less secret. */
    readonly secrecy: Secrecy
  }
  /** The organisation the report speaks for (e.g. the provincial Party committee), if any. */
  readonly scope?: ReportOrganization | null
  readonly period: AssessmentPeriod
  /** The day tasks are judged on; the end of the period when not given. */
  readonly asOf?: IsoDate | null
  readonly tasks: readonly ReportTaskInput[]
  /** Names of the organisations the tasks refer to (leads missing here show by id). */
  readonly organizations: readonly ReportOrganization[]
  readonly assessments: readonly Assessment[]
  /** The title; by default "<kind> thực hiện <symbol>". */
  readonly title?: string | null
  /**
   * The secrecy the report must bear at least, for records it draws on whose marks the
   * report cannot see (it may only raise the mark: see {@link reportSecrecy}).
   */
  readonly secrecy?: Secrecy | null
  /**
   * The expected reports of the period still missing (the reporting calendar's MISSING lines),
   * for the annex "Đơn vị chưa báo cáo"; none when absent.
   */
  readonly missingReports?: readonly ReportMissingInput[] | null
}

/**
 * A drafted report: the skeleton filled from findings and progress narratives, the figures
 * (each with the ids it counts), the indicators, the rating where an assessment gives one,
 * and the annex of tasks. Render it with {@link renderReportMarkdown} or
 * {@link renderReportHtml}.
 *
 * @example
 * ```ts
 * const r = assembleReport(input)
 * if (r.ok) r.value.sections.map((s) => s.label.vi)
 * ```
 */
export interface Report {
  readonly kind: ReportKind
  readonly kindLabel: Label
  readonly title: string
  readonly directive: ReportInput['directive']
  /**
   * The report's secrecy mark: the highest of the document reported on, the documents whose
   * tasks it counts, and the level the caller asked for — never lower than the source's.
   */
  readonly secrecy: Secrecy
  readonly scope: ReportOrganization | null
  readonly period: AssessmentPeriod
  readonly asOf: IsoDate
  readonly sections: readonly ReportSection[]
  readonly timeliness: ReportTimeliness
  readonly byLead: readonly ReportLeadLine[]
  readonly indicators: readonly ReportIndicatorLine[]
  readonly rating: ReportRating | null
  readonly annex: readonly ReportAnnexLine[]
  /** Who has not reported for the report's periods (đơn vị chưa báo cáo), by due day. */
  readonly missingReports: readonly ReportMissingLine[]
  /** The assessments the report draws on, oldest first. */
  readonly assessmentIds: readonly AssessmentId[]
}

const RATE_KEYS = [
  ['completedDueByDate', 'DUE_BY_DATE', 'COMPLETED'],
  ['completedAllAssigned', 'ALL_ASSIGNED', 'COMPLETED'],
  ['onTimeDueByDate', 'DUE_BY_DATE', 'COMPLETED_ON_TIME'],
  ['onTimeAllAssigned', 'ALL_ASSIGNED', 'COMPLETED_ON_TIME'],
] as const satisfies readonly (readonly [string, RateDenominator, RateMeasure])[]

function overlaps(a: AssessmentPeriod, b: AssessmentPeriod): boolean {
  return a.from <= b.to && b.from <= a.to
}

function figuresOf(
  tasks: readonly ReportTaskInput[],
  asOf: IsoDate,
): Result<ReportTimeliness, DomainError> {
  const card = scorecard(tasks, { asOf })
  if (!card.ok) return card
  const byTimeliness: Record<Timeliness, string[]> = {
    COMPLETED_ON_TIME: [],
    COMPLETED_LATE: [],
    IN_PROGRESS: [],
    OVERDUE: [],
  }
  const cancelled: string[] = []
  const total: string[] = []
  const numerators: Record<string, string[]> = {}
  const denominators: Record<string, string[]> = {}
  for (const [key] of RATE_KEYS) {
    numerators[key] = []
    denominators[key] = []
  }
  for (const task of tasks) {
    const judged = timeliness(task, asOf)
    if (judged === null) {
      cancelled.push(task.id)
      continue
    }
    byTimeliness[judged].push(task.id)
    total.push(task.id)
    const { due } = dueInForce(task, asOf)
    // The same rule as completionRate: the ids explain the scorecard's numbers.
    for (const [key, denominator, measure] of RATE_KEYS) {
      if (denominator === 'DUE_BY_DATE' && (due === null || due > asOf)) continue
      denominators[key]?.push(task.id)
      if (
        judged === 'COMPLETED_ON_TIME' ||
        (measure === 'COMPLETED' && judged === 'COMPLETED_LATE')
      ) {
        numerators[key]?.push(task.id)
      }
    }
  }
  const count = (ids: string[]): ReportCount =>
    Object.freeze({ value: ids.length, taskIds: Object.freeze(ids) })
  const rate = (key: (typeof RATE_KEYS)[number][0]): ReportRate =>
    Object.freeze({
      ...card.value.rates[key],
      numeratorTaskIds: Object.freeze(numerators[key] ?? []),
      denominatorTaskIds: Object.freeze(denominators[key] ?? []),
    })
  return ok(
    Object.freeze({
      counts: Object.freeze({
        COMPLETED_ON_TIME: count(byTimeliness.COMPLETED_ON_TIME),
        COMPLETED_LATE: count(byTimeliness.COMPLETED_LATE),
        IN_PROGRESS: count(byTimeliness.IN_PROGRESS),
        OVERDUE: count(byTimeliness.OVERDUE),
      }),
      cancelled: count(cancelled),
      total: count(total),
      rates: Object.freeze({
        completedDueByDate: rate('completedDueByDate'),
        completedAllAssigned: rate('completedAllAssigned'),
        onTimeDueByDate: rate('onTimeDueByDate'),
        onTimeAllAssigned: rate('onTimeAllAssigned'),
      }),
      progressPercent: card.value.progress.percent,
    }),
  )
}

/** ", đã gia hạn từ ngày 30/9/2022" for an extended task, else nothing. */
function extendedFrom(task: ReportTaskInput): string {
  return extendedDue(task) === null ? '' : `, đã gia hạn từ ${day(extendedDue(task))}`
}

/** The original due day of a task whose deadline an extension moved, else `null`. */
function extendedDue(task: ReportTaskInput): IsoDate | null {
  const original = task.originalDue ?? null
  return original !== null && original !== task.due ? original : null
}

function day(date: IsoDate | null): string {
  // Overdue and late tasks always have a due day; a late one always a completion day.
  return date === null ? '' : formatVietnameseDate(date)
}

function taskName(task: ReportTaskInput): string {
  const where = [task.directiveSymbol, task.reference].filter(Boolean).join(' ')
  return where === '' ? task.title : `${where} — ${task.title}`
}

/**
 * Assembles a report (báo cáo định kỳ, sơ kết, tổng kết) from the records of a directive:
 *
 * - the six parts of the skeleton (with the causes split into objective and subjective)
 *   take, in order, every paragraph of the findings of the assessments whose period overlaps
 *   the report's (oldest first); "results" then takes the latest progress narrative in the
 *   period of each task that is not overdue, and "limitations" names each task overdue or
 *   completed late, with its latest narrative;
 * - the figures count every task given by {@link timeliness} as of `asOf`, with both
 *   denominators, overall and per lead organisation — the numbers {@link scorecard} gives
 *   for the same tasks and date — each with the ids of the tasks it counts; the leads in the
 *   order of {@link groupByLead} (by level, then name), as the scorecard lists them;
 * - indicators: every indicator period of those assessments that overlaps the report's
 *   period, against its target;
 * - the rating: that of the latest rated assessment, preferring one of the report's kind;
 * - the secrecy: the highest of the directive's, the tasks' documents' and `input.secrecy`
 *   ({@link reportSecrecy}): a report is never less secret than what it is drawn from.
 *
 * Fails with `INVALID_REPORT_PERIOD` (a bad date, or `from` after `to`),
 * `INVALID_REPORT_AS_OF` (both from {@link checkReportPeriod}), `INVALID_REPORT_SECRECY` (a level that is not one), or the errors
 * of {@link scorecard} (a cycle, a bad figure).
 *
 * @example
 * ```ts
 * const r = assembleReport({ kind: 'INTERIM_REVIEW', directive, period: { from: '2021-03-15', to: '2024-03-31' },
 *   tasks, organizations, assessments })
 * if (r.ok) {
 *   r.value.sections[0].label.vi // 'Kết quả đạt được'
 *   r.value.timeliness.counts.OVERDUE.taskIds // the overdue tasks
 * }
 * ```
 */
export function assembleReport(input: ReportInput): Result<Report, DomainError> {
  const checked = checkReportPeriod(input.period, input.asOf)
  if (!checked.ok) return checked
  const { period, asOf } = checked.value
  const secrecy = reportSecrecy({
    directive: input.directive.secrecy,
    tasks: input.tasks.map((t) => t.secrecy),
    atLeast: input.secrecy ?? null,
  })
  if (!secrecy.ok) return secrecy
  const figures = figuresOf(input.tasks, asOf)
  if (!figures.ok) return figures

  const organization = organizationLookup(input.organizations)
  const assessments = assessmentsIn(input.assessments, period)
  const paragraphs = findingParagraphs(assessments)
  const tasks = taskLines(input, period, asOf, organization)
  paragraphs.results.push(...tasks.results)
  paragraphs.limitations.push(...tasks.limitations)

  const kindLabel = REPORT_KIND_LABELS[input.kind]
  return ok(
    Object.freeze({
      kind: input.kind,
      kindLabel,
      title: input.title ?? `${kindLabel.vi} thực hiện ${input.directive.symbolText}`,
      directive: input.directive,
      secrecy: secrecy.value,
      scope: input.scope ?? null,
      period,
      asOf,
      sections: Object.freeze(
        FINDINGS_PARTS.map((part) =>
          Object.freeze({
            part,
            label: FINDINGS_PART_LABELS[part],
            paragraphs: Object.freeze(paragraphs[part]),
          }),
        ),
      ),
      timeliness: figures.value,
      byLead: Object.freeze(leadLines(input, asOf, organization)),
      indicators: Object.freeze(indicatorLines(assessments, period)),
      rating: ratingOf(assessments, input.kind),
      annex: Object.freeze(tasks.annex),
      missingReports: missingReportLines(input.missingReports ?? [], organization),
      assessmentIds: Object.freeze(assessments.map((a) => a.id)),
    }),
  )
}

/** An organisation by id: its name where given, else the id standing for code and name. */
type OrganizationOf = (id: OrganizationId) => ReportOrganization

function organizationLookup(organizations: readonly ReportOrganization[]): OrganizationOf {
  const names = new Map(organizations.map((o) => [o.id as string, o]))
  return (id) => names.get(id) ?? Object.freeze({ id, code: id, name: id })
}

/** The figures per lead, the leads listed as the scorecard lists them (see compareLeads). */
function leadLines(input: ReportInput, asOf: IsoDate, organization: OrganizationOf) {
  const lines: ReportLeadLine[] = []
  for (const group of groupByLead(input.tasks, input.organizations)) {
    const lead = figuresOf(group.tasks, asOf)
    // A cycle would have failed the whole list already; a subset cannot fail.
    if (lead.ok) {
      lines.push(
        Object.freeze({ organization: organization(group.leadId), timeliness: lead.value }),
      )
    }
  }
  return lines
}

/** The assessments whose period overlaps the report's, oldest first. */
function assessmentsIn(assessments: readonly Assessment[], period: AssessmentPeriod): Assessment[] {
  return assessments
    .filter((a) => overlaps(a.period, period))
    .sort((a, b) =>
      a.assessedOn === b.assessedOn
        ? a.id.localeCompare(b.id)
        : a.assessedOn < b.assessedOn
          ? -1
          : 1,
    )
}

/** Every paragraph of the assessments' findings, part by part, in the assessments' order. */
function findingParagraphs(
  assessments: readonly Assessment[],
): Record<ReportPart, ReportParagraph[]> {
  const paragraphs: Record<ReportPart, ReportParagraph[]> = {
    results: [],
    limitations: [],
    causesObjective: [],
    causesSubjective: [],
    lessons: [],
    directions: [],
    recommendations: [],
  }
  for (const assessment of assessments) {
    const source: ReportSource = Object.freeze({ kind: 'ASSESSMENT', id: assessment.id })
    for (const part of FINDINGS_PARTS) {
      for (const text of assessment.findings[part]) {
        paragraphs[part].push(Object.freeze({ text, sources: Object.freeze([source]) }))
      }
    }
  }
  return paragraphs
}

/** What the tasks add to a report: paragraphs of results and limitations, and the annex. */
interface TaskLines {
  readonly results: ReportParagraph[]
  readonly limitations: ReportParagraph[]
  readonly annex: ReportAnnexLine[]
}

/**
 * The tasks in the annex's order, each with its latest narrative in the period: a task
 * overdue or completed late is a limitation, one judged otherwise with a narrative a result.
 */
function taskLines(
  input: ReportInput,
  period: AssessmentPeriod,
  asOf: IsoDate,
  organization: OrganizationOf,
): TaskLines {
  const lines: TaskLines = { results: [], limitations: [], annex: [] }
  // The earlier of the two days: ISO dates compare as strings.
  const reportEnd = asOf < period.to ? asOf : period.to
  for (const task of annexOrder(input.tasks, input.directive.symbolText)) {
    const latest = latestNarrative(task, period.from, reportEnd)
    const judged = timeliness(task, asOf)
    const lead = organization(task.leadId)
    const sources: ReportSource[] = [{ kind: 'TASK', id: task.id }]
    if (latest !== null) sources.push({ kind: 'PROGRESS_REPORT', id: latest.id })
    const frozenSources = Object.freeze(sources.map((s) => Object.freeze(s)))
    const due = annexPeriodOf(task.deadline, task.reports, asOf)
    if (judged === 'OVERDUE' || judged === 'COMPLETED_LATE') {
      const state =
        judged === 'OVERDUE'
          ? due !== null
            ? `chưa báo cáo kết quả ${due.label.vi.toLowerCase()} (hạn ${day(due.due)})`
            : `chưa hoàn thành, đã quá hạn (hạn ${day(task.due)}${extendedFrom(task)})`
          : `hoàn thành quá hạn (hạn ${day(task.due)}${extendedFrom(task)}, hoàn thành ${day(task.completedOn)})`
      const said = latest === null ? '' : ` ${latest.narrative}`
      lines.limitations.push(
        Object.freeze({
          text: `Nhiệm vụ ${taskName(task)} (${lead.name} chủ trì) ${state}.${said}`,
          sources: frozenSources,
        }),
      )
    } else if (judged !== null && latest !== null) {
      lines.results.push(
        Object.freeze({
          text: `${taskName(task)} (${lead.name}): ${latest.narrative}`,
          sources: frozenSources,
        }),
      )
    }
    lines.annex.push(annexLine(task, lead, judged, latest, asOf, due))
  }
  return lines
}

/** The directive's own tasks first, then those of implementing documents; by reference. */
function annexOrder(tasks: readonly ReportTaskInput[], main: string): ReportTaskInput[] {
  return [...tasks].sort((a, b) => {
    const sa = a.directiveSymbol ?? main
    const sb = b.directiveSymbol ?? main
    if (sa !== sb) return sa === main ? -1 : sb === main ? 1 : sa.localeCompare(sb)
    return (a.reference ?? '').localeCompare(b.reference ?? '', 'en', { numeric: true })
  })
}

/** The task's latest report in force between `from` and `to` that says something. */
function latestNarrative(task: ReportTaskInput, from: IsoDate, to: IsoDate): ProgressReport | null {
  let latest: ProgressReport | null = null
  // A superseded report is left out: its correction speaks instead.
  for (const report of effectiveReports(task.reports)) {
    if (report.reportedOn < from || report.reportedOn > to) continue
    if (report.narrative.trim() === '') continue
    if (latest === null || report.reportedOn >= latest.reportedOn) latest = report
  }
  return latest
}

function annexLine(
  task: ReportTaskInput,
  lead: ReportOrganization,
  judged: Timeliness | null,
  latest: ProgressReport | null,
  asOf: IsoDate,
  period: ReportAnnexPeriod | null,
): ReportAnnexLine {
  const deadline = task.deadline ?? null
  return Object.freeze({
    taskId: task.id,
    directiveSymbol: task.directiveSymbol ?? null,
    reference: task.reference,
    title: task.title,
    lead,
    due: task.due,
    originalDue: extendedDue(task),
    deadline: deadline === null || deadline.due !== null ? null : deadline.text,
    period,
    // A completion after the report's date is not yet known on that date.
    completedOn: task.completedOn !== null && task.completedOn <= asOf ? task.completedOn : null,
    timeliness: judged,
    percent: task.percent,
    latestReport:
      latest === null
        ? null
        : Object.freeze({
            id: latest.id,
            reportedOn: latest.reportedOn,
            narrative: latest.narrative,
          }),
  })
}

/** Every indicator period of the assessments that overlaps the report's, against its target. */
function indicatorLines(
  assessments: readonly Assessment[],
  period: AssessmentPeriod,
): ReportIndicatorLine[] {
  const lines: ReportIndicatorLine[] = []
  for (const assessment of assessments) {
    for (const indicator of assessment.indicators) {
      for (const p of indicator.periods) {
        if (!overlaps(p, period)) continue
        lines.push(
          Object.freeze({
            assessmentId: assessment.id,
            name: indicator.name,
            unit: indicator.unit,
            baseline: indicator.baseline?.value ?? null,
            from: p.from,
            to: p.to,
            target: p.target,
            actual: p.actual,
            achieved: p.target === null || p.actual === null ? null : p.actual >= p.target,
          }),
        )
      }
    }
  }
  return lines
}

/** The rating of the latest rated assessment, preferring one of the report's kind. */
function ratingOf(assessments: readonly Assessment[], kind: ReportKind): ReportRating | null {
  let rated: Assessment | null = null
  for (const assessment of assessments) {
    if (assessment.rating === null) continue
    const sameKind = assessment.kind === kind
    if (rated === null || sameKind || rated.kind !== kind) rated = assessment
  }
  return rated?.rating == null
    ? null
    : Object.freeze({
        assessmentId: rated.id,
        rating: rated.rating,
        label: RATING_LABELS[rated.rating],
        score: rated.score,
        rulesId: rated.ratingRulesId,
        rulesBasis: rated.ratingRulesId === null ? null : ratingRulesBasis(rated.ratingRulesId),
      })
}
