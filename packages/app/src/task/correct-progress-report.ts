import {
  checkReportDate,
  type DomainError,
  err,
  isUuid,
  type ProgressReport,
  type ProgressReportId,
  progressReportNotFound,
  type Result,
  readIdempotencyKey,
} from '@chidao/domain'
import { organizationCodes } from '../organization/organization-codes.js'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayCorrectProgressReport } from '../policy/policy.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import { inReadSession, type ReadSessionPort } from '../ports/read-session.js'
import type { TaskReader, TaskWriter } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, changeOf, defineUseCase, enforce, orAbort } from '../use-case/use-case.js'
import { newProgressReportId } from './new-progress-report-id.js'
import type { ProgressReportDraft } from './progress-report-draft.js'
import {
  PROGRESS_REPORT_INPUT_ERRORS,
  PROGRESS_REPORT_STORE_ERRORS,
  PROGRESS_REPORT_VALIDATION_ERRORS,
} from './progress-report-errors.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'

/**
 * A correction of a mistaken progress report. Left out: every field keeps the value of the
 * report corrected (its day too, refused if that is in the future); give `percent: null` to
 * correct a figure to "no figure".
 */
export interface CorrectProgressReportInput extends ProgressReportDraft {
  /** The report to correct. One that is no UUID names no report. */
  readonly reportId: ProgressReportId
  /** What was wrong in the corrected report. */
  readonly reason: string
}

/**
 * The correcting report (its `correctsId` the report it supersedes), or the first one filed
 * with the same idempotency key.
 */
export interface CorrectProgressReportOutput {
  readonly report: ProgressReport
}

/** What {@link correctProgressReport} reads before it writes, in one read session when it has one. */
export interface CorrectProgressReportReaders {
  readonly tasks: Pick<TaskReader, 'findById' | 'progressReportsByIds'>
  readonly organizations: Pick<OrganizationReader, 'findByIds' | 'findByCode' | 'ancestorsOf'>
}

/** The ports {@link correctProgressReport} calls. */
export interface CorrectProgressReportPorts
  extends CorrectProgressReportReaders,
    ReadSessionPort<CorrectProgressReportReaders> {
  readonly tasks: Pick<TaskReader, 'findById' | 'progressReportsByIds'> &
    Pick<TaskWriter, 'appendProgressReport'>
}

/**
 * Corrects a mistaken progress report (đính chính báo cáo) with a new report that supersedes
 * it: the mistaken one stays stored and readable, and no longer counts. A report is corrected
 * at most once (`REPORT_ALREADY_CORRECTED`: correct its correction instead). The policy must let
 * the caller correct it (`progress.correct`): whoever could have filed it — its organisation,
 * an editor above it, an admin. A report of a hidden task, of another tenant, or none at all is
 * the same `PROGRESS_REPORT_NOT_FOUND`.
 *
 * The key and a given day are checked first, on the input alone. The report, its task and the
 * policy's decision are read in one read session, ended before the write. A retry with the
 * same idempotency key returns the first correction and writes nothing more.
 *
 * @example
 * ```ts
 * const result = await correctProgressReport(context, { reportId, percent: 45, reason: 'Nhầm số liệu' })
 * if (result.ok) result.value.report.correctsId // reportId
 * ```
 */
export const correctProgressReport = defineUseCase({
  name: 'correctProgressReport',
  errors: [
    ...PROGRESS_REPORT_INPUT_ERRORS,
    'PROGRESS_REPORT_NOT_FOUND',
    ...TASK_ACCESS_ERRORS,
    ...PROGRESS_REPORT_VALIDATION_ERRORS,
    'REASON_REQUIRED',
    ...PROGRESS_REPORT_STORE_ERRORS,
    'REPORT_ALREADY_CORRECTED',
  ],
  async run(
    context: UseCaseContext<CorrectProgressReportPorts>,
    input: CorrectProgressReportInput,
  ): Promise<CorrectProgressReportOutput> {
    const idempotencyKey = orAbort(readIdempotencyKey(input.idempotencyKey))
    const today = context.clock.today()
    if (input.reportedOn != null) orAbort(checkReportDate(input.reportedOn, today))
    const corrected = await reportToCorrect(context, input.reportId)
    const reportedOn = orAbort(checkReportDate(input.reportedOn ?? corrected.reportedOn, today))
    const appended = await context.ports.tasks.appendProgressReport(
      {
        id: newProgressReportId(),
        taskId: corrected.taskId,
        reportedOn,
        organizationId: corrected.organizationId,
        percent: input.percent === undefined ? corrected.percent : input.percent,
        narrative: input.narrative ?? corrected.narrative,
        evidence: input.evidence ?? corrected.evidence,
        period: input.period === undefined ? (corrected.period ?? null) : input.period,
        correctsId: corrected.id,
        reason: input.reason,
      },
      changeOf(context),
      idempotencyKey,
    )
    return { report: orAbort(namingReportId(appended)) }
  },
})

/** What {@link correctProgressReport} may fail with. */
export const CORRECT_PROGRESS_REPORT_ERRORS = correctProgressReport.errors

/** A code {@link correctProgressReport} may fail with. */
export type CorrectProgressReportError = UseCaseErrorOf<typeof correctProgressReport>

/**
 * The report to correct, read at the caller's clearance, once the caller is known to be one who
 * could have filed it. A report of a hidden task, of another tenant, or none at all: the same
 * `PROGRESS_REPORT_NOT_FOUND`.
 */
async function reportToCorrect(
  context: UseCaseContext<CorrectProgressReportPorts>,
  reportId: ProgressReportId,
): Promise<ProgressReport> {
  if (!isUuid(reportId)) abort(progressReportNotFound(['reportId']))
  const id = reportId.toLowerCase() as ProgressReportId
  return inReadSession(context.ports, async (readers) => {
    const [report] = await readers.tasks.progressReportsByIds([id])
    const task = report ? await readers.tasks.findById(report.taskId) : null
    if (!report || !task) abort(progressReportNotFound(['reportId']))
    const [filer] = await organizationCodes(readers.organizations, [report.organizationId], [[]])
    const tree = organizationTreeOf(readers.organizations)
    enforce(await mayCorrectProgressReport(context.caller, filer ?? '', tree))
    return report
  })
}

/** The store's answer with the input's name for the corrected report: `reportId`, not `correctsId`. */
function namingReportId<T>(result: Result<T, DomainError>): Result<T, DomainError> {
  if (result.ok) return result
  const { error } = result
  const path = Object.freeze(error.path.map((part) => (part === 'correctsId' ? 'reportId' : part)))
  return err(Object.freeze({ ...error, path }))
}
