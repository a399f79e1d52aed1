import {
  type CalendarTableRow,
  DIRECTIVE_KIND_LABELS,
  type Directive,
  type DirectiveId,
  domainError,
  formatVietnameseDate,
  highestSecrecy,
  type IsoDate,
  type LeadTableRow,
  latestPercent,
  type Organization,
  type OrganizationId,
  type ProgressReport,
  reportingPeriodLabel,
  type Task,
  type TaskId,
  type TaskTableRow,
  type TaskWorkbook,
  taskDue,
  timeliness,
} from '@chidao/domain'
import { SCORECARD_ERRORS } from '../assessment/scorecard-errors.js'
import { scorecardPerLead } from '../assessment/scorecard-per-lead.js'
import { namedDirective } from '../directive/named-directive.js'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReportingCalendarReader } from '../ports/reporting-calendar-reader.js'
import type { RelatedOfTasks, TaskFilter, TaskReader } from '../ports/task-store.js'
import type { DirectiveSymbolRef } from '../report/draft-report.js'
import {
  REPORT_SCOPE_ERRORS,
  type ReportScopeInput,
  reportScopeOf,
} from '../report/report-scope.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, orAbort } from '../use-case/use-case.js'
import { asOfDay } from './as-of-day.js'

/** Whose tables: a document's (with those implementing it) or an organisation's (with those below it). */
export interface DrawUpTaskWorkbookInput extends ReportScopeInput {
  /** The document, by id or by number and symbol; not with an organisation. */
  readonly directive?: DirectiveId | DirectiveSymbolRef | null
  /** The day the tables are judged on (YYYY-MM-DD); default today. */
  readonly asOf?: string | null
}

/** The ports {@link drawUpTaskWorkbook} reads, at the caller's clearance. */
export interface DrawUpTaskWorkbookPorts {
  readonly directives: Pick<DirectiveReader, 'findById' | 'findBySymbol' | 'findByIds'>
  readonly tasks: Pick<TaskReader, 'listWithRelated' | 'scorecardFacts' | 'findByIds'>
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode' | 'findByIds'>
  readonly reporting: ReportingCalendarReader
}

/** The largest number of tasks one workbook lists: pages of 500 read until done. */
const PAGE = 500

/**
 * Draws up the office's follow-up tables (bảng theo dõi) of a document — its tasks and those of
 * the documents implementing it, as `scorecard(directiveId)` counts them — or of an
 * organisation — the tasks it and those below it lead: the task list (soonest due first), the
 * scorecard by lead in the order and grouping of {@link drawUpScorecard} (`scorecardPerLead`),
 * and the reporting calendar of the year of `asOf`. Only what the caller may see is listed; a
 * document or organisation it may not see is answered as absent. The workbook is as secret as
 * the most secret document it lists work of.
 *
 * Fails with `VALIDATION` when neither or both a document and an organisation are given,
 * `DIRECTIVE_NOT_FOUND`, `AMBIGUOUS_DIRECTIVE`, `ORGANIZATION_NOT_FOUND`, `INVALID_DATE`.
 *
 * @example
 * ```ts
 * const result = await drawUpTaskWorkbook(context, { organizationCode: 'STC', asOf: '2026-06-30' })
 * if (result.ok) await renderTaskWorkbook(result.value)
 * ```
 */
