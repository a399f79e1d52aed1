import type { Deadline } from '../../deadline/deadline.js'
import type { DeadlineContext } from '../../deadline/deadline-context.js'
import { parseDeadline } from '../../deadline/parse-deadline.js'
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
  previousDeadline: 'optional',
})

/** A task's extensions as read, and the deadline edited after the last one, if it was. */
export interface ParsedExtensions {
  readonly extensions: BundleExtension[]
  /** Absent when the last extension's deadline is in force; `null` when the edit removed it. */
  readonly deadlineInForce?: Deadline | null
}

/**
 * Reads the deadline extensions of a task, in order, each applied by the domain's
 * `extendDeadline` to the task as the ones before left it: the task's own deadline is the
 * original one, each extension sets a later one (`DEADLINE_NOT_LATER`), on a day not before the
 * previous (`EVENT_BEFORE_PREVIOUS`), with a reason and the approving document's symbol
 * (`INVALID_DOCUMENT_SYMBOL`). An extension's `previousDeadline`, and the task's
 * `deadlineInForce` after the last one, are edits of the deadline made outside an extension
 * (as `updateTask` makes them), read as the task's own deadline is (`context`: the directive's
 * year). Errors carry the path of the field. `task` is the validated task, or `undefined` when it
 * has errors of its own (then only the fields are read).
 *
 * @example
 * ```ts
 * const { extensions, deadlineInForce } = parseExtensions(section, record, ['tasks', 3], task, { year: 2025 })
 * ```
 */
export function parseExtensions(
  { reader, standIns }: SectionContext,
  record: BundleRecord,
  path: ErrorPath,
  task: NewTask | undefined,
  context: DeadlineContext = {},
): ParsedExtensions {
  const extensions: BundleExtension[] = []
  // The task as the extensions find it, not started: a bundle's status comes after them.
  let current: Task | undefined =
    task === undefined
      ? undefined
      : createTask(task, { id: standIns.fresh() as TaskId, tenantId: 'bundle' as TenantId })
  /** An edit of the deadline outside an extension: `undefined` when absent or unreadable. */
  const edited = (text: string | undefined, at: ErrorPath): Deadline | null | undefined => {
    if (text === undefined) return undefined
    if (text.trim() === '') return null
    const parsed = parseDeadline(text, context)
    if (parsed.ok) return parsed.value
    reader.addUnlessCovered(withPathPrefix(parsed.error, at))
    return undefined
  }
  reader.list(record, 'extensions', path, (item, itemPath) => {
    const extension = reader.record(item, itemPath, EXTENSION_FIELDS)
    if (extension === undefined) return
    const on = reader.field(extension, 'on', itemPath, 'date')
    const deadline = reader.field(extension, 'deadline', itemPath, 'string')
    const document = reader.field(extension, 'document', itemPath, 'string')
    const reason = reader.field(extension, 'reason', itemPath, 'string')
    const previousText = reader.field(extension, 'previousDeadline', itemPath, 'string')
    const previous = edited(previousText, [...itemPath, 'previousDeadline'])
    if (current === undefined || on === undefined || deadline === undefined) return
    if (document === undefined || reason === undefined) return
    if (previous !== undefined) current = Object.freeze({ ...current, deadline: previous })
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
        ...(previous == null ? {} : { previousDeadline: previous }),
      }),
    )
  })
  const inForceText = reader.field(record, 'deadlineInForce', path, 'string')
  if (inForceText !== undefined && record.extensions == null) {
    reader.add(
      'DEADLINE_IN_FORCE_WITHOUT_EXTENSION',
      {
        en: 'deadlineInForce is given only with extensions: without any, write the deadline in deadline',
        vi: 'Chỉ ghi deadlineInForce khi có gia hạn (extensions); nếu không, ghi thời hạn vào deadline',
      },
      [...path, 'deadlineInForce'],
      inForceText,
    )
    return { extensions }
  }
  const deadlineInForce = edited(inForceText, [...path, 'deadlineInForce'])
  return deadlineInForce === undefined ? { extensions } : { extensions, deadlineInForce }
}
