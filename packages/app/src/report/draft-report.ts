import {
  type Assessment,
  assembleReport,
  type Directive,
  type DirectiveId,
  type DocumentSymbol,
  type IsoDate,
  type Organization,
  type OrganizationId,
  originalDeadline,
  REPORT_PERIOD_ERRORS,
  type Report,
  type ReportKind,
  type ReportOrganization,
  type ReportPeriod,
  type ReportTaskInput,
  type Secrecy,
  type TaskId,
} from '@chidao/domain'
import { SCORECARD_ERRORS } from '../assessment/scorecard-errors.js'
import { namedDirective } from '../directive/named-directive.js'
import type { AssessmentReader } from '../ports/assessment-store.js'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ReportingCalendarReader } from '../ports/reporting-calendar-reader.js'
import type { TaskReader } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, orAbort } from '../use-case/use-case.js'
import { type ReportLayout, type ReportLetterhead, reportLetterhead } from './report-letterhead.js'
import { type ReportPeriodInput, reportPeriodOf } from './report-period.js'
import { REPORT_SCOPE_ERRORS, type ReportScopeInput, reportScopeOf } from './report-scope.js'

/** A document named by its number and symbol: the newest bearing it, or the one of `year`. */
export interface DirectiveSymbolRef {
  readonly symbol: DocumentSymbol
  /** The year it was issued, where several bear the symbol. */
  readonly year?: number | null
  /** The issuer's organisation code, where several bodies used the symbol the same year. */
  readonly issuerCode?: string | null
}

/** A report to draft on how a directive was carried out. */
export interface DraftReportInput extends ReportPeriodInput, ReportScopeInput {
  /** The document reported on: its id, or its number and symbol. */
  readonly directive: DirectiveId | DirectiveSymbolRef
  readonly kind: ReportKind
  /** Also draw the letterhead of a report to sign (DOCX), in this layout or the symbol's. */
  readonly letterhead?: { readonly layout?: ReportLayout | null } | null
}

/** The report, the directive it is on, and its letterhead when one was asked for. */
export interface DraftReportOutput {
  readonly directive: Directive
  readonly report: Report
  readonly letterhead: ReportLetterhead | null
}

/** The ports {@link draftReport} reads, at the caller's clearance. */
export interface DraftReportPorts {
  /** The most secret level the ports show: the mark of a document they cannot show. */
  readonly clearance: Secrecy
  readonly directives: Pick<
    DirectiveReader,
    'findById' | 'findBySymbol' | 'findByIds' | 'implementationChain'
  >
  readonly tasks: Pick<TaskReader, 'scorecardFacts' | 'findByIds' | 'progressReportsOf'>
  readonly assessments: Pick<AssessmentReader, 'list'>
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode' | 'findByIds'>
  /** Who has not reported for the period, for the annex; without it the annex lists none. */
  readonly reporting?: ReportingCalendarReader
}

/**
 * Drafts a report (báo cáo định kỳ, sơ kết, tổng kết) on how a directive was carried out, from
 * what the caller may see: the tasks of the directive and of the documents implementing it
 * (the scope of `scorecard(directiveId)`), their progress reports, the assessments of the
 * directive overlapping the period, and the names of the organisations; the domain's
 * `assembleReport` puts them together. The report speaks for the directive's issuer, or for
 * the organisation given, whose subtree's tasks alone are then counted, with its own
 * assessments. Its lines per lead are listed as the scorecard's are. Its secrecy is the highest
 * mark of the directive and of the documents whose tasks it counts.
 *
 * Fails with `DIRECTIVE_NOT_FOUND` (at `directive`: one that does not exist and one the caller
 * may not see alike), the scope's codes (`VALIDATION`, `ORGANIZATION_NOT_FOUND`), the period's
 * (`INVALID_REPORT_PERIOD`, `INVALID_REPORT_AS_OF`), or the assembly's.
 *
 * @example
 * ```ts
 * const result = await draftReport(context, {
 *   directive: { symbol: parsed, year: 2021 },
 *   kind: 'INTERIM_REVIEW',
 *   from: '2021-03-15',
 *   to: '2024-03-31',
 *   organizationCode: 'UBND-TINH',
 * })
 * if (result.ok) renderReportMarkdown(result.value.report)
 * ```
 */
export const draftReport = defineUseCase({
  name: 'draftReport',
  errors: [
    'DIRECTIVE_NOT_FOUND',
    'AMBIGUOUS_DIRECTIVE',
    ...REPORT_SCOPE_ERRORS,
    ...REPORT_PERIOD_ERRORS,
    'INVALID_REPORT_SECRECY',
    ...SCORECARD_ERRORS,
  ],
  async run(
    context: UseCaseContext<DraftReportPorts>,
    input: DraftReportInput,
  ): Promise<DraftReportOutput> {
    const { ports, clock } = context
    const directive = await namedDirective(ports, input.directive, ['directive'])
    const scope = await reportScopeOf(ports.organizations, input)
    const dates = reportPeriodOf(input, { issuedOn: directive.issuedOn, today: clock.today() })
    const { report, speaker } = await assembled(ports, directive, scope?.id ?? null, dates, input)
    const letterhead = input.letterhead
      ? await reportLetterhead(ports, directive, speaker, input.letterhead.layout ?? null)
      : null
    return { directive, report, letterhead }
  },
})

