import { draftReport } from '@chidao/app'
import {
  type OrganizationId,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  renderReportHtml,
  renderReportMarkdown,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { queryError } from '../../query-error.js'
import { lookUpIdOf } from '../support/global-id.js'
import { labelledValues } from '../support/labelled-enum.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveNode } from './directive.js'

/** The local id of an organisation's global id; blank is none, one that does not decode is absent. */
function organizationIdOf(globalId: unknown): OrganizationId | null {
  const trimmed = globalId == null ? '' : String(globalId).trim()
  return trimmed === '' ? null : lookUpIdOf(trimmed, 'Organization')
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
      kind: t.arg({
        type: ReportKindEnum,
        required: false,
        defaultValue: 'PERIODIC_REPORT',
        description: 'Which report: a periodic report (default), sơ kết or tổng kết.',
      }),
      from: t.arg({
        type: 'Date',
        required: false,
        description: 'First day of the period reported; default the issue day.',
      }),
      to: t.arg({
        type: 'Date',
        required: false,
        description: 'Last day of the period reported; default `asOf`.',
      }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The day the figures are counted on; default `to`, else today.',
      }),
      format: t.arg({
        type: ReportFormatEnum,
        required: false,
        defaultValue: 'MARKDOWN',
        description: 'MARKDOWN (default) or HTML.',
      }),
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
      const drafted = await draftReport(useCaseContext(context), {
        directive: directive.id,
        kind: args.kind ?? 'PERIODIC_REPORT',
        from: args.from ?? null,
        to: args.to ?? null,
        asOf: args.asOf ?? null,
        organizationCode: args.organizationCode ?? null,
        organizationId: organizationIdOf(args.organizationId),
      })
      if (!drafted.ok) throw queryError(drafted.error)
      const { report } = drafted.value
      return args.format === 'HTML' ? renderReportHtml(report) : renderReportMarkdown(report)
    },
  }),
)
