import { builder } from '../../builder.js'
import { taskWorkbookPath } from '../../report/task-workbook-path.js'
import { DirectiveNode } from './directive.js'
import { OrganizationNode } from './organization.js'

// The office's tables as Excel, exposed as the DOCX of an urging letter is: a path on this
// gateway, downloaded with GET and the same bearer token, which draws the tables up again for
// the caller (a workbook is bytes, not a GraphQL value).

const AS_OF = 'The day the tables are judged on; default today (when downloaded).'

builder.objectField(DirectiveNode, 'tasksWorkbookPath', (t) =>
  t.string({
    description:
      'The path on this gateway (GET, with the same bearer token) that answers the tables of ' +
      'this document and those implementing it as an Excel workbook — the task list, the ' +
      'scorecard by lead, the reporting calendar of the year — e.g. ' +
      '`/reports/tasks.xlsx?directive=<id>&asOf=2026-06-30`. Only what the downloading caller ' +
      'may see is listed; a secret workbook bears its mark.',
    args: { asOf: t.arg({ type: 'Date', required: false, description: AS_OF }) },
    resolve: (directive, args) => taskWorkbookPath({ directive: directive.id }, args.asOf ?? null),
  }),
)

builder.objectField(OrganizationNode, 'tasksWorkbookPath', (t) =>
  t.string({
    description:
      'The path on this gateway (GET, with the same bearer token) that answers the tables of ' +
      'the tasks this organisation and those below it lead as an Excel workbook, e.g. ' +
      '`/reports/tasks.xlsx?organization=STC&asOf=2026-06-30`.',
    args: { asOf: t.arg({ type: 'Date', required: false, description: AS_OF }) },
    resolve: (organization, args) =>
      taskWorkbookPath({ organization: organization.code }, args.asOf ?? null),
  }),
)
