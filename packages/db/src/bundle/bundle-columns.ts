import {
  asId,
  type Bundle,
  type BundleAssessment,
  type BundleDirective,
  type BundleMembership,
  type BundleOrganization,
  type BundleProgressReport,
  type BundleRelation,
  type BundleTask,
  bundleTaskRef,
  type Deadline,
  type DirectiveId,
  type NewDirective,
  type OrganizationId,
  parseDocumentSymbol,
  resolveBundleDirective,
  type Secrecy,
  type TaskId,
} from '@chidao/domain'
import type { Transaction } from 'kysely'
import { type AssessmentColumns, assessmentColumns } from '../assessment/assessment-columns.js'
import { type RelationColumns, relationColumns } from '../directive/relation-columns.js'
import { type MembershipColumns, membershipColumns } from '../organization/membership-columns.js'
import {
  type OrganizationColumns,
  organizationColumns,
} from '../organization/organization-columns.js'
import type { ChidaoSchema } from '../schema.js'
import {
  type ProgressReportColumns,
  progressReportColumns,
} from '../task/progress-report-columns.js'
import { BUNDLE_KEY_OWNER } from '../task/report-idempotency-key.js'
import {
  type TaskColumns,
  type TaskStatusColumns,
  taskColumns,
  taskStatusColumns,
} from '../task/task-columns.js'
import { type TaskEventColumns, taskEventColumns } from '../task/task-event-columns.js'
import { fenceTransaction } from '../tenant/tenant-transaction.js'

// A bundle's records name each other by natural key (organisation code, directive ref, task
// ref); the importer and the bulk loader resolve those to ids, each in its own way, and pass
// them here. The columns themselves come from each table's mapping.

/**
 * How the natural keys of a bundle become row ids while it is written: organisation codes,
 * directive refs and task refs. Both the importer and the bulk loader provide one.
 */
export interface BundleIds {
  organization(code: string | null): string | null
  directive(ref: string): string
  task(ref: string): string | null
}

/** The columns of a bundle organisation (all but its code and links), dissolution included. */
export function bundleOrganizationColumns(
  org: BundleOrganization,
): OrganizationColumns & { dissolved_on: string | null } {
  return { ...organizationColumns(org), dissolved_on: org.dissolvedOn }
}

/** The columns of a bundle membership. */
export function bundleMembershipColumns(
  m: BundleMembership,
  ids: Pick<BundleIds, 'organization'>,
): MembershipColumns {
  return membershipColumns({
    memberId: ids.organization(m.member)!,
    unionId: ids.organization(m.union)!,
    from: m.from,
    to: m.to,
  })
}

/**
 * A bundle directive as the domain's new directive, its symbol parsed, for
 * `directiveKeyColumns` and `directiveColumns`.
 */
export function bundleNewDirective(d: BundleDirective): NewDirective {
  const symbol = parseDocumentSymbol(d.symbol)
  if (!symbol.ok) throw new Error(`bundle directive ${d.symbol} does not parse`)
  return {
    kind: d.kind,
    symbol: symbol.value,
    symbolText: d.symbol,
    issuerOrganizationCode: d.issuer,
    issuerTerm: d.issuerTerm,
    issuedOn: d.issuedOn,
    title: d.title,
    secrecy: d.secrecy,
    urgency: d.urgency,
    sections: d.sections,
    reportingRule: d.reportingRule
      ? {
          text: d.reportingRule.text,
          cadences: d.reportingRule.cadences,
          dueDays: d.reportingRule.dueDays,
        }
      : null,
    warnings: [],
  }
}

/** The columns of a bundle relation. */
export function bundleRelationColumns(
  r: BundleRelation,
  ids: Pick<BundleIds, 'directive'>,
): RelationColumns {
  return relationColumns({
    sourceId: ids.directive(r.from),
    targetId: ids.directive(r.to),
    type: r.type,
    effectiveOn: r.effectiveOn,
  })
}

/** The columns a bundle task sets: all but ids, keys, parent and coordinators. */
export function bundleTaskColumns(
  task: BundleTask,
  ids: Pick<BundleIds, 'organization'>,
): TaskColumns & TaskStatusColumns {
  const duty = task.reportingDuty
  return {
    ...taskColumns({
      reference: task.reference,
      title: task.title,
      description: task.description,
      leadId: ids.organization(task.lead)!,
      monitorId: ids.organization(task.monitor),
      deadline: bundleDeadlineInForce(task),
      reportingDuty:
        duty === null
          ? null
          : { cadence: duty.cadence, recipientId: ids.organization(duty.recipient)! },
    }),
    ...taskStatusColumns(task),
  }
}

/**
 * A bundle task's progress reports with their columns, each under the key bundles give it
 * (`bundle:<task ref>:<day>:<organisation>:<n>`, owned by `bundle`), so that an import after an
 * import or a bulk load appends nothing twice.
 */
