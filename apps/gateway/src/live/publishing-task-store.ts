import type { TaskStore, TaskWriter } from '@chidao/app'
import type { ProgressReport, Task, TenantId } from '@chidao/domain'
import type { LiveEvents } from './live-events.js'

/**
 * The task store of a request, telling the live events of each task it writes and of each
 * progress report it appends: `task-changed` for a task created, changed, moved in its
 * lifecycle, extended or reassigned, or asked for an extension or refused one;
 * `progress-reported` and `task-changed` (its `progress`
 * and `version` moved) for a report or a correction.
 *
 * Each write of the store is one transaction, and a write resolves once it committed: an event
 * is published then, and only for a write that succeeded, so a subscriber never hears of a
 * change that was rolled back. Reads pass through untouched.
 *
 * @example
 * ```ts
 * const ports = { ...context.tenant, tasks: publishingTaskStore(context.tenant.tasks, live, tenantId) }
 * await reportProgress({ ports, caller, clock }, input) // then progress-reported, task-changed
 * ```
 */
export function publishingTaskStore(
  store: TaskStore,
  live: Pick<LiveEvents, 'publish'>,
  tenantId: TenantId,
): TaskStore {
  const changed = (task: Task) => live.publish('task-changed', { tenantId, taskId: task.id })
  const reported = (report: ProgressReport) => {
    live.publish('progress-reported', { tenantId, taskId: report.taskId, reportId: report.id })
    live.publish('task-changed', { tenantId, taskId: report.taskId })
  }
  const writer: TaskWriter = {
    async create(task, context) {
      const result = await store.create(task, context)
      if (result.ok) changed(result.value)
      return result
    },
    async createMany(tasks, context) {
      const result = await store.createMany(tasks, context)
      if (result.ok) result.value.forEach(changed)
      return result
    },
    async update(id, patch, expectedVersion, context) {
      const result = await store.update(id, patch, expectedVersion, context)
      if (result.ok) changed(result.value)
      return result
    },
    async transition(id, step, expectedVersion, context) {
      const result = await store.transition(id, step, expectedVersion, context)
      if (result.ok) changed(result.value.task)
      return result
    },
    async change(id, step, expectedVersion, context) {
      const result = await store.change(id, step, expectedVersion, context)
      if (result.ok) changed(result.value.task)
      return result
    },
    async appendProgressReport(input, context, idempotencyKey) {
      const result = await store.appendProgressReport(input, context, idempotencyKey)
      if (result.ok) reported(result.value)
      return result
    },
  }
  // The store's reads keep their own `this` (its private members); only the writes are wrapped.
  return new Proxy(store, {
    get(target, property) {
      if (Object.hasOwn(writer, property)) return writer[property as keyof TaskWriter]
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
