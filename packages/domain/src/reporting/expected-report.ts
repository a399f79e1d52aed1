import type { IsoDate } from '../calendar/iso-date.js'
import {
  judgeReportingPeriods,
  type PeriodReport,
  type ReportStatus,
} from '../calendar/report-status.js'
import {
  type DueDay,
  type ReportingPeriod,
  reportingPeriodsDue,
} from '../calendar/reporting-period.js'
import type { RecurrenceCadence } from '../deadline/deadline.js'
import type { DirectiveId, OrganizationId, ProgressReportId, TaskId } from '../ids.js'
import type { DocumentSymbol } from '../symbol/document-symbol.js'
import type { ReportingDuty } from '../task/task.js'
import type { TaskStatus } from '../task/task-status.js'
import { type ReportingRule, reportingDueDay } from './reporting-rule.js'

/**
 * What the reporting calendar needs of a directive: its identity, whether it is a Party or a
 * State document (which decides the default due day), its issue date (its first period is the
 * one containing it), its issuer (who receives reports when the rule names nobody) and its rule.
 *
 * @example
 * ```ts
 * const d: CalendarDirective = { id, symbol: { system: 'PARTY' }, issuedOn: '2021-03-15', issuerId, reportingRule: null }
 * ```
 */
export interface CalendarDirective {
  readonly id: DirectiveId
  readonly symbol: Pick<DocumentSymbol, 'system'>
  readonly issuedOn: IsoDate
  readonly issuerId: OrganizationId
  readonly reportingRule?: ReportingRule | null
}

/**
 * What the reporting calendar needs of a task: its directive, its lead (who owes the reports),
 * its status (a cancelled task owes none; a completed one none after the period it was completed
 * in) and its reporting duty.
 *
 * @example
 * ```ts
 * const t: CalendarTask = { id, directiveId, leadId, status: 'IN_PROGRESS', completedOn: null, reportingDuty: { cadence: 'QUARTERLY', recipientId } }
 * ```
 */
export interface CalendarTask {
  readonly id: TaskId
  readonly directiveId: DirectiveId
  readonly leadId: OrganizationId
  readonly status: TaskStatus
  readonly completedOn: IsoDate | null
  readonly reportingDuty: ReportingDuty | null
}

/**
 * What the reporting calendar needs of a progress report: who filed it, on which task, on which
 * day, the period it names if any, and the report it corrects (a corrected report counts no more).
 *
 * @example
 * ```ts
 * const r: CalendarReport = { id, taskId, organizationId, reportedOn: '2026-06-10', period: '2026-H1' }
 * ```
 */
export interface CalendarReport extends PeriodReport {
  readonly id: ProgressReportId
  readonly taskId: TaskId
  readonly organizationId: OrganizationId
  readonly correctsId?: ProgressReportId | null
}

/**
 * One report an organisation owes for a period (một kỳ báo cáo), and how it stands: under a
 * task's reporting duty (`taskId` set) or under its directive's reporting rule (`taskId`
 * `null`: one report per organisation leading a task of the directive).
 *
 * @example
 * ```ts
 * const e: ExpectedReport<CalendarReport> = {
 *   organizationId, directiveId, taskId: null, cadence: 'HALF_YEARLY', period, due: period.due,
 *   recipientId, status: 'MISSING', report: null,
 * }
 * ```
 */
export interface ExpectedReport<R extends CalendarReport = CalendarReport> {
  readonly organizationId: OrganizationId
  readonly directiveId: DirectiveId
  readonly taskId: TaskId | null
  readonly cadence: RecurrenceCadence
  readonly period: ReportingPeriod
  readonly due: IsoDate
  /** The body the report goes to. */
  readonly recipientId: OrganizationId
  readonly status: ReportStatus
  /** The earliest report that answered the period, known on `asOf`; `null` when none. */
  readonly report: R | null
}

/**
 * The records the calendar is computed from.
 *
 * @example
 * ```ts
 * const sources: CalendarSources<CalendarReport> = { directives, tasks, reports }
 * ```
 */
export interface CalendarSources<R extends CalendarReport = CalendarReport> {
  readonly directives: readonly CalendarDirective[]
  readonly tasks: readonly CalendarTask[]
  readonly reports: readonly R[]
}

/**
 * The range and the day of a calendar: periods whose due day falls from `from` to `to` (both
 * included), judged as of `asOf`.
 *
 * @example
 * ```ts
 * const range: CalendarRange = { from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' }
 * ```
 */
export interface CalendarRange {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly asOf: IsoDate
}

/**
 * Orders expected reports as the calendar lists them: by due day, then organisation,
 * directive, task (the directive's own reports first) and cadence (shortest first). The
 * database orders its rows the same way.
 *
 * @example
 * ```ts
 * [...expected].sort(compareExpectedReports)
 * ```
 */
export function compareExpectedReports(a: ExpectedReport, b: ExpectedReport): number {
  return (
    cmp(a.due, b.due) ||
    cmp(a.organizationId, b.organizationId) ||
    cmp(a.directiveId, b.directiveId) ||
    cmp(a.taskId ?? '', b.taskId ?? '') ||
    CADENCE_ORDER[a.cadence] - CADENCE_ORDER[b.cadence]
  )
}

