import type { ErrorPath } from '../../domain-error.js'
import { withPathPrefix } from '../../domain-error.js'
import type { TaskId, TenantId } from '../../ids.js'
import { extendDeadline } from '../../task/extend-deadline.js'
import { createTask, type NewTask, type Task } from '../../task/task.js'
import type { BundleExtension, BundleExtensionInput } from '../bundle.js'
import type { BundleRecord } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'
import type { SectionContext } from './section-context.js'

/** The fields of a deadline extension (gia hạn) of a task. */
export const EXTENSION_FIELDS = fieldsOf<BundleExtensionInput>({
  on: 'required',
  deadline: 'required',
  document: 'required',
  reason: 'required',
})

/**
 * Reads the deadline extensions of a task, in order, each applied by the domain's
 * `extendDeadline` to the task as the ones before left it: the task's own deadline is the
 * original one, each extension sets a later one (`DEADLINE_NOT_LATER`), on a day not before the
 * previous (`EVENT_BEFORE_PREVIOUS`), with a reason and the approving document's symbol
 * (`INVALID_DOCUMENT_SYMBOL`). Errors carry the path of the extension's field. `task` is the
 * validated task, or `undefined` when it has errors of its own (then only the fields are read).
 *
 * @example
 * ```ts
 * draft.extensions = parseExtensions(context, record, ['tasks', 3], draft.value)
 * ```
 */
export function parseExtensions(
  { reader, standIns }: SectionContext,
  record: BundleRecord,
  path: ErrorPath,
  task: NewTask | undefined,
): BundleExtension[] {
  const extensions: BundleExtension[] = []
  // The task as the extensions find it, not started: a bundle's status comes after them.
  let current: Task | undefined =
    task === undefined
      ? undefined
      : createTask(task, { id: standIns.fresh() as TaskId, tenantId: 'bundle' as TenantId })
  reader.list(record, 'extensions', path, (item, itemPath) => {
    const extension = reader.record(item, itemPath, EXTENSION_FIELDS)
    if (extension === undefined) return
    const on = reader.field(extension, 'on', itemPath, 'date')
    const deadline = reader.field(extension, 'deadline', itemPath, 'string')
    const document = reader.field(extension, 'document', itemPath, 'string')
    const reason = reader.field(extension, 'reason', itemPath, 'string')
    if (current === undefined || on === undefined || deadline === undefined) return
    if (document === undefined || reason === undefined) return
    const extended = extendDeadline(current, { on, deadline, document, reason })
    if (!extended.ok) {
      reader.addUnlessCovered(withPathPrefix(extended.error, itemPath))
      return
    }
    const { event } = extended.value
    current = extended.value.task
    extensions.push(
      Object.freeze({
        on: event.on,
        deadline: event.deadline,
        document: event.document,
        reason: event.reason ?? reason,
      }),
    )
  })
  return extensions
}
