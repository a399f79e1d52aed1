import { mayReportProgress } from '@chidao/app'
import {
  checkReportDate,
  type OrganizationId,
  type ProgressReport,
  readIdempotencyKey,
  type Task,
} from '@chidao/domain'
import { enforce, organizationCodes, organizationTree, scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { withReadSession } from '../../read-session.js'
import { unwrap } from '../support/error.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { ownOrganizationId, requireVisibleTask, storedTaskFacts } from './task-access.js'
import { requireLocalId } from './task-input.js'

/**
 * The organisation a report is filed in the name of: the one given; else the caller's own when
 * it leads or coordinates the task; else the task's lead (the policy then decides).
 */
async function reportingOrganization(
  context: GatewayContext,
  task: Task,
  given: string | number | null | undefined,
): Promise<OrganizationId> {
  if (given != null) {
    return requireLocalId(given, 'Organization', ['input', 'organizationId']) as OrganizationId
  }
  const own = await ownOrganizationId(context)
  return own && (own === task.leadId || task.coordinatorIds.includes(own)) ? own : task.leadId
}

const ReportProgressInput = builder.inputType('ReportProgressInput', {
  fields: (t) => ({
    taskId: t.id(),
    reportedOn: t.field({
      type: 'Date',
      required: false,
      description: 'Default: today. At most one day after today (REPORT_IN_FUTURE).',
    }),
    organizationId: t.id({
      required: false,
      description: "The reporting organisation; default: the caller's organisation.",
    }),
    percent: t.float({ required: false, description: '0–100; leave out when there is no figure.' }),
    narrative: t.string({ required: false }),
    evidence: t.stringList({
      required: false,
      description: 'Links (http/https) or document references.',
    }),
    idempotencyKey: t.string({
      required: false,
      description:
        'Any string chosen by the client, at most 200 characters: a retry by the same caller ' +
        'with the same key on the same task returns the first report and writes nothing more. ' +
        "The key is the caller's own: another caller's, or another task's, is another request.",
    }),
  }),
})

const ReportProgressPayload = builder
  .objectRef<{ report: ProgressReport }>('ReportProgressPayload')
  .implement({ fields: (t) => ({ report: t.expose('report', { type: ProgressReportRef }) }) })

builder.mutationFields((t) => ({
  reportProgress: t.field({
    description:
      'Appends a progress report (reports are never changed), in the name of an organisation ' +
      'that leads or coordinates the task: REPORTER its own; EDITOR one in its subtree; ADMIN any.',
    type: ReportProgressPayload,
    authScopes: scopeFor('progress.report'),
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'ReportProgressResult' },
    },
    args: { input: t.arg({ type: ReportProgressInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      // Checks of the input alone: they answer the same whatever the task is, or whether the
      // caller may see it. The key is read from the database only after the task, below.
      const idempotencyKey = unwrap(readIdempotencyKey(input.idempotencyKey))
      const today = context.clock.today()
      const reportedOn = unwrap(checkReportDate(input.reportedOn ?? today, today))
      // The task, the policy's facts and its decision in one read transaction, ended before the
      // write begins.
      const { taskId, organizationId } = await withReadSession(context, async (reading) => {
        const task = await requireVisibleTask(reading, input.taskId, ['taskId'])
        const facts = await storedTaskFacts(reading, task)
        const organizationId = await reportingOrganization(reading, task, input.organizationId)
        const [code] = await organizationCodes(reading, [organizationId], [['organizationId']])
        enforce(
          await mayReportProgress(reading.viewer, facts, code ?? '', organizationTree(reading)),
        )
        return { taskId: task.id, organizationId }
      })
      const report = unwrap(
        await context.tenant.tasks.appendProgressReport(
          {
            id: crypto.randomUUID(),
            taskId,
            reportedOn,
            organizationId,
            percent: input.percent ?? null,
            narrative: input.narrative ?? null,
            evidence: input.evidence ?? null,
          },
          changeContext(context),
          idempotencyKey,
        ),
      )
      return { report }
    },
  }),
}))
