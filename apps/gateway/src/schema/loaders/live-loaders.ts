import {
  loadAncestorsOfOrganizations,
  loadProgressReportsByIds,
  loadTask,
  reminders,
  type StoredReminder,
} from '@chidao/app'
import {
  type DirectiveId,
  MAX_PAGE_SIZE,
  type OrganizationId,
  type ProgressReport,
  type ProgressReportId,
  type Task,
  type TaskId,
  type TenantId,
} from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { withReadSession } from '../../read-session.js'
import { useCaseContext } from '../../use-case-context.js'
import { queryResultOf } from '../support/query-result.js'

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
    const task = queryResultOf(await loadTask(useCaseContext(reading), { id: event.taskId }))
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
    const asSubscriber = useCaseContext(reading)
    const [report] = queryResultOf(
      await loadProgressReportsByIds(asSubscriber, { ids: [event.reportId] }),
    )
    const task = report ? queryResultOf(await loadTask(asSubscriber, { id: report.taskId })) : null
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
  const ancestors = queryResultOf(
    await loadAncestorsOfOrganizations(useCaseContext(reading), { ids: organizations }),
  )
  return ancestors.some((list) => list.some((organization) => organization.id === root))
}

/**
 * The reminders an event names that are in the subscriber's inbox — for their organisation or
 * a body below it, up to their clearance — read afresh as the inbox reads them, and only those
 * for `organizationId` when one is asked; `null` when none is, so that the subscriber never
 * learns that reminders they may not see were raised.
 *
 * @example
 * ```ts
 * const raised = await remindersForSubscriber(context, event, organizationId)
 * if (raised) push(raised)
 * ```
 */
export function remindersForSubscriber(
  context: GatewayContext,
  event: { readonly tenantId: TenantId; readonly reminderKeys: readonly string[] },
  organizationId: OrganizationId | null,
): Promise<StoredReminder[] | null> {
  if (event.tenantId !== context.tenant.tenantId || event.reminderKeys.length === 0)
    return Promise.resolve(null)
  return withReadSession(context, async (reading) => {
    const raised: StoredReminder[] = []
    const asSubscriber = useCaseContext(reading)
    // A planning run may raise more reminders than a page holds: read them a page at a time.
    for (let at = 0; at < event.reminderKeys.length; at += MAX_PAGE_SIZE) {
      const keys = event.reminderKeys.slice(at, at + MAX_PAGE_SIZE)
      const page = await reminders(asSubscriber, {
        first: keys.length,
        filter: { keys, organizationId },
      })
      if (page.ok) raised.push(...page.value.edges.map((edge) => edge.node))
    }
    return raised.length > 0 ? raised : null
  })
}
