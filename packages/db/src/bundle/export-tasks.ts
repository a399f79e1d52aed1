import { isDeepStrictEqual } from 'node:util'
import {
  type BundleTask,
  bundleTaskRef,
  type Deadline,
  type DomainError,
  type RecurrenceCadence,
  type Secrecy,
  type TaskStatus,
  type TenantId,
} from '@chidao/domain'
import type { Transaction } from 'kysely'
import { sql } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { keysStoredTwice } from './bundle-export-conflict.js'
import type { OrganizationCodeOf } from './export-organizations.js'

/** The tasks section of a bundle, and the look-up assessments key by. */
export interface ExportedTasks {
  readonly tasks: readonly BundleTask[]
  /** A task's bundle ref (`06-CTr/TU#II.1`) by its stored id. */
  readonly refOf: ReadonlyMap<string, string>
  /** One `KEY_STORED_TWICE` per ref that names two stored tasks. */
  readonly conflicts: readonly DomainError[]
}

/**
 * Reads a tenant's tasks with their coordinators and the progress reports in force. A task
 * stored without a reference is given `~` + the start of its id.
 */
export async function exportTasks(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
  codeOf: OrganizationCodeOf,
  directiveRefOf: ReadonlyMap<string, string>,
): Promise<ExportedTasks> {
  const taskRows = await tenantRows(trx, 'task', tenantId).execute()
  const referenceOf = (row: (typeof taskRows)[number]) => row.reference ?? `~${row.id.slice(0, 8)}`
  const refOf = new Map(
    taskRows.map((row) => [
      row.id,
      bundleTaskRef({
        directive: directiveRefOf.get(row.directive_id)!,
        reference: referenceOf(row),
      }),
    ]),
  )
  const conflicts = keysStoredTwice(
    'tasks',
    taskRows.map((row) => ({
      key: refOf.get(row.id)!,
      secrecy: row.secrecy as Secrecy,
      label: `"${row.title.slice(0, 60)}"`,
    })),
  )
  const coordinatorRows = await tenantRows(trx, 'task_coordinator', tenantId)
    .orderBy('position')
    .execute()
  // The reports in force: a bundle has no corrections, so a superseded report is left out
  // and its correction stands in its place (never the mistake, re-imported elsewhere).
  const reportRows = await tenantRows(trx, 'progress_report', tenantId)
    .where(
      sql<boolean>`not exists (select 1 from progress_report c
        where c.tenant_id = progress_report.tenant_id and c.corrects_id = progress_report.id)`,
    )
    .orderBy('reported_on')
    .orderBy('created_at')
    .execute()
  // The extensions, oldest first: the first one keeps the original deadline, the bundle's own.
  const extensionRows = await tenantRows(trx, 'task_event', tenantId)
    .where('type', '=', 'DEADLINE_EXTENDED')
    .orderBy('id')
    .execute()
  const tasks: BundleTask[] = taskRows.map((row) => {
    const extensions = extensionRows.filter((e) => e.task_id === row.id)
    return {
      directive: directiveRefOf.get(row.directive_id)!,
      reference: referenceOf(row),
      title: row.title,
      description: row.description,
      lead: codeOf(row.lead_id)!,
      coordinators: coordinatorRows
        .filter((c) => c.task_id === row.id)
        .map((c) => codeOf(c.organization_id)!),
      monitor: codeOf(row.monitor_id),
      deadline: (extensions[0]?.previous_deadline ?? row.deadline) as Deadline | null,
      reportingDuty:
        row.reporting_cadence === null
          ? null
          : {
              cadence: row.reporting_cadence as RecurrenceCadence,
              recipient: codeOf(row.reporting_recipient_id)!,
            },
      parent: row.parent_id === null ? null : (refOf.get(row.parent_id) ?? null),
      status: row.status as TaskStatus,
      completedOn: row.completed_on,
      progressReports: reportRows
        .filter((r) => r.task_id === row.id)
        .map((r) => ({
          reportedOn: r.reported_on,
          organization: codeOf(r.organization_id)!,
          percent: r.percent === null ? null : Number(r.percent),
          narrative: r.narrative,
          evidence: r.evidence as readonly string[],
          period: r.period,
        })),
      extensions: extensions.map((e, index) => {
        // An edit between two extensions: the later one replaced the edited deadline.
        const before = index === 0 ? e.previous_deadline : extensions[index - 1]!.deadline
        return {
          on: e.occurred_on,
          deadline: e.deadline as Deadline,
          document: e.document_symbol ?? '',
          reason: e.reason ?? '',
          ...(isDeepStrictEqual(e.previous_deadline, before)
            ? {}
            : { previousDeadline: e.previous_deadline as Deadline }),
        }
      }),
      // An edit after the last extension (updateTask): the deadline in force is not its.
      ...(extensions.length === 0 || isDeepStrictEqual(row.deadline, extensions.at(-1)!.deadline)
        ? {}
        : { deadlineInForce: row.deadline as Deadline | null }),
    }
  })
  return { tasks, refOf, conflicts }
}
