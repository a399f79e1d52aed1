import type { DirectiveId, OrganizationId, TaskId, TenantId } from '../../src/ids.js'
import { type ProgressReport, validateProgressReport } from '../../src/task/progress-report.js'
import { createTask, type Task } from '../../src/task/task.js'

export const directiveId = '8c4f7a8e-2a43-4d0c-9a43-4d1b0bfe7b0e' as DirectiveId
export const lead = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b01' as OrganizationId
export const coord = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b02' as OrganizationId
export const monitor = '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b03' as OrganizationId
export const tenantId = 'demo-province' as TenantId

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
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
