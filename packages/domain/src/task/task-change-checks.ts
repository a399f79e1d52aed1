import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import {
  type BilingualText,
  type DomainError,
  domainError,
  withPathPrefix,
} from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import type { Task } from './task.js'
import type { TaskStatus } from './task-status.js'

/**
 * `CONFLICT` when the task is not at the version the caller read (the same code and words as
 * the repositories give for a stale version), else `null`; no expected version, no check.
 *
 * @example
 * ```ts
 * const stale = versionConflict(task, options.expectedVersion)
 * if (stale) return err(stale)
 * ```
 */
export function versionConflict(task: Task, expectedVersion?: number): DomainError | null {
  if (expectedVersion === undefined || expectedVersion === task.version) return null
  return domainError(
    'CONFLICT',
    {
      en: `The task was changed meanwhile: it is at version ${task.version}, not ${expectedVersion}; reload it and try again`,
      vi: `Nhiệm vụ đã được cập nhật trong lúc đó: phiên bản hiện tại là ${task.version}, không phải ${expectedVersion}; hãy tải lại và thử lại`,
    },
    ['version'],
    task.version,
  )
}

/**
 * The day of a change to a task: a real ISO date (`INVALID_DATE`), not before the last event
 * of its history (`EVENT_BEFORE_PREVIOUS`), both at the path `['on']`.
 *
 * @example
 * ```ts
 * const day = changeDay(task, '2025-07-01')
 * if (!day.ok) return day
 * ```
 */
export function changeDay(task: Task, on: unknown): Result<IsoDate> {
  if (typeof on !== 'string' || !isIsoDate(on)) {
    return err(
      domainError(
        'INVALID_DATE',
        { en: 'The date of the change is not a real date', vi: 'Ngày thay đổi không hợp lệ' },
        ['on'],
        on,
      ),
    )
  }
  const last = task.history[task.history.length - 1]
  if (last !== undefined && on < last.on) {
    return err(
      domainError(
        'EVENT_BEFORE_PREVIOUS',
        {
          en: `The change is dated ${on}, before the previous one (${last.on})`,
          vi: `Ngày thay đổi ${on} trước ngày của lần thay đổi trước (${last.on})`,
        },
        ['on'],
        on,
      ),
    )
  }
  return ok(on)
}

/**
 * A reason as recorded: NFC, spaces folded, `null` when absent or blank.
 *
 * @example
 * ```ts
 * reasonText('  Chờ  kinh phí ') // 'Chờ kinh phí'
 * ```
 */
export function reasonText(reason: unknown): string | null {
  return typeof reason === 'string' && cleanText(reason) !== '' ? cleanText(reason) : null
}

/** What a closed task answers to any change but reopening, by its status. */
const CLOSED_TASK_REFUSALS: Partial<
  Record<TaskStatus, { readonly code: string; readonly text: BilingualText }>
> = {
  COMPLETED: {
    code: 'TASK_ALREADY_COMPLETED',
    text: {
      en: 'The task is already completed; reopen it first',
      vi: 'Nhiệm vụ đã hoàn thành; cần mở lại trước',
    },
  },
  CANCELLED: {
    code: 'TASK_CANCELLED',
    text: {
      en: 'The task is cancelled; reopen it first',
      vi: 'Nhiệm vụ đã bị hủy bỏ; cần mở lại trước',
    },
  },
}

/**
 * `TASK_ALREADY_COMPLETED` or `TASK_CANCELLED` for a closed task, which takes no extension and
 * no new lead until it is reopened; `null` for an open one.
 *
 * @example
 * ```ts
 * const closed = closedTaskRefusal(task)
 * if (closed) return err(closed)
 * ```
 */
export function closedTaskRefusal(task: Task): DomainError | null {
  const closed = CLOSED_TASK_REFUSALS[task.status]
  return closed ? domainError(closed.code, closed.text, ['status'], task.status) : null
}

/**
 * The symbol of a deciding document in canonical form, read with `parseDocumentSymbol`; its
 * errors carry the path `[field]`.
 *
 * @example
 * ```ts
 * documentSymbolOf(' Số: 125/QĐ-UBND ', 'document') // ok('125/QĐ-UBND')
 * ```
 */
export function documentSymbolOf(text: unknown, field: string): Result<string> {
  const parsed = parseDocumentSymbol(typeof text === 'string' ? text : String(text))
  if (!parsed.ok) return err(withPathPrefix(parsed.error, [field]))
  return ok(formatDocumentSymbol(parsed.value))
}

/** The codes {@link changePreconditions} fails with, in the order it checks. */
export const CHANGE_PRECONDITION_ERROR_CODES = [
  'CONFLICT',
  'TASK_ALREADY_COMPLETED',
  'TASK_CANCELLED',
  'INVALID_DATE',
  'EVENT_BEFORE_PREVIOUS',
  'REASON_REQUIRED',
] as const

/**
 * The checks every change of a task's terms makes first, in this order: the version read
 * (`CONFLICT`), a task still open, the day of the change (`changeDay`), and a reason
 * (`REASON_REQUIRED`, worded with what the change is). Gives the day and the reason.
 *
 * @example
 * ```ts
 * const checked = changePreconditions(task, given, { en: 'extend a deadline', vi: 'gia hạn' })
 * ```
 */
export function changePreconditions(
  task: Task,
  given: { readonly expectedVersion?: number; readonly on?: unknown; readonly reason?: unknown },
  what: { readonly en: string; readonly vi: string },
): Result<{ readonly day: IsoDate; readonly reason: string }> {
  const stale = versionConflict(task, given.expectedVersion)
  if (stale) return err(stale)
  const closed = closedTaskRefusal(task)
  if (closed) return err(closed)
  const day = changeDay(task, given.on)
  if (!day.ok) return day
  const reason = reasonText(given.reason)
  if (reason === null) {
    return err(
      domainError(
        'REASON_REQUIRED',
        { en: `A reason is required to ${what.en}`, vi: `Cần nêu lý do ${what.vi}` },
        ['reason'],
      ),
    )
  }
  return ok({ day: day.value, reason })
}
