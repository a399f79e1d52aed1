import type { IsoDate } from '../calendar/iso-date.js'
import { domainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err } from '../result.js'
import type { TaskChangeResult } from './extend-deadline.js'
import { pendingExtensionRequest } from './pending-extension-request.js'
import type { Task } from './task.js'
import { CHANGE_PRECONDITION_ERROR_CODES, changePreconditions } from './task-change-checks.js'
import type { ExtensionDeclinedEvent } from './task-event.js'
import { termsChanged } from './task-terms-change.js'

/**
 * The codes {@link declineExtension} fails with.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === 'NO_EXTENSION_REQUESTED') reload()
 * ```
 */
export const EXTENSION_DECLINE_ERROR_CODES = [
  ...CHANGE_PRECONDITION_ERROR_CODES,
  'NO_EXTENSION_REQUESTED',
] as const

/**
 * What a refusal of an extension request needs besides the task.
 *
 * @example
 * ```ts
 * const refusal: ExtensionRefusal = { reason: 'Chưa có căn cứ', on: '2026-06-15' }
 * ```
 */
export interface ExtensionRefusal {
  /** Why the request is refused: required. */
  readonly reason: string
  /** The day of the answer. */
  readonly on: IsoDate
  /** The organisation that answers, when known. */
  readonly by?: OrganizationId | null
  /** When given, the refusal is refused with `CONFLICT` unless the task is at this version. */
  readonly expectedVersion?: number
}

/**
 * Refuses the pending request for an extension (không đồng ý gia hạn): the deadline in force
 * stays, the history records the answer and why, the version moves on. Refuses, in this order:
 * a stale version (`CONFLICT`); a completed or cancelled task; a day that is no date or before
 * the last event; no reason (`REASON_REQUIRED`); no request pending (`NO_EXTENSION_REQUESTED`).
 *
 * @example
 * ```ts
 * const r = declineExtension(asked, { reason: 'Chưa có căn cứ', on: '2026-06-15' })
 * r.ok && pendingExtensionRequest(r.value.task) // null
 * ```
 */
export function declineExtension(
  task: Task,
  refusal: ExtensionRefusal,
): TaskChangeResult<ExtensionDeclinedEvent> {
  const given: Partial<ExtensionRefusal> = refusal ?? {}
  const checked = changePreconditions(task, given, {
    en: 'decline an extension',
    vi: 'không đồng ý gia hạn',
  })
  if (!checked.ok) return checked
  if (pendingExtensionRequest(task) === null) {
    return err(
      domainError(
        'NO_EXTENSION_REQUESTED',
        {
          en: 'No request for an extension of this task awaits an answer',
          vi: 'Nhiệm vụ không có đề nghị gia hạn nào đang chờ trả lời',
        },
        ['id'],
      ),
    )
  }
  return termsChanged(task, checked.value, given.by, {}, { type: 'EXTENSION_DECLINED' } as const)
}
