import type {
  DirectiveId,
  OrganizationId,
  ProgressReport,
  ProgressReportId,
  Task,
  TaskId,
} from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { TaskReader } from '../ports/task-store.js'
import { defineRead, type UseCaseContext } from '../use-case/use-case.js'

/** What a subscriber asked to hear of: a subtree of organisations, a document, or both. */
export interface LiveScope {
  /** Tasks led by this organisation or a body below it (reports also: made by one of them). */
  readonly organizationId: OrganizationId | null
  /** Tasks of this document. */
  readonly directiveId: DirectiveId | null
}

/** The ports {@link loadTaskInLiveScope} and {@link loadProgressReportInLiveScope} call. */
export interface LoadInLiveScopePorts {
  readonly tasks: Pick<TaskReader, 'findById' | 'progressReportsByIds'>
  readonly organizations: Pick<OrganizationReader, 'ancestorsOfMany'>
}

/**
 * The task a live event names, read afresh at the caller's clearance, when it falls in the
 * scope they subscribed to (of the document asked, led in the subtree asked); `null` when it
 * does not or when they may not see it, so that they never learn it changed. Never fails.
 *
 * @example
 * ```ts
 * const result = await loadTaskInLiveScope(context, { taskId, scope: { organizationId, directiveId: null } })
 * if (result.ok && result.value) push(result.value)
 * ```
 */
export const loadTaskInLiveScope = defineRead(
  'loadTaskInLiveScope',
  async (
    context: UseCaseContext<LoadInLiveScopePorts>,
    input: { readonly taskId: TaskId; readonly scope: LiveScope },
  ): Promise<Task | null> => {
    const task = await context.ports.tasks.findById(input.taskId)
    if (!task) return null
    return (await inScope(context.ports, task, [task.leadId], input.scope)) ? task : null
  },
)

/**
 * The progress report a live event names, read afresh at the caller's clearance, when its task
 * falls in the scope they subscribed to (led in the subtree, or the report made in it); `null`
 * when it does not, or when they may not see its task. Never fails.
 *
 * @example
 * ```ts
 * const result = await loadProgressReportInLiveScope(context, { reportId, scope })
 * ```
 */
export const loadProgressReportInLiveScope = defineRead(
  'loadProgressReportInLiveScope',
  async (
    context: UseCaseContext<LoadInLiveScopePorts>,
    input: { readonly reportId: ProgressReportId; readonly scope: LiveScope },
  ): Promise<ProgressReport | null> => {
    const [report] = await context.ports.tasks.progressReportsByIds([input.reportId])
    const task = report ? await context.ports.tasks.findById(report.taskId) : null
    if (!report || !task) return null
    const makers = [task.leadId, report.organizationId]
    return (await inScope(context.ports, task, makers, input.scope)) ? report : null
  },
)

/** Whether the task is of the document asked, and one of `organizations` in the subtree asked. */
async function inScope(
  ports: LoadInLiveScopePorts,
  task: Task,
  organizations: readonly OrganizationId[],
  scope: LiveScope,
): Promise<boolean> {
  if (scope.directiveId !== null && task.directiveId !== scope.directiveId) return false
  const root = scope.organizationId
  if (root === null) return true
  if (organizations.includes(root)) return true
  const ancestors = await ports.organizations.ancestorsOfMany(organizations)
  return ancestors.some((list) => list.some((organization) => organization.id === root))
}
