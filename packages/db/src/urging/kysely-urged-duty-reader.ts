import type { UrgedDutyRange, UrgedDutyReader } from '@chidao/app'
import {
  asId,
  type Deadline,
  type DeadlineHistoryEvent,
  type DirectiveId,
  deadlineInForce,
  expectedReportDuty,
  type OrganizationId,
  type Secrecy,
  type TaskId,
  type TaskStatus,
  taskUrgedDuties,
  type UrgedDuty,
  withRecurringRule,
} from '@chidao/domain'
import { KyselyReportingCalendarReader } from '../reporting/kysely-reporting-calendar-reader.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'

/**
 * The duties the urging rules see, read in a few statements whatever the number of tasks:
 * the open tasks (with their lead's parent, their deadline in force and, for recurring work,
 * their reports) turned into duties by the domain's `taskUrgedDuties`, and the reporting
 * calendar's expected reports by `expectedReportDuty` (as secret as their task, or their
 * document when owed under its rule). Fenced by tenant and clearance like every reader.
 */
export class KyselyUrgedDutyReader implements UrgedDutyReader {
  readonly #runner: TenantRunner
  readonly #calendar: KyselyReportingCalendarReader

  constructor(executor: TenantExecutor, tenantId: string, clearance: Secrecy) {
    this.#runner = tenantRunner(executor, tenantId, clearance)
    this.#calendar = new KyselyReportingCalendarReader(executor, tenantId, clearance)
  }

  async urgedDuties(range: UrgedDutyRange): Promise<UrgedDuty[]> {
    const tasks = await this.#taskDuties(range)
    const reports = await this.#reportDuties(range)
    return [...tasks, ...reports]
  }

  async #taskDuties(range: UrgedDutyRange): Promise<UrgedDuty[]> {
    const { rows, history, reports } = await this.#runner(async (trx) => {
      const rows = await trx
        .selectFrom('task')
        .innerJoin('organization as lead', (j) =>
          j.onRef('lead.tenant_id', '=', 'task.tenant_id').onRef('lead.id', '=', 'task.lead_id'),
        )
        .select([
          'task.id',
          'task.directive_id',
          'task.lead_id',
          'lead.parent_id as lead_parent_id',
          'task.monitor_id',
          'task.status',
          'task.completed_on',
          'task.deadline',
          'task.deadline_kind',
          'task.secrecy',
          'task.last_extended_on',
        ])
        .where('task.status', '<>', 'CANCELLED')
        .where((eb) =>
          eb.or([eb('task.status', '<>', 'COMPLETED'), eb('task.completed_on', '>', range.asOf)]),
        )
        .where('task.deadline', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('task.deadline_kind', '=', 'RECURRING'),
            eb('task.deadline_due', '<=', range.to),
            eb('task.last_extended_on', '>', range.asOf),
          ]),
        )
        .execute()
      const extended = rows.filter(
        (r) => r.last_extended_on !== null && r.last_extended_on > range.asOf,
      )
      const recurring = rows.filter((r) => r.deadline_kind === 'RECURRING')
      const history =
        extended.length === 0
          ? []
          : await trx
              .selectFrom('task_event')
              .select(['task_id', 'type', 'occurred_on', 'previous_deadline'])
              .where('type', '=', 'DEADLINE_EXTENDED')
              .where(
                'task_id',
                'in',
                extended.map((r) => r.id),
              )
              .orderBy('occurred_on')
              .orderBy('id')
              .execute()
      const reports =
        recurring.length === 0
          ? []
          : await trx
              .selectFrom('progress_report')
              .select(['task_id', 'reported_on', 'period'])
              .where(
                'task_id',
                'in',
                recurring.map((r) => r.id),
              )
              .where('reported_on', '<=', range.asOf)
              .orderBy('reported_on')
              .execute()
      return { rows, history, reports }
    })
    const historyOf = groupBy(history, (e) => e.task_id)
    const reportsOf = groupBy(reports, (r) => r.task_id)
    return rows.flatMap((row) => {
      const deadline = deadlineInForce(
        {
          deadline: asDeadline(row.deadline),
          history: (historyOf.get(row.id) ?? []).map(
            (e): DeadlineHistoryEvent => ({
              type: e.type,
              on: e.occurred_on,
              previousDeadline: asDeadline(e.previous_deadline),
            }),
          ),
        },
        range.asOf,
      )
      return taskUrgedDuties(
        {
          id: asId<TaskId>(row.id),
          directiveId: asId<DirectiveId>(row.directive_id),
          leadId: asId<OrganizationId>(row.lead_id),
          leadParentId: row.lead_parent_id ? asId<OrganizationId>(row.lead_parent_id) : null,
          monitorId: row.monitor_id ? asId<OrganizationId>(row.monitor_id) : null,
          status: row.status as TaskStatus,
          completedOn: row.completed_on,
          deadline,
          reports: (reportsOf.get(row.id) ?? []).map((r) => ({
            reportedOn: r.reported_on,
            period: r.period,
          })),
          secrecy: row.secrecy as Secrecy,
        },
        { from: range.from, to: range.to },
      )
    })
  }

  async #reportDuties(range: UrgedDutyRange): Promise<UrgedDuty[]> {
    const { expectedReports } = await this.#calendar.reportingCalendar({
      from: range.from,
      to: range.to,
      asOf: range.asOf,
    })
    if (expectedReports.length === 0) return []
    const owners = [...new Set(expectedReports.map((e) => e.organizationId as string))]
    const taskIds = [...new Set(expectedReports.flatMap((e) => (e.taskId ? [e.taskId] : [])))]
    const directiveIds = [...new Set(expectedReports.map((e) => e.directiveId as string))]
    const { parents, secrecies } = await this.#runner(async (trx) => {
      const parents = await trx
        .selectFrom('organization')
        .select(['id', 'parent_id'])
        .where('id', 'in', owners)
        .execute()
      const directives = trx
        .selectFrom('directive')
        .select(['id', 'secrecy'])
        .where('id', 'in', directiveIds)
      const secrecies = await (taskIds.length
        ? directives.unionAll(
            trx.selectFrom('task').select(['id', 'secrecy']).where('id', 'in', taskIds),
          )
        : directives
      ).execute()
      return { parents, secrecies }
    })
    const parentOf = new Map(parents.map((p) => [p.id, p.parent_id]))
    const secrecyOf = new Map(secrecies.map((s) => [s.id, s.secrecy as Secrecy]))
    return expectedReports.map((expected) => {
      const parent = parentOf.get(expected.organizationId) ?? null
      return expectedReportDuty(expected, {
        ownerParentId: parent ? asId<OrganizationId>(parent) : null,
        secrecy:
          secrecyOf.get(expected.taskId ?? expected.directiveId) ??
          secrecyOf.get(expected.directiveId) ??
          'PUBLIC',
      })
    })
  }
}

function asDeadline(value: unknown): Deadline | null {
  return value === null || value === undefined
    ? null
    : withRecurringRule(Object.freeze({ ...(value as Deadline) }))
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = groups.get(key)
    if (list) list.push(item)
    else groups.set(key, [item])
  }
  return groups
}
