import type { Deadline } from '../deadline/deadline.js'
import { isRecurrenceCadence } from '../deadline/deadline.js'
import type { DeadlineContext } from '../deadline/deadline-context.js'
import { parseDeadline } from '../deadline/parse-deadline.js'
import { type DomainError, domainError, withPathPrefix } from '../domain-error.js'
import { type DirectiveId, isUuid, type OrganizationId, type TaskId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import { cleanText, nfc } from '../text/nfc.js'
import type { NewTask, ReportingDuty } from './task.js'

/**
 * A new task as it arrives from a form, an import or an API call: loosely typed, checked by
 * {@link validateNewTask}.
 *
 * @example
 * ```ts
 * const input: NewTaskInput = { directiveId, title: 'Tổ chức hội thảo', leadId, deadline: 'quý II/2025' }
 * ```
 */
export interface NewTaskInput {
  readonly directiveId: string
  readonly reference?: string | null
  readonly title: string
  readonly description?: string | null
  readonly leadId: string
  readonly coordinatorIds?: readonly string[] | null
  readonly monitorId?: string | null
  /** The deadline as written (`quý II/2025`, `thường xuyên`), or `null` for none. */
  readonly deadline?: string | null
  readonly reportingDuty?: { readonly cadence: string; readonly recipientId: string } | null
  readonly parentId?: string | null
}

/**
 * The longest title accepted, in characters.
 *
 * @example
 * ```ts
 * title.length <= MAX_TASK_TITLE // 1000
 * ```
 */
export const MAX_TASK_TITLE = 1000
/**
 * The longest description accepted, in characters.
 *
 * @example
 * ```ts
 * description.length <= MAX_TASK_DESCRIPTION
 * ```
 */
export const MAX_TASK_DESCRIPTION = 20000

/** "III.2.b", "1", "II.3", "2.1.a": parts of letters or digits joined by dots. */
const REFERENCE = /^[0-9A-Za-zĐđ]{1,10}(?:\.[0-9A-Za-zĐđ]{1,10}){0,9}$/u

function fail(
  code: string,
  en: string,
  vi: string,
  path: readonly (string | number)[],
  value?: unknown,
): Result<never> {
  return err(domainError(code, { en, vi }, path, value))
}

function required(field: string, en: string, vi: string, value: unknown): Result<never> {
  return fail('REQUIRED', `${en} is required`, `Thiếu ${vi}`, [field], value)
}

function id<T>(
  value: unknown,
  path: readonly (string | number)[],
  en: string,
  vi: string,
): Result<T> {
  if (typeof value !== 'string' || !isUuid(value)) {
    return fail(
      'INVALID_ID',
      `${en} is not a valid identifier`,
      `Mã ${vi} không hợp lệ`,
      path,
      value,
    )
  }
  return ok(value.toLowerCase() as T)
}

// An identifier the task must have: REQUIRED when absent or blank (`Thiếu <missing>`), else
// checked by id().
function requiredId<T>(
  value: unknown,
  field: string,
  en: string,
  vi: string,
  missing = vi,
): Result<T> {
  return present(value) ? id<T>(value, [field], en, vi) : required(field, en, missing, value)
}

// An identifier the task may have: `null` when absent or blank, else checked by id().
function optionalId<T>(
  value: unknown,
  path: readonly (string | number)[],
  en: string,
  vi: string,
): Result<T | null> {
  return present(value) ? id<T>(value, path, en, vi) : ok(null)
}

function present(value: unknown): boolean {
  return (
    value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
  )
}

/**
 * Validates and normalises a new task. Checks, with the path of the offending field:
 * the directive (`directiveId`, a UUID), the reference (`III.2.b` style), the title
 * (required, at most {@link MAX_TASK_TITLE} characters, NFC and spaces folded), the
 * description, exactly one lead (`leadId`, required), coordinators (valid, no repeats, never
 * the lead: `LEAD_ALSO_COORDINATOR`), the monitor, the deadline (read by
 * {@link parseDeadline} with `context.year` for texts without a year; its errors carry the
 * path `['deadline', …]`), the reporting duty (a known cadence and a recipient) and the
 * parent task. Returns the first error found.
 *
 * Error codes: `REQUIRED`, `TOO_LONG`, `INVALID_ID`, `INVALID_REFERENCE`,
 * `LEAD_ALSO_COORDINATOR`, `DUPLICATE_COORDINATOR`, `INVALID_CADENCE`, and those of
 * {@link parseDeadline}.
 *
 * @example
 * ```ts
 * const r = validateNewTask({
 *   directiveId: '8c4f7a8e-2a43-4d0c-9a43-4d1b0bfe7b0e',
 *   reference: 'III.2.b',
 *   title: 'Tổ chức hội thảo khoa học',
 *   leadId: '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b0e',
 *   deadline: 'quý III/2025',
 * })
 * r.ok && r.value.deadline?.due // '2025-09-30'
 * ```
 */
export function validateNewTask(
  input: NewTaskInput,
  context: DeadlineContext = {},
): Result<NewTask, DomainError> {
  if (input === null || typeof input !== 'object') {
    return fail('REQUIRED', 'A task is required', 'Thiếu thông tin nhiệm vụ', [], input)
  }
  const directiveId = requiredId<DirectiveId>(
    input.directiveId,
    'directiveId',
    'The directive',
    'văn bản',
    'văn bản giao nhiệm vụ',
  )
  if (!directiveId.ok) return directiveId

  let reference: string | null = null
  if (present(input.reference)) {
    const text = typeof input.reference === 'string' ? cleanText(input.reference) : ''
    if (!REFERENCE.test(text)) {
      return fail(
        'INVALID_REFERENCE',
        `Not a task reference: "${String(input.reference)}" (expected e.g. "III.2.b")`,
        `Số thứ tự nhiệm vụ không hợp lệ: "${String(input.reference)}" (ví dụ "III.2.b")`,
        ['reference'],
        input.reference,
      )
    }
    reference = text
  }

  const title = typeof input.title === 'string' ? cleanText(input.title) : ''
  if (title === '') return required('title', 'The title', 'tên nhiệm vụ', input.title)
  if (title.length > MAX_TASK_TITLE) {
    return fail(
      'TOO_LONG',
      `The title is longer than ${MAX_TASK_TITLE} characters`,
      `Tên nhiệm vụ dài quá ${MAX_TASK_TITLE} ký tự`,
      ['title'],
    )
  }

  const description = typeof input.description === 'string' ? nfc(input.description).trim() : ''
  if (description.length > MAX_TASK_DESCRIPTION) {
    return fail(
      'TOO_LONG',
      `The description is longer than ${MAX_TASK_DESCRIPTION} characters`,
      `Nội dung nhiệm vụ dài quá ${MAX_TASK_DESCRIPTION} ký tự`,
      ['description'],
    )
  }

  const leadId = requiredId<OrganizationId>(
    input.leadId,
    'leadId',
    'The lead organisation',
    'đơn vị chủ trì',
  )
  if (!leadId.ok) return leadId

  const coordinatorIds: OrganizationId[] = []
  const given = input.coordinatorIds ?? []
  if (!Array.isArray(given)) {
    return fail(
      'INVALID_ID',
      'Coordinators must be a list',
      'Đơn vị phối hợp phải là một danh sách',
      ['coordinatorIds'],
    )
  }
  for (const [index, raw] of given.entries()) {
    const path = ['coordinatorIds', index]
    const coordinator = id<OrganizationId>(
      raw,
      path,
      'A coordinating organisation',
      'đơn vị phối hợp',
    )
    if (!coordinator.ok) return coordinator
    if (coordinator.value === leadId.value) {
      return fail(
        'LEAD_ALSO_COORDINATOR',
        'The lead organisation cannot also be a coordinator',
        'Đơn vị chủ trì không đồng thời là đơn vị phối hợp',
        path,
        raw,
      )
    }
    if (coordinatorIds.includes(coordinator.value)) {
      return fail(
        'DUPLICATE_COORDINATOR',
        'A coordinating organisation is listed twice',
        'Đơn vị phối hợp bị lặp lại',
        path,
        raw,
      )
    }
    coordinatorIds.push(coordinator.value)
  }

  const monitorId = optionalId<OrganizationId>(
    input.monitorId,
    ['monitorId'],
    'The monitoring organisation',
    'đơn vị theo dõi, đôn đốc',
  )
  if (!monitorId.ok) return monitorId

  let deadline: Deadline | null = null
  if (present(input.deadline)) {
    const parsed = parseDeadline(String(input.deadline), context)
    if (!parsed.ok) return err(withPathPrefix(parsed.error, ['deadline']))
    deadline = parsed.value
  }

  let reportingDuty: ReportingDuty | null = null
  if (input.reportingDuty !== undefined && input.reportingDuty !== null) {
    const duty = input.reportingDuty
    if (!isRecurrenceCadence(duty.cadence)) {
      return fail(
        'INVALID_CADENCE',
        `Not a reporting cadence: "${String(duty.cadence)}"`,
        `Kỳ báo cáo không hợp lệ: "${String(duty.cadence)}"`,
        ['reportingDuty', 'cadence'],
        duty.cadence,
      )
    }
    if (!present(duty.recipientId)) {
      return fail(
        'REQUIRED',
        'The body that receives the reports is required',
        'Thiếu cơ quan nhận báo cáo',
        ['reportingDuty', 'recipientId'],
      )
    }
    const recipient = id<OrganizationId>(
      duty.recipientId,
      ['reportingDuty', 'recipientId'],
      'The report recipient',
      'cơ quan nhận báo cáo',
    )
    if (!recipient.ok) return recipient
    reportingDuty = Object.freeze({ cadence: duty.cadence, recipientId: recipient.value })
  }

  const parentId = optionalId<TaskId>(
    input.parentId,
    ['parentId'],
    'The parent task',
    'nhiệm vụ cấp trên',
  )
  if (!parentId.ok) return parentId

  return ok(
    Object.freeze({
      directiveId: directiveId.value,
      reference,
      title,
      description,
      leadId: leadId.value,
      coordinatorIds: Object.freeze(coordinatorIds),
      monitorId: monitorId.value,
      deadline,
      reportingDuty,
      parentId: parentId.value,
    }),
  )
}
