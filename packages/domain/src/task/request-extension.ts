import type { IsoDate } from '../calendar/iso-date.js'
import type { DeadlineContext } from '../deadline/deadline-context.js'
import { domainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err } from '../result.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'
import { laterDeadline, type TaskChangeResult } from './extend-deadline.js'
import { pendingExtensionRequest } from './pending-extension-request.js'
import type { Task } from './task.js'
import { CHANGE_PRECONDITION_ERROR_CODES, changePreconditions } from './task-change-checks.js'
import type { ExtensionRequestedEvent } from './task-event.js'
import { termsChanged } from './task-terms-change.js'

/**
 * The codes {@link requestExtension} fails with.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === 'EXTENSION_ALREADY_REQUESTED') showThePendingRequest()
 * ```
 */
export const EXTENSION_REQUEST_ERROR_CODES = [
  ...CHANGE_PRECONDITION_ERROR_CODES,
  'EXTENSION_ALREADY_REQUESTED',
  'REQUIRED',
  'INVALID_DEADLINE',
  'MISSING_YEAR',
  'NO_DEADLINE_TO_EXTEND',
  'DEADLINE_NOT_LATER',
] as const

/**
 * What a request for an extension needs besides the task.
 *
 * @example
 * ```ts
 * const request: ExtensionRequest = { deadline: '31/12/2026', reason: 'Chờ bố trí kinh phí', on: '2026-06-10' }
 * ```
 */
export interface ExtensionRequest {
  /** The deadline asked for, as written ("31/12/2026", "Quý IV/2026"). */
  readonly deadline: string
  /** Why the task needs more time: required. */
  readonly reason: string
  /** The day of the request. */
  readonly on: IsoDate
  /** The organisation that asks (the lead), when known. */
  readonly by?: OrganizationId | null
  /** When given, the request is refused with `CONFLICT` unless the task is at this version. */
  readonly expectedVersion?: number
}

/**
 * Records a request for a deadline extension (xin gia hạn): the deadline asked for and why. It
 * changes neither the status nor the deadline in force, only the history and the version; it
 * stays pending until a deadline extension grants it or {@link declineExtension} refuses it.
 * Refuses, in this order: a stale version (`CONFLICT`); a completed or cancelled task; a day
 * that is no date or before the last event; no reason (`REASON_REQUIRED`); a request already
 * pending (`EXTENSION_ALREADY_REQUESTED`); then the deadline as `extendDeadline` refuses it
 * (`REQUIRED`, the codes of `parseDeadline`, `NO_DEADLINE_TO_EXTEND`, `DEADLINE_NOT_LATER`).
 *
 * @example
 * ```ts
 * const r = requestExtension(task, { deadline: '31/12/2026', reason: 'Chờ bố trí kinh phí', on: '2026-06-10' })
 * r.ok && r.value.task.deadline === task.deadline // true: nothing is extended yet
 * ```
 */
export function requestExtension(
  task: Task,
  request: ExtensionRequest,
  context: DeadlineContext = {},
): TaskChangeResult<ExtensionRequestedEvent> {
  const given: Partial<ExtensionRequest> = request ?? {}
  const checked = changePreconditions(task, given, {
    en: 'ask for an extension',
    vi: 'xin gia hạn',
  })
  if (!checked.ok) return checked
  const pending = pendingExtensionRequest(task)
  if (pending) {
    const day = formatVietnameseDate(pending.on)
    return err(
      domainError(
        'EXTENSION_ALREADY_REQUESTED',
        {
          en: `An extension to "${pending.requestedDeadline.text}" was asked for on ${pending.on} and awaits an answer`,
          vi: `Đã xin gia hạn đến "${pending.requestedDeadline.text}" ngày ${day}, đang chờ trả lời`,
        },
        ['deadline'],
        pending.requestedDeadline.text,
      ),
    )
  }
  const deadline = laterDeadline(task.deadline, given.deadline, checked.value.day, context)
  if (!deadline.ok) return deadline
  const own = { type: 'EXTENSION_REQUESTED', requestedDeadline: deadline.value } as const
  return termsChanged(task, checked.value, given.by, {}, own)
}
