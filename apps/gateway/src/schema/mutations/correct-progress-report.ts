import { mayCorrectProgressReport } from '@chidao/app'
import {
  checkReportDate,
  isUuid,
  type ProgressReport,
  type ProgressReportId,
  progressReportNotFound,
  readIdempotencyKey,
} from '@chidao/domain'
import { enforce, organizationCodes, organizationTree, scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { withReadSession } from '../../read-session.js'
import { ConflictFailure, NotFoundFailure, unwrap } from '../support/error.js'
import { localIdOf } from '../support/global-id.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'

const CorrectProgressReportInput = builder.inputType('CorrectProgressReportInput', {
  description:
    'A correction of a mistaken progress report. Fields left out keep the value of the report ' +
    'corrected; give `percent: null` to correct a figure to "no figure".',
  fields: (t) => ({
    reportId: t.id({ description: 'The report to correct: its `ProgressReport.id`.' }),
    reason: t.string({ description: 'What was wrong in the corrected report (required).' }),
    reportedOn: t.field({
      type: 'Date',
      required: false,
      description: "Default: the corrected report's date (refused if that is in the future).",
    }),
    percent: t.float({ required: false, description: '0–100, or null for no figure.' }),
    narrative: t.string({ required: false }),
    evidence: t.stringList({
      required: false,
      description: 'Links (http/https) or document references.',
    }),
    idempotencyKey: t.string({
      required: false,
      description:
        'As for reportProgress: a retry by the same caller with the same key returns the first ' +
        'correction and writes nothing more.',
    }),
  }),
})

const CorrectProgressReportPayload = builder
  .objectRef<{ report: ProgressReport }>('CorrectProgressReportPayload')
  .implement({
    fields: (t) => ({
      report: t.expose('report', {
        type: ProgressReportRef,
        description: 'The correcting report; `corrects` is the report it supersedes.',
      }),
    }),
  })

/** The id of a report named in an input: `ProgressReport.id` (or a global ID of one). */
function reportIdOf(value: string): ProgressReportId | null {
  const id = localIdOf(value, 'ProgressReport') ?? value
  return isUuid(id) ? (id.toLowerCase() as ProgressReportId) : null
}

const notFound = () => new NotFoundFailure(progressReportNotFound(['reportId']))

/**
 * The report to correct, read at the caller's clearance, once the caller is known to be one who
 * could have filed it. A report of a hidden task, of another tenant, or none at all: the same
 * PROGRESS_REPORT_NOT_FOUND.
 */
async function reportToCorrect(context: GatewayContext, id: ProgressReportId | null) {
  if (id === null) throw notFound()
  return withReadSession(context, async (reading) => {
    const [report] = await reading.tenant.tasks.progressReportsByIds([id])
    const task = report ? await reading.tenant.tasks.findById(report.taskId) : null
    if (!report || !task) throw notFound()
    const [filer] = await organizationCodes(reading, [report.organizationId], [[]])
    enforce(await mayCorrectProgressReport(reading.viewer, filer ?? '', organizationTree(reading)))
    return report
  })
}

builder.mutationFields((t) => ({
  correctProgressReport: t.field({
    description:
      'Corrects a mistaken progress report with a new report that supersedes it: the mistaken ' +
      'one stays stored and readable (`supersededBy`), and no longer counts. A report is ' +
      'corrected at most once (then correct its correction). Whoever could have filed the ' +
      'report: its organisation, an editor above it, an admin.',
    type: CorrectProgressReportPayload,
    authScopes: scopeFor('progress.correct'),
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'CorrectProgressReportResult' },
    },
    args: { input: t.arg({ type: CorrectProgressReportInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const idempotencyKey = unwrap(readIdempotencyKey(input.idempotencyKey))
      const today = context.clock.today()
      if (input.reportedOn != null) unwrap(checkReportDate(input.reportedOn, today))
      const corrected = await reportToCorrect(context, reportIdOf(String(input.reportId)))
      const reportedOn = unwrap(checkReportDate(input.reportedOn ?? corrected.reportedOn, today))
      const result = await context.tenant.tasks.appendProgressReport(
        {
          id: crypto.randomUUID(),
          taskId: corrected.taskId,
          reportedOn,
          organizationId: corrected.organizationId,
          percent: input.percent === undefined ? corrected.percent : input.percent,
          narrative: input.narrative ?? corrected.narrative,
          evidence: input.evidence ?? corrected.evidence,
          correctsId: corrected.id,
          reason: input.reason,
        },
        changeContext(context),
        idempotencyKey,
      )
      if (!result.ok && result.error.code === 'REPORT_ALREADY_CORRECTED') {
        throw new ConflictFailure(result.error, ['input'], { correctsId: 'reportId' })
      }
      return { report: unwrap(result, ['input'], { correctsId: 'reportId' }) }
    },
  }),
}))
