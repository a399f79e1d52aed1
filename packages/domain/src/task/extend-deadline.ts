import type { IsoDate } from '../calendar/iso-date.js'
import type { Deadline } from '../deadline/deadline.js'
import type { DeadlineContext } from '../deadline/deadline-context.js'
import { parseDeadline } from '../deadline/parse-deadline.js'
import { domainError, withPathPrefix } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'
import type { Task } from './task.js'
import {
  CHANGE_PRECONDITION_ERROR_CODES,
  changePreconditions,
  documentSymbolOf,
} from './task-change-checks.js'
import type { DeadlineExtendedEvent } from './task-event.js'
import { termsChanged } from './task-terms-change.js'

/**
 * The codes {@link extendDeadline} fails with.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === 'DEADLINE_NOT_LATER') askForALaterDay()
 * ```
 */
export const DEADLINE_EXTENSION_ERROR_CODES = [
  ...CHANGE_PRECONDITION_ERROR_CODES,
  'REQUIRED',
  'INVALID_DOCUMENT_SYMBOL',
  'INVALID_DEADLINE',
  'MISSING_YEAR',
  'NO_DEADLINE_TO_EXTEND',
  'DEADLINE_NOT_LATER',
] as const

/**
 * What a deadline extension needs besides the task.
 *
 * @example
 * ```ts
 * const extension: DeadlineExtension = {
 *   deadline: '31/12/2026', document: '125/QĐ-UBND', reason: 'Chờ bố trí kinh phí', on: '2026-06-20',
 * }
 * ```
 */
export interface DeadlineExtension {
  /** The new deadline, as written ("31/12/2026", "Quý IV/2026"). */
  readonly deadline: string
  /** The symbol of the approving document ("125/QĐ-UBND", "45-CV/TU"), in any accepted spelling. */
  readonly document: string
  /** Why the deadline is extended: required. */
  readonly reason: string
  /** The day the extension takes effect. */
  readonly on: IsoDate
  /** The organisation that asked for or granted it, when known. */
  readonly by?: OrganizationId | null
  /** When given, the extension is refused with `CONFLICT` unless the task is at this version. */
  readonly expectedVersion?: number
}

/**
 * The outcome of a change recorded in a task's history: the changed task and its event.
 *
 * @example
 * ```ts
 * const r: TaskChangeResult<DeadlineExtendedEvent> = extendDeadline(task, extension)
 * ```
 */
export type TaskChangeResult<E> = Result<{ readonly task: Task; readonly event: E }>

function refused(code: string, en: string, vi: string, path: string[], value?: unknown) {
  return err(domainError(code, { en, vi }, path, value))
}

function present(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== ''
}

/**
 * The deadline an extension sets or a request asks for on the day `on`, later than the one in
 * force: read by `parseDeadline` (a text without a year falls in the year of `on`, unless
 * `context` names another). Refused: no text
 * (`REQUIRED`), a task with no due day (`NO_DEADLINE_TO_EXTEND`), the codes of `parseDeadline`
 * at `['deadline', …]`, a deadline with no due day or not later (`DEADLINE_NOT_LATER`).
 *
 * @example
 * ```ts
 * laterDeadline(task.deadline, '31/12', '2026-06-20') // ok({ kind: 'DATE', due: '2026-12-31', … })
 * ```
 */
export function laterDeadline(
  current: Deadline | null,
  text: unknown,
  on: IsoDate,
  context: DeadlineContext = {},
): Result<Deadline> {
  if (!present(text)) {
    return refused('REQUIRED', 'The new deadline is required', 'Thiếu thời hạn mới', ['deadline'])
  }
  if (current === null || current.due === null) {
    return refused(
      'NO_DEADLINE_TO_EXTEND',
      'The task has no due day to extend; set its deadline by updating the task',
      'Nhiệm vụ chưa có thời hạn cụ thể để gia hạn; hãy cập nhật thời hạn của nhiệm vụ',
      ['deadline'],
      current?.text ?? null,
    )
  }
  const parsed = parseDeadline(text, { ...context, year: context.year ?? Number(on.slice(0, 4)) })
  if (!parsed.ok) return err(withPathPrefix(parsed.error, ['deadline']))
  const next = parsed.value
  if (next.due === null || next.due <= current.due) {
    const shown = formatVietnameseDate(current.due)
    return refused(
      'DEADLINE_NOT_LATER',
      `The new deadline "${next.text}" is not later than the one in force (${current.due})`,
      `Thời hạn mới "${next.text}" không muộn hơn thời hạn đang áp dụng (${shown})`,
      ['deadline'],
      next.text,
    )
  }
  return ok(next)
}

/**
 * Extends a task's deadline (gia hạn): the new deadline becomes the one in force, against
 * which timeliness is judged; the event keeps the one it replaces, so the history shows the
 * original. Refuses, in this order: a stale version (`CONFLICT`); a completed or cancelled
 * task (`TASK_ALREADY_COMPLETED`, `TASK_CANCELLED`); a day that is no date or before the last
 * event (`INVALID_DATE`, `EVENT_BEFORE_PREVIOUS`); no reason (`REASON_REQUIRED`); no or a bad
 * approving document (`REQUIRED`, `INVALID_DOCUMENT_SYMBOL` at `['document']`); a deadline
 * text that cannot be read (the codes of `parseDeadline` at `['deadline', …]`); a task with no
 * due day (`NO_DEADLINE_TO_EXTEND`); a new deadline with no due day or not later than the one
 * in force (`DEADLINE_NOT_LATER`).
 *
 * @example
 * ```ts
 * const r = extendDeadline(task, {
 *   deadline: '31/12/2026', document: '125/QĐ-UBND', reason: 'Chờ bố trí kinh phí', on: '2026-06-20',
 * })
 * r.ok && r.value.task.deadline?.due // '2026-12-31'
 * ```
 */
export function extendDeadline(
  task: Task,
  extension: DeadlineExtension,
  context: DeadlineContext = {},
): TaskChangeResult<DeadlineExtendedEvent> {
  const given: Partial<DeadlineExtension> = extension ?? {}
  const checked = changePreconditions(task, given, { en: 'extend a deadline', vi: 'gia hạn' })
  if (!checked.ok) return checked
  if (!present(given.document)) {
    return refused(
      'REQUIRED',
      'The approving document is required',
      'Thiếu văn bản cho phép gia hạn',
      ['document'],
    )
  }
  const document = documentSymbolOf(given.document, 'document')
  if (!document.ok) return document
  const deadline = laterDeadline(task.deadline, given.deadline, checked.value.day, context)
  if (!deadline.ok) return deadline
  const own = {
    type: 'DEADLINE_EXTENDED',
    previousDeadline: task.deadline as Deadline,
    deadline: deadline.value,
    document: document.value,
  } as const
  return termsChanged(task, checked.value, given.by, { deadline: deadline.value }, own)
}

/**
 * The deadline a task was given before any extension: the one the first extension replaced,
 * or the deadline in force when it was never extended.
 *
 * @example
 * ```ts
 * originalDeadline(extended)?.text // 'Quý II/2026'
 * extended.deadline?.text // '31/12/2026'
 * ```
 */
export function originalDeadline(task: Pick<Task, 'deadline' | 'history'>): Deadline | null {
  const first = task.history.find((event) => event.type === 'DEADLINE_EXTENDED')
  return first?.type === 'DEADLINE_EXTENDED' ? first.previousDeadline : task.deadline
}
