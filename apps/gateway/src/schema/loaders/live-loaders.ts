import type {
  DirectiveId,
  OrganizationId,
  ProgressReport,
  ProgressReportId,
  Task,
  TaskId,
  TenantId,
} from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { withReadSession } from '../../read-session.js'

/** What a subscriber asked to hear of: a subtree of organisations, a directive, or both. */
export interface LiveScope {
  /** Tasks led by this organisation or a body below it (reports also: made by one of them). */
  readonly organizationId: OrganizationId | null
  /** Tasks of this directive. */
  readonly directiveId: DirectiveId | null
}

/**
 * The task an event names, read afresh as the subscriber reads it in a query (tenant and
 * clearance, in one read transaction), when it falls in their scope; `null` when it does not,
 * or when they may not see it — which they then never learn of, not even that it changed.
 *
 * @example
 * ```ts
 * const task = await taskForSubscriber(context, event, { organizationId, directiveId: null })
 * if (task) push(task)
 * ```
 */
export function taskForSubscriber(
  context: GatewayContext,
  event: { readonly tenantId: TenantId; readonly taskId: TaskId },
  scope: LiveScope,
): Promise<Task | null> {
  if (event.tenantId !== context.tenant.tenantId) return Promise.resolve(null)
  return withReadSession(context, async (reading) => {
    const task = await reading.tenant.tasks.findById(event.taskId)
    if (!task || !(await inScope(reading, task, [task.leadId], scope))) return null
    return { ...task }
  })
}

/**
 * The progress report an event names, read afresh as the subscriber reads it in a query, when
 * its task falls in their scope (led in the subtree, or the report made in it); `null` when it
 * does not, or when they may not see its task.
 *
 * @example
 * ```ts
 * const report = await progressReportForSubscriber(context, event, scope)
 * ```
 */
export function progressReportForSubscriber(
  context: GatewayContext,
  event: {
    readonly tenantId: TenantId
    readonly taskId: TaskId
    readonly reportId: ProgressReportId
  },
  scope: LiveScope,
): Promise<ProgressReport | null> {
  if (event.tenantId !== context.tenant.tenantId) return Promise.resolve(null)
  return withReadSession(context, async (reading) => {
    const [report] = await reading.tenant.tasks.progressReportsByIds([event.reportId])
    const task = report ? await reading.tenant.tasks.findById(report.taskId) : null
    if (!report || !task) return null
    const makers = [task.leadId, report.organizationId]
    return (await inScope(reading, task, makers, scope)) ? { ...report } : null
  })
}

/** Whether the task is of the directive asked, and one of `organizations` in the subtree asked. */
async function inScope(
  reading: GatewayContext,
  task: Task,
  organizations: readonly OrganizationId[],
  scope: LiveScope,
): Promise<boolean> {
  if (scope.directiveId !== null && task.directiveId !== scope.directiveId) return false
  const root = scope.organizationId
  if (root === null) return true
  if (organizations.includes(root)) return true
  const ancestors = await reading.tenant.organizations.ancestorsOfMany(organizations)
  return ancestors.some((list) => list.some((organization) => organization.id === root))
}
