import type { IsoDate } from '../calendar/iso-date.js'
import type { PeriodReport } from '../calendar/report-status.js'
import type { Deadline } from '../deadline/deadline.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { DirectiveId, OrganizationId, TaskId } from '../ids.js'
import type { ExpectedReport } from '../reporting/expected-report.js'
import { judgeTaskPeriods } from '../task/task-periods.js'
import type { TaskStatus } from '../task/task-status.js'
import type { UrgedDuty } from './urged-duty.js'

/**
 * What the urging rules need of a task: who leads it and who is above the lead, who follows it,
 * how it stands, its deadline in force (after any extension), its progress reports (for
 * recurring work, each period's report) and its secrecy (its document's).
 *
 * @example
 * ```ts
 * const t: UrgedTaskFacts = { id, directiveId, leadId, leadParentId, monitorId, status: 'IN_PROGRESS', completedOn: null, deadline, reports: [], secrecy: 'PUBLIC' }
 * ```
 */
export interface UrgedTaskFacts {
  readonly id: TaskId
  readonly directiveId: DirectiveId
  readonly leadId: OrganizationId
  readonly leadParentId: OrganizationId | null
  readonly monitorId: OrganizationId | null
  readonly status: TaskStatus
  readonly completedOn: IsoDate | null
  readonly deadline: Deadline | null
  readonly reports: readonly PeriodReport[]
  readonly secrecy: Secrecy
}

// Far enough ahead that every report filed so far is seen: the day each period was answered
// is what counts, and the planner compares it with the day it plans.
const END_OF_TIME: IsoDate = '9999-12-31'

/**
 * The duties a task puts on its lead with due days up to `to`:
 * - a task with a due day (a date, month, quarter or year, as extended): one duty, done when
 *   the task was completed;
 * - recurring work: one report duty per period due from `from` to `to`, done on the day a
 *   report answered the period, or when the task was completed before the period was due;
 * - ongoing work, a conditional or an unread deadline, and a cancelled task: none (nothing has
 *   a day to urge by).
 *
 * @example
 * ```ts
 * taskUrgedDuties(task, { from: '2026-01-01', to: '2026-12-31' })
 * // [{ subject: { kind: 'TASK', taskId }, dueOn: '2026-06-30', settledOn: null, … }]
 * ```
 */
export function taskUrgedDuties(
  task: UrgedTaskFacts,
  range: { readonly from: IsoDate; readonly to: IsoDate },
): UrgedDuty[] {
  const deadline = task.deadline
  if (task.status === 'CANCELLED' || deadline === null) return []
  const completedOn = task.status === 'COMPLETED' ? (task.completedOn ?? '0001-01-01') : null
  const common = {
    ownerId: task.leadId,
    ownerParentId: task.leadParentId,
    monitorId: task.monitorId,
    secrecy: task.secrecy,
  }
  if (deadline.kind === 'RECURRING') {
    return judgeTaskPeriods(deadline, task.reports, range.from, range.to, END_OF_TIME)
      .filter((j) => completedOn === null || completedOn > j.period.due)
      .map((j) => ({
        ...common,
        subject: {
          kind: 'REPORT',
          directiveId: task.directiveId,
          taskId: task.id,
          period: j.period.key,
        },
        dueOn: j.period.due,
        settledOn: j.report?.reportedOn ?? null,
      }))
  }
  if (deadline.due === null || deadline.due > range.to) return []
  return [
    {
      ...common,
      subject: { kind: 'TASK', taskId: task.id },
      dueOn: deadline.due,
      settledOn: completedOn,
    },
  ]
}

/**
 * The duty an expected report of the reporting calendar puts on the organisation that owes it:
 * due on the period's due day, followed by the body the report goes to, done on the day of the
 * report that answered the period.
 *
 * @example
 * ```ts
 * expectedReportDuty(expected, { ownerParentId, secrecy: 'PUBLIC' }).subject.kind // 'REPORT'
 * ```
 */
export function expectedReportDuty(
  expected: ExpectedReport,
  facts: { readonly ownerParentId: OrganizationId | null; readonly secrecy: Secrecy },
): UrgedDuty {
  return {
    subject: {
      kind: 'REPORT',
      directiveId: expected.directiveId,
      taskId: expected.taskId,
      period: expected.period.key,
    },
    ownerId: expected.organizationId,
    ownerParentId: facts.ownerParentId,
    monitorId: expected.recipientId,
    dueOn: expected.due,
    settledOn: expected.report?.reportedOn ?? null,
    secrecy: facts.secrecy,
  }
}
