import {
  checkReportDate,
  type OrganizationId,
  type ProgressReport,
  readIdempotencyKey,
  type Task,
  type TaskId,
} from '@chidao/domain'
import type { Caller } from '../caller.js'
import type { PolicyFactsPorts } from '../directive/directive-facts.js'
import { organizationCodes } from '../organization/organization-codes.js'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayReportProgress } from '../policy/policy.js'
import { inReadSession, type ReadSessionPort } from '../ports/read-session.js'
import type { TaskReader, TaskWriter } from '../ports/task-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, enforce, orAbort } from '../use-case/use-case.js'
import { newProgressReportId } from './new-progress-report-id.js'
import type { ProgressReportDraft } from './progress-report-draft.js'
import {
  PROGRESS_REPORT_INPUT_ERRORS,
  PROGRESS_REPORT_STORE_ERRORS,
  PROGRESS_REPORT_VALIDATION_ERRORS,
} from './progress-report-errors.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { visibleTaskWithFacts } from './task-facts.js'

/**
 * A progress report on a task. Left out: the day is today, the figure and the narrative none,
 * the organisation the caller's own when it leads or coordinates the task, else the lead.
 */
export interface ReportProgressInput extends ProgressReportDraft {
  readonly taskId: TaskId
  /** The organisation the report is filed in the name of. */
  readonly organizationId?: OrganizationId | null
}

/** The report as stored, or the first one filed with the same idempotency key. */
export interface ReportProgressOutput {
  readonly report: ProgressReport
}

/** What {@link reportProgress} reads before it writes, in one read session when it has one. */
export interface ReportProgressReaders extends PolicyFactsPorts {
  readonly tasks: Pick<TaskReader, 'findById'>
}

/** The ports {@link reportProgress} calls. */
export interface ReportProgressPorts
  extends ReportProgressReaders,
    ReadSessionPort<ReportProgressReaders> {
  readonly tasks: Pick<TaskReader, 'findById'> & Pick<TaskWriter, 'appendProgressReport'>
}

/**
 * Files a progress report on a task (báo cáo tiến độ); reports are appended, never changed. It
 * is filed in the name of an organisation that leads or coordinates the task
 * (`ORGANIZATION_NOT_ON_TASK`), which the policy must let the caller speak for
 * (`progress.report`): a reporter its own, an editor one in its subtree, an admin any.
 *
 * The key and the day are checked first, on the input alone: they answer the same whatever
 * the task is, and whether the caller may see it. The task, the policy's facts and its
 * decision are read in one read session, ended before the write. A retry with the same
 * idempotency key returns the first report and writes nothing more.
 *
 * @example
 * ```ts
 * const result = await reportProgress(context, { taskId, percent: 40, idempotencyKey: 'bc-q1' })
 * if (result.ok) result.value.report.percent // 40
 * ```
 */
export const reportProgress = defineUseCase({
  name: 'reportProgress',
  errors: [
    ...PROGRESS_REPORT_INPUT_ERRORS,
    ...TASK_ACCESS_ERRORS,
    'ORGANIZATION_NOT_ON_TASK',
    ...PROGRESS_REPORT_VALIDATION_ERRORS,
    ...PROGRESS_REPORT_STORE_ERRORS,
  ],
  async run(
    context: UseCaseContext<ReportProgressPorts>,
    input: ReportProgressInput,
  ): Promise<ReportProgressOutput> {
    const { ports, caller } = context
    const idempotencyKey = orAbort(readIdempotencyKey(input.idempotencyKey))
    const today = context.clock.today()
    const reportedOn = orAbort(checkReportDate(input.reportedOn ?? today, today))
    const { taskId, organizationId } = await inReadSession(ports, async (readers) => {
      const { task, facts } = await visibleTaskWithFacts(readers, input.taskId, ['taskId'])
      const organizationId =
        input.organizationId ?? (await reportingOrganization(readers, caller, task))
      const [code] = await organizationCodes(
        readers.organizations,
        [organizationId],
        [['organizationId']],
      )
      const tree = organizationTreeOf(readers.organizations)
      enforce(await mayReportProgress(caller, facts, code ?? '', tree))
      return { taskId: task.id, organizationId }
    })
    const report = await ports.tasks.appendProgressReport(
      {
        id: newProgressReportId(),
        taskId,
        reportedOn,
        organizationId,
        percent: input.percent ?? null,
        narrative: input.narrative ?? null,
        evidence: input.evidence ?? null,
        period: input.period ?? null,
      },
      changeOf(context),
      idempotencyKey,
    )
    return { report: orAbort(report) }
  },
})

/** What {@link reportProgress} may fail with. */
export const REPORT_PROGRESS_ERRORS = reportProgress.errors

/** A code {@link reportProgress} may fail with. */
export type ReportProgressError = UseCaseErrorOf<typeof reportProgress>

/**
 * The organisation a report names none for is filed in the name of: the caller's own when it
 * leads or coordinates the task; else the task's lead (the policy then decides).
 */
async function reportingOrganization(
  readers: ReportProgressReaders,
  caller: Caller,
  task: Task,
): Promise<OrganizationId> {
  const code = caller.organizationCode
  const own = code ? ((await readers.organizations.findByCode(code))?.id ?? null) : null
  return own && (own === task.leadId || task.coordinatorIds.includes(own)) ? own : task.leadId
}
