import type { IsoDate } from '../calendar/iso-date.js'
import { domainError } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import type { Organization } from '../organization/organization.js'
import { isOrganizationActiveOn } from '../organization/succession.js'
import { err } from '../result.js'
import { formatVietnameseDate } from '../text/vietnamese-date.js'
import type { TaskChangeResult } from './extend-deadline.js'
import type { Task } from './task.js'
import {
  CHANGE_PRECONDITION_ERROR_CODES,
  changePreconditions,
  documentSymbolOf,
} from './task-change-checks.js'
import type { LeadReassignedEvent } from './task-event.js'
import { termsChanged } from './task-terms-change.js'

/**
 * The codes {@link reassignLead} fails with.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === 'LEAD_NOT_ACTIVE') pickTheSuccessor()
 * ```
 */
export const LEAD_REASSIGNMENT_ERROR_CODES = [
  ...CHANGE_PRECONDITION_ERROR_CODES,
  'INVALID_DOCUMENT_SYMBOL',
  'LEAD_UNCHANGED',
  'LEAD_OTHER_TENANT',
  'LEAD_NOT_ACTIVE',
  'LEAD_ALSO_COORDINATOR',
] as const

/**
 * What a reassignment of the lead needs besides the task and the new lead.
 *
 * @example
 * ```ts
 * const change: LeadReassignment = { reason: 'Sáp nhập Ban Tuyên giáo và Ban Dân vận', on: '2025-03-01' }
 * ```
 */
export interface LeadReassignment {
  /** Why the lead changes: required. */
  readonly reason: string
  /** The symbol of the deciding document, if one is named (any accepted spelling). */
  readonly document?: string | null
  /** The day the new lead takes over. */
  readonly on: IsoDate
  /** The organisation that decided or reported the change, when known. */
  readonly by?: OrganizationId | null
  /** When given, the change is refused with `CONFLICT` unless the task is at this version. */
  readonly expectedVersion?: number
}

/** What {@link reassignLead} needs to know of the new lead. */
export type NewLead = Pick<Organization, 'id' | 'tenantId' | 'name' | 'foundedOn' | 'dissolvedOn'>

/**
 * Hands a task to another lead organisation (giao lại đơn vị chủ trì), recording the old and
 * the new lead in its history. Refuses, in this order: a stale version (`CONFLICT`); a
 * completed or cancelled task (`TASK_ALREADY_COMPLETED`, `TASK_CANCELLED`); a day that is no
 * date or before the last event (`INVALID_DATE`, `EVENT_BEFORE_PREVIOUS`); no reason
 * (`REASON_REQUIRED`); a document named that is no symbol (`INVALID_DOCUMENT_SYMBOL` at
 * `['document']`); the current lead (`LEAD_UNCHANGED`), an organisation of another tenant
 * (`LEAD_OTHER_TENANT`) or one that does not exist on that day — dissolved by then or founded
 * later (`LEAD_NOT_ACTIVE`), all at `['leadId']`; and, as task validation does, an organisation
 * that coordinates the task (`LEAD_ALSO_COORDINATOR`): take it off the coordinators first.
 *
 * @example
 * ```ts
 * const r = reassignLead(task, banTuyenGiaoDanVan, {
 *   reason: 'Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy', document: '45-QĐ/TU', on: '2025-03-01',
 * })
 * r.ok && r.value.task.leadId === banTuyenGiaoDanVan.id // true
 * ```
 */
export function reassignLead(
  task: Task,
  lead: NewLead,
  change: LeadReassignment,
): TaskChangeResult<LeadReassignedEvent> {
  const given: Partial<LeadReassignment> = change ?? {}
  const checked = changePreconditions(task, given, {
    en: 'reassign the lead',
    vi: 'giao lại đơn vị chủ trì',
  })
  if (!checked.ok) return checked
  const day = { value: checked.value.day }
  let document: string | null = null
  if (typeof given.document === 'string' && given.document.trim() !== '') {
    const read = documentSymbolOf(given.document, 'document')
    if (!read.ok) return read
    document = read.value
  }
  const refusal = leadRefusal(task, lead, day.value)
  if (refusal) return refusal
  const own = {
    type: 'LEAD_REASSIGNED',
    fromLeadId: task.leadId,
    toLeadId: lead.id,
    document,
  } as const
  return termsChanged(task, checked.value, given.by, { leadId: lead.id }, own)
}

function leadRefusal(task: Task, lead: NewLead, on: IsoDate) {
  const refuse = (code: string, en: string, vi: string) =>
    err(domainError(code, { en, vi }, ['leadId'], lead.id))
  if (lead.id === task.leadId) {
    return refuse(
      'LEAD_UNCHANGED',
      `${lead.name} already leads the task`,
      `${lead.name} đã là đơn vị chủ trì nhiệm vụ`,
    )
  }
  if (lead.tenantId !== task.tenantId) {
    return refuse(
      'LEAD_OTHER_TENANT',
      'The new lead belongs to another tenant',
      'Đơn vị chủ trì mới thuộc đơn vị triển khai khác',
    )
  }
  if (!isOrganizationActiveOn(lead, on)) {
    return refuse(
      'LEAD_NOT_ACTIVE',
      `${lead.name} does not exist on ${on} (dissolved or not yet founded)`,
      `${lead.name} không tồn tại vào ${formatVietnameseDate(on)} (đã giải thể hoặc chưa thành lập)`,
    )
  }
  if (task.coordinatorIds.includes(lead.id)) {
    return refuse(
      'LEAD_ALSO_COORDINATOR',
      `${lead.name} coordinates the task; take it off the coordinators before making it the lead`,
      `${lead.name} đang là đơn vị phối hợp; cần bỏ khỏi danh sách phối hợp trước khi giao chủ trì`,
    )
  }
  return null
}