export const drawUpTaskWorkbook = defineUseCase({
  name: 'drawUpTaskWorkbook',
  errors: [
    'DIRECTIVE_NOT_FOUND',
    'AMBIGUOUS_DIRECTIVE',
    'INVALID_DATE',
    ...REPORT_SCOPE_ERRORS,
    ...SCORECARD_ERRORS,
  ],
  async run(
    context: UseCaseContext<DrawUpTaskWorkbookPorts>,
    input: DrawUpTaskWorkbookInput,
  ): Promise<TaskWorkbook> {
    const { ports } = context
    const byOrganization = input.organizationCode != null || input.organizationId != null
    if ((input.directive == null) === !byOrganization) {
      abort(
        domainError(
          'VALIDATION',
          {
            en: 'Give exactly one of a directive or an organisation',
            vi: 'Cần đúng một trong văn bản hoặc tổ chức',
          },
          ['directive'],
        ),
      )
    }
    const asOf = orAbort(asOfDay(input.asOf, context.clock))
    const directive =
      input.directive != null ? await namedDirective(ports, input.directive, ['directive']) : null
    const scope = directive === null ? await reportScopeOf(ports.organizations, input) : null
    const filter: TaskFilter =
      directive !== null
        ? { directiveId: directive.id, includeImplementing: true }
        : { leadOrganizationId: scope?.id ?? null, includeSubtree: true }
    const { tasks, related } = await allTasks(ports.tasks, filter, asOf)
    const facts = await ports.tasks.scorecardFacts({
      asOf,
      filter,
    })
    const byLead = await scorecardPerLead(ports.organizations, facts, asOf)
    const calendarFrom = `${asOf.slice(0, 4)}-01-01` as IsoDate
    const calendarTo = `${asOf.slice(0, 4)}-12-31` as IsoDate
    const calendar = await ports.reporting.reportingCalendar({
      from: calendarFrom,
      to: calendarTo,
      asOf,
      directiveId: directive?.id ?? null,
      organizationId: scope?.id ?? null,
    })
    const names = await namesOf(
      ports,
      related,
      calendar.expectedReports,
      directive ? [directive.issuerId] : [],
    )
    const documents = await documentsOf(ports.directives, related, calendar.expectedReports)
    const known = new Map(tasks.map((t) => [t.id as string, t]))
    const missing = calendar.expectedReports.flatMap((e) =>
      e.taskId !== null && !known.has(e.taskId) ? [e.taskId] : [],
    )
    for (const t of await ports.tasks.findByIds(missing)) if (t) known.set(t.id, t)

    const taskRows = tasks.map((task) => taskRow(task, related, names, documents, asOf))
    const leadRows: LeadTableRow[] = byLead.map((line) => ({
      lead: line.lead?.name ?? '',
      total: line.card.counts.total,
      completedOnTime: line.card.counts.COMPLETED_ON_TIME,
      completedLate: line.card.counts.COMPLETED_LATE,
      inProgress: line.card.counts.IN_PROGRESS,
      overdue: line.card.counts.OVERDUE,
      cancelled: line.card.counts.cancelled,
      onTimePercent: line.card.rates.onTimeDueByDate.percent,
      progressPercent: line.card.progress.percent,
    }))
    const calendarRows: CalendarTableRow[] = calendar.expectedReports.map((e) => {
      const task = e.taskId === null ? null : (known.get(e.taskId) ?? null)
      return {
        organization: names.get(e.organizationId) ?? '',
        directive: documents.get(e.directiveId)?.symbolText ?? '',
        task: task === null ? null : (task.reference ?? task.title),
        cadence: e.cadence,
        period: reportingPeriodLabel(e.period).vi,
        due: e.due,
        recipient: names.get(e.recipientId) ?? '',
        status: e.status,
        reportedOn: e.report?.reportedOn ?? null,
      }
    })
    const secrecy = highestSecrecy([
      ...(directive ? [directive.secrecy] : []),
      ...[...documents.values()].map((d) => d.secrecy),
    ])
    return {
      subject:
        directive !== null
          ? documentNaming(directive, names.get(directive.issuerId))
          : (scope?.name ?? ''),
      key: directive !== null ? directive.symbolText : (scope?.code ?? ''),
      asOf,
      secrecy,
      tasks: taskRows,
      byLead: leadRows,
      calendar: calendarRows,
      calendarFrom,
      calendarTo,
    }
  },
})

/** What {@link drawUpTaskWorkbook} may fail with. */
export const DRAW_UP_TASK_WORKBOOK_ERRORS = drawUpTaskWorkbook.errors

/** A code {@link drawUpTaskWorkbook} may fail with. */
export type DrawUpTaskWorkbookError = UseCaseErrorOf<typeof drawUpTaskWorkbook>

