import type { TenantDatabase } from '@chidao/db'
import {
  type Assessment,
  assembleReport,
  type Directive,
  type DirectiveId,
  type DomainError,
  domainError,
  err,
  type IsoDate,
  isIsoDate,
  type OrganizationId,
  ok,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  type Report,
  type ReportKind,
  type ReportOrganization,
  type ReportTaskInput,
  type Result,
  renderReportHtml,
  renderReportMarkdown,
} from '@chidao/domain'
import { builder } from '../builder.js'
import { queryError } from '../query-error.js'
import { DirectiveNode } from './directive.js'
import { localIdOf } from './global-id.js'
import { labelledValues } from './labelled-enum.js'

/** What to draft: the kind, the period (default: from the directive's issue to `asOf`), the day. */
export interface DirectiveReportOptions {
  readonly kind: ReportKind
  readonly from?: IsoDate | null
  readonly to?: IsoDate | null
  readonly asOf: IsoDate
  /**
   * Only the tasks this organisation or one below it leads (chủ trì); the report then speaks
   * for it. `null`: every task, the report speaking for the directive's issuer.
   */
  readonly organizationId?: OrganizationId | null
}

/**
 * Reads what a report on a directive needs — the tasks of the directive and of the documents
 * implementing it (the scope of `scorecard(directiveId)`), their progress reports, the
 * assessments of the directive overlapping the period, the names of the organisations — through
 * the tenant's repositories (so at the caller's clearance), and assembles the report. The
 * scope is the directive's issuer, or the organisation given, whose subtree's tasks alone are
 * then counted (the numbers of `scorecard(organizationId)` over the directive's tasks). The
 * report's secrecy is the highest mark of the directive and of the documents whose tasks it
 * counts — those the caller's clearance lets it read.
 */
export async function directiveReport(
  tenant: TenantDatabase,
  directive: Directive,
  options: DirectiveReportOptions,
): Promise<Result<Report, DomainError>> {
  const from = options.from ?? directive.issuedOn
  const to = options.to ?? options.asOf
  if (!isIsoDate(from) || !isIsoDate(to)) {
    return err(
      domainError(
        'INVALID_REPORT_PERIOD',
        { en: 'from and to must be dates YYYY-MM-DD', vi: 'from và to phải là ngày YYYY-MM-DD' },
        ['period'],
      ),
    )
  }
  const facts = await tenant.tasks.scorecardFacts({
    asOf: options.asOf,
    filter: {
      directiveId: directive.id,
      includeImplementing: true,
      ...(options.organizationId
        ? { leadOrganizationId: options.organizationId, includeSubtree: true }
        : {}),
    },
  })
  const ids = facts.map((f) => f.id as never)
  const [tasks, reports] = await Promise.all([
    tenant.tasks.findByIds(ids),
    tenant.tasks.progressReportsOf(ids),
  ])
  const directiveIds = [...new Set(tasks.flatMap((t) => (t ? [t.directiveId] : [])))]
  const directives = await tenant.directives.findByIds(directiveIds as DirectiveId[])
  const found = new Map(directives.flatMap((d) => (d ? [[d.id as string, d] as const] : [])))

  const assessments: Assessment[] = []
  let after: string | null = null
  for (;;) {
    const page = await tenant.assessments.list({
      first: 100,
      after,
      // Scoped to an organisation: only the assessments of that organisation's implementation.
      filter: {
        directiveId: directive.id,
        from,
        to,
        ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      },
      orderBy: 'ASSESSED_ON_ASC',
    })
    assessments.push(...page.edges.map((e) => e.node))
    const last = page.edges.at(-1)
    if (!page.hasNextPage || last === undefined) break
    after = last.cursor
  }

  const organizationIds = [
    ...new Set<string>([
      options.organizationId ?? directive.issuerId,
      ...facts.map((f) => f.leadId),
    ]),
  ] as OrganizationId[]
  const organizations: ReportOrganization[] = (
    await tenant.organizations.findByIds(organizationIds)
  ).flatMap((o) => (o ? [{ id: o.id, code: o.code, name: o.name }] : []))

  const inputs: ReportTaskInput[] = facts.map((fact, index) => {
    const task = tasks[index]
    const assigning = task ? found.get(task.directiveId) : undefined
    return {
      ...fact,
      reference: task?.reference ?? null,
      title: task?.title ?? '',
      directiveSymbol: assigning?.symbolText ?? null,
      // The mark of the document assigning the task; where it cannot be read, the highest
      // the caller could have seen, so that the report is never marked too low.
      secrecy: assigning?.secrecy ?? tenant.clearance,
      reports: reports.get(fact.id as never) ?? [],
    }
  })
  return assembleReport({
    kind: options.kind,
    directive: {
      id: directive.id,
      symbolText: directive.symbolText,
      title: directive.title,
      secrecy: directive.secrecy,
    },
    scope:
      organizations.find((o) => o.id === (options.organizationId ?? directive.issuerId)) ?? null,
    period: { from, to },
    asOf: options.asOf,
    tasks: inputs,
    organizations,
    assessments,
  })
}

