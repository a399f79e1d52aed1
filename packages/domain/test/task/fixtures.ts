import type { DirectiveId, OrganizationId, TaskId, TenantId } from '../../src/ids.js'
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