/** Every task the filter keeps, soonest due first, with its organisations, document and reports. */
async function allTasks(
  reader: Pick<TaskReader, 'listWithRelated'>,
  filter: TaskFilter,
  asOf: IsoDate,
): Promise<{ tasks: Task[]; related: RelatedOfTasks }> {
  const tasks: Task[] = []
  const organizations = new Map<OrganizationId, Organization>()
  const directives = new Map<DirectiveId, Directive>()
  const progressReports = new Map<TaskId, readonly ProgressReport[]>()
  let after: string | null = null
  for (;;) {
    const { page, related } = await reader.listWithRelated(
      { first: PAGE, after, filter, orderBy: 'DUE_ASC', asOf },
      { organizations: true, directives: true, progressReports: true },
    )
    for (const [k, v] of related.organizations) organizations.set(k, v)
    for (const [k, v] of related.directives) directives.set(k, v)
    for (const [k, v] of related.progressReports) progressReports.set(k, v)
    tasks.push(...page.edges.map((e) => e.node))
    const last = page.edges.at(-1)
    if (!page.hasNextPage || last === undefined) break
    after = last.cursor
  }
  return { tasks, related: { organizations, directives, progressReports } }
}

/**
 * The document as offices name it: "Chương trình số 06-CTr/TU ngày 15/3/2021 của Ban Thường vụ
 * Tỉnh ủy: <trích yếu>" — kind, symbol, day, issuer, summary, so that the workbook, read back
 * by the intake, drafts the same directive.
 */
function documentNaming(
  directive: {
    kind: keyof typeof DIRECTIVE_KIND_LABELS
    symbolText: string
    issuedOn: IsoDate
    title: string
  },
  issuer: string | undefined,
): string {
  const by = issuer ? ` của ${issuer}` : ''
  return `${DIRECTIVE_KIND_LABELS[directive.kind].vi} số ${directive.symbolText} ${formatVietnameseDate(directive.issuedOn)}${by}: ${directive.title}`
}

/** The names of every organisation the tables mention, read in one look-up beyond the page's. */
async function namesOf(
  ports: Pick<DrawUpTaskWorkbookPorts, 'organizations'>,
  related: RelatedOfTasks,
  expected: readonly {
    readonly organizationId: OrganizationId
    readonly recipientId: OrganizationId
  }[],
  also: readonly OrganizationId[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const o of related.organizations.values()) names.set(o.id, o.name)
  const wanted = [
    ...new Set([...expected.flatMap((e) => [e.organizationId, e.recipientId]), ...also]),
  ].filter((id) => !names.has(id))
  if (wanted.length > 0) {
    for (const o of await ports.organizations.findByIds(wanted)) if (o) names.set(o.id, o.name)
  }
  return names
}

/** The documents of the tasks listed and of the reports owed. */
async function documentsOf(
  reader: Pick<DirectiveReader, 'findByIds'>,
  related: RelatedOfTasks,
  expected: readonly { readonly directiveId: DirectiveId }[],
): Promise<Map<string, Directive>> {
  const found = new Map<string, Directive>(related.directives)
  const wanted = [...new Set(expected.map((e) => e.directiveId))].filter((id) => !found.has(id))
  if (wanted.length > 0) for (const d of await reader.findByIds(wanted)) if (d) found.set(d.id, d)
  return found
}

function taskRow(
  task: Task,
  related: RelatedOfTasks,
  names: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, Directive>,
  asOf: IsoDate,
): TaskTableRow {
  const reports = (related.progressReports.get(task.id) ?? []).filter((r) => r.reportedOn <= asOf)
  const latest = reports.reduce<ProgressReport | null>(
    (best, r) => (best === null || r.reportedOn >= best.reportedOn ? r : best),
    null,
  )
  return {
    directive: documents.get(task.directiveId)?.symbolText ?? '',
    reference: task.reference,
    title: task.title,
    lead: names.get(task.leadId) ?? '',
    coordinators: task.coordinatorIds.map((id) => names.get(id) ?? ''),
    deadlineText: task.deadline?.text ?? null,
    due: taskDue(task),
    status: task.status,
    timeliness: timeliness({ ...task, due: taskDue(task), reports }, asOf),
    percent: latestPercent(reports, asOf),
    reportedOn: latest?.reportedOn ?? null,
  }
}