/** What {@link draftReport} may fail with. */
export const DRAFT_REPORT_ERRORS = draftReport.errors

/** A code {@link draftReport} may fail with. */
export type DraftReportError = UseCaseErrorOf<typeof draftReport>

/** Every assessment of the directive overlapping the period (of the scope alone, if any). */
async function assessmentsOf(
  assessments: Pick<AssessmentReader, 'list'>,
  directiveId: DirectiveId,
  scopeId: OrganizationId | null,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Promise<Assessment[]> {
  const found: Assessment[] = []
  let after: string | null = null
  for (;;) {
    const page = await assessments.list({
      first: 100,
      after,
      filter: { directiveId, ...period, ...(scopeId ? { organizationId: scopeId } : {}) },
      orderBy: 'ASSESSED_ON_ASC',
    })
    found.push(...page.edges.map((e) => e.node))
    const last = page.edges.at(-1)
    if (!page.hasNextPage || last === undefined) return found
    after = last.cursor
  }
}

function reportOrganization(o: Organization): ReportOrganization {
  return { id: o.id, code: o.code, name: o.name, level: o.level }
}

/** Reads what the report counts and assembles it; `speaker` is the organisation it speaks for. */
async function assembled(
  ports: DraftReportPorts,
  directive: Directive,
  scopeId: OrganizationId | null,
  { period, asOf }: ReportPeriod,
  input: DraftReportInput,
): Promise<{ report: Report; speaker: Organization | null }> {
  const facts = await ports.tasks.scorecardFacts({
    asOf,
    filter: {
      directiveId: directive.id,
      includeImplementing: true,
      ...(scopeId ? { leadOrganizationId: scopeId, includeSubtree: true } : {}),
    },
  })
  const ids = facts.map((f) => f.id as TaskId)
  const [tasks, reports] = await Promise.all([
    ports.tasks.findByIds(ids),
    ports.tasks.progressReportsOf(ids),
  ])
  const directiveIds = [...new Set(tasks.flatMap((t) => (t ? [t.directiveId] : [])))]
  const documents = await ports.directives.findByIds(directiveIds)
  const found = new Map(documents.flatMap((d) => (d ? [[d.id as string, d] as const] : [])))
  const assessments = await assessmentsOf(ports.assessments, directive.id, scopeId, period)

  const missing = ports.reporting
    ? (
        await ports.reporting.reportingCalendar({
          from: period.from,
          to: period.to,
          asOf,
          directiveId: directive.id,
          organizationId: scopeId,
          status: ['MISSING'],
        })
      ).expectedReports
    : []
  const missingTasks = await ports.tasks.findByIds(
    missing.flatMap((m) => (m.taskId === null ? [] : [m.taskId])),
  )
  const referenceOf = new Map(
    missingTasks.flatMap((t) => (t ? [[t.id as string, t.reference]] : [])),
  )

  const speakerId = scopeId ?? directive.issuerId
  const organizationIds = [
    ...new Set([
      speakerId,
      ...facts.map((f) => f.leadId),
      ...missing.flatMap((m) => [m.organizationId, m.recipientId]),
    ]),
  ]
  const organizations = (await ports.organizations.findByIds(organizationIds)).flatMap((o) =>
    o ? [o] : [],
  )
  const inputs: ReportTaskInput[] = facts.map((fact, index) => {
    const task = tasks[index]
    const assigning = task ? found.get(task.directiveId) : undefined
    return {
      ...fact,
      reference: task?.reference ?? null,
      title: task?.title ?? '',
      // The whole deadline: a recurring task is judged by its periods, and the annex writes a
      // deadline without a due day as it was written.
      deadline: task?.deadline ?? fact.deadline ?? null,
      directiveSymbol: assigning?.symbolText ?? null,
      // The mark of the document assigning the task; where it cannot be read, the highest
      // the caller could have seen, so that the report is never marked too low.
      secrecy: assigning?.secrecy ?? ports.clearance,
      reports: reports.get(fact.id as TaskId) ?? [],
      // The due day first given, printed beside the one in force when an extension moved it.
      originalDue: task ? (originalDeadline(task)?.due ?? null) : null,
    }
  })
  const speaker = organizations.find((o) => o.id === speakerId) ?? null
  const report = orAbort(
    assembleReport({
      kind: input.kind,
      directive: {
        id: directive.id,
        symbolText: directive.symbolText,
        title: directive.title,
        secrecy: directive.secrecy,
      },
      scope: speaker ? reportOrganization(speaker) : null,
      period,
      asOf,
      tasks: inputs,
      organizations: organizations.map(reportOrganization),
      assessments,
      missingReports: missing.map((m) => ({
        ...m,
        taskReference: m.taskId === null ? null : (referenceOf.get(m.taskId) ?? m.taskId),
      })),
    }),
  )
  return { report, speaker }
}
