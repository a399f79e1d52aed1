import {
  type LiveScope,
  loadProgressReportInLiveScope,
  loadTaskInLiveScope,
  reminders,
  type StoredReminder,
} from '@chidao/app'
import {
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

/** What a subscriber asked to hear of (`LiveScope` of `@chidao/app`). */
export type { LiveScope }

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
    const input = { taskId: event.taskId, scope }
    const task = queryResultOf(await loadTaskInLiveScope(useCaseContext(reading), input))
    return task ? { ...task } : null
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
    const input = { reportId: event.reportId, scope }
    const report = queryResultOf(
      await loadProgressReportInLiveScope(useCaseContext(reading), input),
    )
    return report ? { ...report } : null
  })
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
