import { correctProgressReport } from '@chidao/app'
import { useCaseContextWithReadSession } from '../../use-case-context.js'
import { localOrRawIdOf } from '../support/input-id.js'
import { writeMutation } from '../support/write-mutation.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { changedTaskField } from './changed-records.js'
import { progressReportDraftFields } from './progress-report-draft-input.js'

writeMutation('correctProgressReport', {
  description:
    'Corrects a mistaken progress report with a new report that supersedes it: the mistaken ' +
    'one stays stored and readable (`supersededBy`), and no longer counts. A report is ' +
    'corrected at most once (then correct its correction). Whoever could have filed the ' +
    'report: its organisation, an editor above it, an admin.',
  action: 'progress.correct',
  input: {
    description:
      'A correction of a mistaken progress report. Fields left out keep the value of the report ' +
      'corrected; give `percent: null` to correct a figure to "no figure".',
    fields: (t) => ({
      reportId: t.id({
        description:
          'The report to correct: its `ProgressReport.id` (a global ID); for compatibility, also ' +
          'the raw UUID that id was before reports were nodes.',
      }),
      reason: t.string({ description: 'What was wrong in the corrected report (required).' }),
      ...progressReportDraftFields(t, {
        reportedOn: "Default: the corrected report's date (refused if that is in the future).",
        percent: '0–100, or null for no figure.',
        idempotencyKey:
          'As for reportProgress: a retry by the same caller with the same key returns the first ' +
          'correction and writes nothing more.',
      }),
    }),
  },
  // A report corrected already collides with the correction there is: a ConflictError.
  run: (input, context) => {
    return correctProgressReport(useCaseContextWithReadSession(context), {
      reportId: localOrRawIdOf(input.reportId, 'ProgressReport'),
      reason: input.reason,
      reportedOn: input.reportedOn ?? null,
      // Left out keeps the corrected report's figure; null corrects it to no figure.
      percent: input.percent,
      narrative: input.narrative ?? null,
      evidence: input.evidence ?? null,
      // Absent: the corrected report's period is kept; null: the correction names none.
      period: input.period,
      idempotencyKey: input.idempotencyKey ?? null,
    })
  },
  payload: {
    fields: (t) => ({
      report: t.expose('report', {
        type: ProgressReportRef,
        description: 'The correcting report; `corrects` is the report it supersedes.',
      }),
      task: changedTaskField(t, (p) => p.report.taskId),
    }),
  },
})
