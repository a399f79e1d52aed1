import { reportProgress } from '@chidao/app'
import { useCaseContextWithReadSession } from '../../use-case-context.js'
import { optionalLocalId, requireLocalId } from '../support/input-id.js'
import { writeMutation } from '../support/write-mutation.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { changedTaskField } from './changed-records.js'
import { progressReportDraftFields } from './progress-report-draft-input.js'

writeMutation('reportProgress', {
  description:
    'Appends a progress report (reports are never changed), in the name of an organisation ' +
    'that leads or coordinates the task: REPORTER its own; EDITOR one in its subtree; ADMIN any.',
  action: 'progress.report',
  input: {
    fields: (t) => {
      const { reportedOn, ...draft } = progressReportDraftFields(t, {
        reportedOn: 'Default: today. At most one day after today (REPORT_IN_FUTURE).',
        percent: '0–100; leave out when there is no figure.',
        idempotencyKey:
          'Any string chosen by the client, at most 200 characters: a retry by the same caller ' +
          'with the same key on the same task returns the first report and writes nothing more. ' +
          "The key is the caller's own: another caller's, or another task's, is another request.",
      })
      return {
        taskId: t.id({ description: 'The task reported on.' }),
        reportedOn,
        organizationId: t.id({
          required: false,
          description: "The reporting organisation; default: the caller's organisation.",
        }),
        ...draft,
      }
    },
  },
  run: (input, context) =>
    reportProgress(useCaseContextWithReadSession(context), {
      taskId: requireLocalId(input.taskId, 'Task', ['input', 'taskId']),
      organizationId: optionalLocalId(input.organizationId, 'Organization', [
        'input',
        'organizationId',
      ]),
      reportedOn: input.reportedOn ?? null,
      percent: input.percent ?? null,
      narrative: input.narrative ?? null,
      evidence: input.evidence ?? null,
      period: input.period ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
    }),
  payload: {
    fields: (t) => ({
      report: t.expose('report', { type: ProgressReportRef }),
      task: changedTaskField(t, (p) => p.report.taskId),
    }),
  },
})
