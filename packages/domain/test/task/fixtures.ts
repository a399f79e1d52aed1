import type { DomainError } from '../../src/domain-error.js'
import type { DirectiveId, OrganizationId, TaskId, TenantId } from '../../src/ids.js'
import { type ProgressReport, validateProgressReport } from '../../src/task/progress-report.js'
import { createTask, type Task } from '../../src/task/task.js'
import { refusalOf } from '../refusal-of.js'

export const directiveId = '8c4f7a8e-2a43-4d0c-9a43-4d1b0bfe7b0e' as DirectiveId
export const lead = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b01' as OrganizationId
export const coord = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b02' as OrganizationId
export const monitor = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b03' as OrganizationId
export const tenantId = 'demo-province' as TenantId

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

/**
 * The fields every progress report names: report `uuid(1)` on task `uuid(1)`, by the lead, on
 * 30 June 2025. A validator test adds a figure or a narrative and the field it checks.
 */
export const reportFields = {
  id: uuid(1),
  taskId: uuid(1),
  reportedOn: '2025-06-30',
  organizationId: lead,
} as const

/**
 * What `validateProgressReport` says of {@link reportFields} with the fields given: its error,
 * or `null` when it accepts the report.
 */
export function reportRefusal(fields: object): DomainError | null {
  return refusalOf(validateProgressReport)({ ...reportFields, ...fields })
}

export function newTask(n = 1): Task {
  return createTask(
    {
      directiveId,
      reference: 'III.2.b',
      title: `Nhiệm vụ ${n}`,
      description: '',
      leadId: lead,
      coordinatorIds: [coord],
      monitorId: monitor,
      deadline: null,
      reportingDuty: null,
      parentId: null,
    },
    { id: uuid(n) as TaskId, tenantId },
  )
}

/**
 * Progress report `n` (id `uuid(100 + n)`) on task `uuid(1)`, by the lead unless `by` says
 * otherwise, with a narrative (so that a report without a figure is valid) and two pieces of
 * evidence; with `corrects`, it corrects report `corrects`, for the reason given or a default.
 */
export function progressReport(
  n: number,
  reportedOn: string,
  percent: number | null,
  more: { by?: string; corrects?: number; reason?: string } = {},
): ProgressReport {
  const r = validateProgressReport({
    id: uuid(100 + n),
    taskId: uuid(1),
    reportedOn,
    organizationId: more.by ?? lead,
    percent,
    narrative: `Báo cáo ${n}`,
    evidence: ['https://example.gov.vn/bc', 'Báo cáo số 12-BC/TU'],
    correctsId: more.corrects === undefined ? null : uuid(100 + more.corrects),
    reason: more.reason ?? (more.corrects === undefined ? null : 'Nhầm số liệu'),
  })
  if (!r.ok) throw new Error(r.error.code)
  return r.value
}
