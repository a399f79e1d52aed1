import {
  checkReportDate,
  domainError,
  type OrganizationId,
  type ProgressReport,
  readIdempotencyKey,
  type TaskId,
} from '@chidao/domain'
import { typedRefusal } from '../auth/typed-refusal.js'
import { builder } from '../builder.js'
import { withReadSession } from '../read-session.js'
import { NotFoundFailure, unwrap } from './error.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { ProgressReportRef } from './progress-report.js'
import { requireProgressWriter } from './task-access.js'
import { requireLocalId } from './task-input.js'

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
      'Appends a progress report (reports are never changed). REPORTER for tasks their ' +
      'organisation leads or coordinates; EDITOR within their subtree; ADMIN.',
    type: ReportProgressPayload,
    authScopes: { reporter: true },
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'ReportProgressResult' },
    },
    args: { input: t.arg({ type: ReportProgressInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const taskId = requireLocalId(input.taskId, 'Task', ['input', 'taskId']) as TaskId
      // Checks of the input alone: they answer the same whatever the task is, or whether the
      // caller may see it. The key is read from the database only after the task, below.
      const idempotencyKey = unwrap(readIdempotencyKey(input.idempotencyKey))
      const today = context.clock.today()
      const reportedOn = unwrap(checkReportDate(input.reportedOn ?? today, today))
      // The task, the permission check and the caller's organisation in one read transaction,
      // ended before the write begins.
      const organizationId = await withReadSession(
        context,
        async (reading): Promise<OrganizationId> => {
          const task = await reading.tenant.tasks.findById(taskId)
          if (!task) {
            throw new NotFoundFailure(
              domainError('TASK_NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' }, [
                'taskId',
              ]),
            )
          }
          await requireProgressWriter(reading, task)
          if (input.organizationId != null) {
            return requireLocalId(input.organizationId, 'Organization', [
              'input',
              'organizationId',
            ]) as OrganizationId
          }
          const own = reading.viewer.organizationCode
            ? await reading.tenant.organizations.findByCode(reading.viewer.organizationCode)
            : null
          return own?.id ?? task.leadId
        },
      )
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