/**
 * Finds the organisation a report is scoped to, by code (`--org`, `org=`, `organizationCode`)
 * or by global id; `null` when neither is given. Fails with `ORGANIZATION_NOT_FOUND` naming
 * the value, or `VALIDATION` when both are given.
 */
export async function reportScope(
  tenant: TenantDatabase,
  scope: { readonly code?: string | null; readonly globalId?: string | null },
): Promise<Result<OrganizationId | null, DomainError>> {
  const code = scope.code?.normalize('NFC').trim() || null
  const globalId = scope.globalId?.trim() || null
  if (code !== null && globalId !== null) {
    return err(
      domainError(
        'VALIDATION',
        {
          en: 'Give the organisation by code or by id, not both',
          vi: 'Chỉ cho mã hoặc id của tổ chức, không cho cả hai',
        },
        ['organizationCode'],
      ),
    )
  }
  if (code === null && globalId === null) return ok(null)
  const found =
    code !== null
      ? await tenant.organizations.findByCode(code)
      : await tenant.organizations.findById(
          (localIdOf(globalId ?? '', 'Organization') ??
            '00000000-0000-0000-0000-000000000000') as OrganizationId,
        )
  if (found === null) {
    return err(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        {
          en: `No organisation ${code ?? globalId} in this tenant`,
          vi: `Không có tổ chức ${code ?? globalId}`,
        },
        [code !== null ? 'organizationCode' : 'organizationId'],
        code ?? globalId,
      ),
    )
  }
  return ok(found.id)
}

const ReportKindEnum = builder.enumType('ReportKind', {
  description: 'The report to draft: báo cáo định kỳ, sơ kết or tổng kết.',
  values: labelledValues(REPORT_KINDS, REPORT_KIND_LABELS),
})

const ReportFormatEnum = builder.enumType('ReportFormat', {
  description: 'How the report is written out.',
  values: {
    MARKDOWN: { description: 'Markdown, each paragraph followed by a comment naming its records.' },
    HTML: { description: 'One self-contained HTML page with inline CSS and SVG charts.' },
  },
})

builder.objectField(DirectiveNode, 'report', (t) =>
  t.string({
    description:
      'A draft report on how this document was carried out: the skeleton (results, limitations, ' +
      'causes, lessons, directions, recommendations) from the assessments and progress reports of ' +
      'the period, and the figures of its tasks and those of the documents implementing it as of ' +
      '`asOf` — the numbers of `scorecard(directiveId, asOf)`. `asOf` defaults to `to`, else ' +
      'today; the period to the issue day through `asOf`. Only what the caller may see is used. ' +
      'A report is as secret as the most secret document it draws on: a secret one opens with ' +
      'its mark (`**MẬT**` in Markdown; `<meta name="secrecy">` and a first line in HTML).',
    args: {
      kind: t.arg({ type: ReportKindEnum, required: false, defaultValue: 'PERIODIC_REPORT' }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
      format: t.arg({ type: ReportFormatEnum, required: false, defaultValue: 'MARKDOWN' }),
      organizationCode: t.arg.string({
        required: false,
        description:
          'Only the tasks this organisation (by code, e.g. UBND-TINH) and those below it lead; ' +
          'the report then speaks for it, from its own assessments.',
      }),
      organizationId: t.arg.id({
        required: false,
        description: 'The same scope given by the organisation’s id.',
      }),
    },
    resolve: async (directive, args, context) => {
      const asOf = args.asOf ?? args.to ?? context.clock.today()
      const scope = await reportScope(context.tenant, {
        code: args.organizationCode ?? null,
        globalId: args.organizationId == null ? null : String(args.organizationId),
      })
      if (!scope.ok) {
        throw queryError(scope.error)
      }
      const report = await directiveReport(context.tenant, directive, {
        kind: args.kind ?? 'PERIODIC_REPORT',
        from: args.from ?? null,
        to: args.to ?? null,
        asOf,
        organizationId: scope.value,
      })
      if (!report.ok) {
        throw queryError(report.error)
      }
      return args.format === 'HTML'
        ? renderReportHtml(report.value)
        : renderReportMarkdown(report.value)
    },
  }),
)