const CADENCE_ORDER: Readonly<Record<RecurrenceCadence, number>> = {
  MONTHLY: 0,
  QUARTERLY: 1,
  HALF_YEARLY: 2,
  YEARLY: 3,
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function byDayThenId(a: CalendarReport, b: CalendarReport): number {
  return cmp(a.reportedOn, b.reportedOn) || cmp(a.id, b.id)
}

interface Duty {
  readonly organizationId: OrganizationId
  readonly directive: CalendarDirective
  readonly taskId: TaskId | null
  readonly cadence: RecurrenceCadence
  readonly recipientId: OrganizationId
  readonly dueDay: DueDay | null
  readonly last: IsoDate | null
  readonly reports: readonly CalendarReport[]
}

/** Every duty to report: one per task with a duty, one per lead and cadence of a rule. */
function dutiesOf<R extends CalendarReport>(sources: CalendarSources<R>): Duty[] {
  const directives = new Map(sources.directives.map((d) => [d.id, d]))
  const superseded = new Set(sources.reports.flatMap((r) => (r.correctsId ? [r.correctsId] : [])))
  const effective = sources.reports.filter((r) => !superseded.has(r.id)).sort(byDayThenId)
  const directiveOfTask = new Map(sources.tasks.map((t) => [t.id as string, t.directiveId]))
  const duties: Duty[] = []
  const leads = new Map<DirectiveId, Set<OrganizationId>>()
  for (const task of sources.tasks) {
    const directive = directives.get(task.directiveId)
    if (directive === undefined || task.status === 'CANCELLED') continue
    const set = leads.get(directive.id) ?? new Set<OrganizationId>()
    leads.set(directive.id, set)
    set.add(task.leadId)
    const duty = task.reportingDuty
    if (duty === null) continue
    duties.push({
      organizationId: task.leadId,
      directive,
      taskId: task.id,
      cadence: duty.cadence,
      recipientId: duty.recipientId,
      dueDay: reportingDueDay(
        directive.reportingRule ?? null,
        directive.symbol.system,
        duty.cadence,
      ),
      last: task.status === 'COMPLETED' ? task.completedOn : null,
      reports: effective.filter((r) => r.taskId === task.id && r.organizationId === task.leadId),
    })
  }
  for (const directive of sources.directives) {
    const rule = directive.reportingRule ?? null
    if (rule === null) continue
    for (const organizationId of leads.get(directive.id) ?? []) {
      const reports = effective.filter(
        (r) =>
          r.organizationId === organizationId && directiveOfTask.get(r.taskId) === directive.id,
      )
      for (const cadence of rule.cadences) {
        duties.push({
          organizationId,
          directive,
          taskId: null,
          cadence,
          recipientId: rule.recipientId ?? directive.issuerId,
          dueDay: reportingDueDay(rule, directive.symbol.system, cadence),
          last: null,
          reports,
        })
      }
    }
  }
  return duties
}

/**
 * The reports organisations owe for the periods due from `from` to `to`, each judged as of
 * `asOf` (see {@link judgeReportingPeriods}), in {@link compareExpectedReports} order:
 *
 * - a task's reporting duty (cadence, recipient) asks its lead for one report per period, from
 *   the period containing the directive's issue date to the one the task was completed in
 *   (none for a cancelled task), answered by the lead's reports on that task;
 * - a directive's reporting rule asks each organisation leading one of its (not cancelled)
 *   tasks for one report per cadence and period, answered by that organisation's reports on any
 *   task of the directive, and sent to the rule's recipient or else the directive's issuer;
 * - the due day is the one the rule sets for the cadence, else the State cut-off day of decree
 *   09/2019/NĐ-CP for a State document and the period's last day for a Party one;
 * - a corrected report counts no more (its correction does); a report answers the period it
 *   names, else the one whose window holds its day.
 *
 * @example
 * ```ts
 * expectedReports({ directives, tasks, reports }, { from: '2026-01-01', to: '2026-06-30', asOf: '2026-07-15' })
 *   .filter((e) => e.status === 'MISSING') // đơn vị chưa báo cáo
 * ```
 */
export function expectedReports<R extends CalendarReport>(
  sources: CalendarSources<R>,
  range: CalendarRange,
): readonly ExpectedReport<R>[] {
  const expected: ExpectedReport<R>[] = []
  for (const duty of dutiesOf(sources)) {
    const periods = reportingPeriodsDue(duty.cadence, range.from, range.to, {
      dueDay: duty.dueDay,
      first: duty.directive.issuedOn,
      last: duty.last,
    })
    if (periods.length === 0) continue
    const judged = judgeReportingPeriods(periods, duty.reports as R[], range.asOf, duty.dueDay)
    for (const { period, status, report } of judged) {
      expected.push(
        Object.freeze({
          organizationId: duty.organizationId,
          directiveId: duty.directive.id,
          taskId: duty.taskId,
          cadence: duty.cadence,
          period,
          due: period.due,
          recipientId: duty.recipientId,
          status,
          report,
        }),
      )
    }
  }
  return Object.freeze(expected.sort(compareExpectedReports))
}

/**
 * Tells whether an expected report was missing on a day: due before it, and no report answering
 * it dated on or before it (the list "đơn vị chưa báo cáo" as it stood that day).
 *
 * @example
 * ```ts
 * missingAsOf(expected, '2026-07-15')
 * ```
 */
export function missingAsOf(expected: ExpectedReport, day: IsoDate): boolean {
  return day > expected.due && (expected.report === null || expected.report.reportedOn > day)
}