export function bundleReportColumns(
  task: BundleTask,
  taskId: string,
  ids: Pick<BundleIds, 'organization'>,
): { report: BundleProgressReport; columns: ProgressReportColumns }[] {
  const seen = new Map<string, number>()
  return task.progressReports.map((report) => {
    const base = `bundle:${bundleTaskRef(task)}:${report.reportedOn}:${report.organization}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    const columns = progressReportColumns(
      { ...report, taskId, organizationId: ids.organization(report.organization)! },
      { owner: BUNDLE_KEY_OWNER, key: `${base}:${n}` },
    )
    return { report, columns }
  })
}

/**
 * The lifecycle event that leads a task from `from` (`null`: a new task) to the status its
 * bundle sets, so that a task's history reads the same whether it changed through the API or
 * through a bundle; `null` when the status is unchanged.
 */
export function bundleEventColumns(
  from: string | null,
  task: BundleTask,
  bundle: Bundle,
  actor: string,
): TaskEventColumns | null {
  const type = importEventType(from, task.status)
  if (type === null) return null
  return taskEventColumns(
    {
      type,
      on: importEventDay(task, bundle),
      from: from ?? 'NOT_STARTED',
      to: task.status,
      reason: 'bundle import / nhập từ gói dữ liệu',
    },
    actor,
  )
}

/**
 * The deadline in force of a bundle task: the one edited after its last extension, if it was;
 * else its last extension's; else its own (the original).
 *
 * @example
 * ```ts
 * bundleDeadlineInForce(task)?.text // '31/12/2022' after one extension of "tháng 9/2022"
 * ```
 */
export function bundleDeadlineInForce(task: BundleTask): Deadline | null {
  if (task.deadlineInForce !== undefined) return task.deadlineInForce
  return task.extensions.at(-1)?.deadline ?? task.deadline
}

/**
 * The events a bundle writes for a task, in the order of their days: the lifecycle event that
 * leads it from `from` (`null`: a new task) to its status, if it changed, and its deadline
 * extensions from the `known`-th on (those before are stored already). An extension leaves the
 * status as it stood on its day; on the day of the status event, the extension comes first.
 *
 * @example
 * ```ts
 * const rows = bundleTaskEventColumns(null, task, bundle, 'bundle', 0)
 * ```
 */
export function bundleTaskEventColumns(
  from: string | null,
  task: BundleTask,
  bundle: Bundle,
  actor: string,
  known = 0,
): TaskEventColumns[] {
  const status = bundleEventColumns(from, task, bundle, actor)
  const before = from ?? 'NOT_STARTED'
  const extensions = task.extensions.map((extension, index) => {
    const standing =
      status !== null && status.occurred_on < extension.on ? status.to_status : before
    return taskEventColumns(
      {
        type: 'DEADLINE_EXTENDED',
        on: extension.on,
        from: standing,
        to: standing,
        reason: extension.reason,
        previousDeadline:
          extension.previousDeadline ??
          (index === 0 ? task.deadline : task.extensions[index - 1]!.deadline),
        deadline: extension.deadline,
        document: extension.document,
      },
      actor,
    )
  })
  const events = [
    ...extensions.slice(known).map((columns) => ({ columns, rank: 0 })),
    ...(status === null ? [] : [{ columns: status, rank: 1 }]),
  ]
  events.sort(
    (a, b) => a.columns.occurred_on.localeCompare(b.columns.occurred_on) || a.rank - b.rank,
  )
  return events.map((e) => e.columns)
}

/** The columns of a bundle assessment (all but ids and its key). */
export function bundleAssessmentColumns(a: BundleAssessment, ids: BundleIds): AssessmentColumns {
  const subject = a.subject
  return assessmentColumns({
    kind: a.kind,
    subject:
      subject.kind === 'TASK'
        ? { kind: 'TASK', taskId: asId<TaskId>(ids.task(subject.task)!) }
        : subject.kind === 'ORGANIZATION_YEAR'
          ? {
              kind: 'ORGANIZATION_YEAR',
              organizationId: asId<OrganizationId>(ids.organization(subject.organization)!),
              year: subject.year,
            }
          : {
              kind: 'DIRECTIVE_IMPLEMENTATION',
              directiveId: asId<DirectiveId>(ids.directive(subject.directive)),
              organizationId: asId<OrganizationId>(ids.organization(subject.organization)!),
            },
    period: a.period,
    title: a.title,
    assessorId: ids.organization(a.assessor)!,
    assessedOn: a.assessedOn,
    findings: a.findings,
    // The requesting body stays a code, as bundles write it, so an export gives it back.
    socialCritique: a.socialCritique,
    score: a.rating?.score ?? null,
    rating: a.rating?.level ?? null,
    ratingRulesId: a.rating?.rules ?? null,
  })
}

/** The lifecycle event that takes a task from one status to another, for an import. */
function importEventType(from: string | null, to: string): string | null {
  const start = from ?? 'NOT_STARTED'
  if (start === to) return null
  switch (to) {
    case 'COMPLETED':
    case 'CANCELLED':
    case 'PAUSED':
      return to
    case 'IN_PROGRESS':
      return start === 'PAUSED' ? 'RESUMED' : start === 'NOT_STARTED' ? 'STARTED' : 'REOPENED'
    default:
      return 'REOPENED'
  }
}

/**
 * The day a status set by a bundle took effect, as near as the bundle tells: the completion
 * day, else the first progress report, else the day the directive was issued.
 */
function importEventDay(task: BundleTask, bundle: Bundle): string {
  if (task.completedOn) return task.completedOn
  const first = [...task.progressReports].map((r) => r.reportedOn).sort()[0]
  if (first) return first
  return resolveBundleDirective(bundle, task.directive)?.issuedOn ?? '1970-01-01'
}

/**
 * Opens a bundle's writing in `trx`: creates or updates the tenant row (the owner's to write:
 * its name and description, never secret), then fences the rest of the transaction to that
 * tenant and the writer's clearance as the application role, so that row-level security applies
 * to every read and write that follows.
 */
export async function beginBundleWrite(
  trx: Transaction<ChidaoSchema>,
  bundle: Bundle,
  clearance: Secrecy,
): Promise<void> {
  const details = {
    name: bundle.tenant.name,
    title: bundle.title,
    description: bundle.description,
    source: bundle.source,
  }
  await trx
    .insertInto('tenant')
    .values({ id: bundle.tenant.id, ...details })
    .onConflict((oc) => oc.column('id').doUpdateSet(details))
    .execute()
  await fenceTransaction(trx, bundle.tenant.id, clearance)
}
