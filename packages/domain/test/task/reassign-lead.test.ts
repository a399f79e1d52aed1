import { describe, expect, it } from 'vitest'
import type { OrganizationId, TenantId } from '../../src/ids.js'
import { type NewLead, reassignLead } from '../../src/task/reassign-lead.js'
import { completeTask } from '../../src/task/task-lifecycle.js'
import { coord, lead, newTask, tenantId } from './fixtures.js'

const soKhcn: NewLead = {
  id: '0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b09' as OrganizationId,
  tenantId,
  name: 'Sở Khoa học và Công nghệ',
  foundedOn: '2000-01-01',
  dissolvedOn: null,
}

const change = {
  reason: 'Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy',
  document: '45-QĐ/TU',
  on: '2025-03-01',
}

describe('reassignLead', () => {
  it('hands the task to the new lead and records both leads', () => {
    const task = newTask()
    const r = reassignLead(task, soKhcn, change)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.task.leadId).toBe(soKhcn.id)
    expect(r.value.task.coordinatorIds).toEqual(task.coordinatorIds)
    expect(r.value.task.version).toBe(2)
    expect(r.value.event).toMatchObject({
      type: 'LEAD_REASSIGNED',
      fromLeadId: lead,
      toLeadId: soKhcn.id,
      document: '45-QĐ/TU',
      from: 'NOT_STARTED',
      to: 'NOT_STARTED',
      on: '2025-03-01',
    })
  })

  it('takes no document as well', () => {
    const r = reassignLead(newTask(), soKhcn, { ...change, document: null })
    expect(r.ok && r.value.event.document).toBeNull()
  })

  it('refuses the current lead, another tenant, a dissolved body and a coordinator', () => {
    const task = newTask()
    const code = (target: NewLead) => {
      const r = reassignLead(task, target, change)
      if (r.ok) throw new Error('accepted')
      expect(r.error.path).toEqual(['leadId'])
      return r.error.code
    }
    expect(code({ ...soKhcn, id: lead })).toBe('LEAD_UNCHANGED')
    expect(code({ ...soKhcn, tenantId: 'other' as TenantId })).toBe('LEAD_OTHER_TENANT')
    expect(code({ ...soKhcn, dissolvedOn: '2025-03-01' })).toBe('LEAD_NOT_ACTIVE')
    expect(code({ ...soKhcn, foundedOn: '2025-03-02' })).toBe('LEAD_NOT_ACTIVE')
    expect(code({ ...soKhcn, id: coord })).toBe('LEAD_ALSO_COORDINATOR')
    expect(reassignLead(task, { ...soKhcn, dissolvedOn: '2025-03-02' }, change).ok).toBe(true)
  })

  it('requires a reason, reads the document, refuses a closed task and a stale version', () => {
    const task = newTask()
    const noReason = reassignLead(task, soKhcn, { ...change, reason: '' })
    expect(!noReason.ok && noReason.error.code).toBe('REASON_REQUIRED')
    const bad = reassignLead(task, soKhcn, { ...change, document: '45' })
    expect(!bad.ok && bad.error.path).toEqual(['document'])
    const stale = reassignLead(task, soKhcn, { ...change, expectedVersion: 2 })
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    const done = completeTask(task, { on: '2025-01-01' })
    if (!done.ok) throw new Error(done.error.message)
    const closed = reassignLead(done.value.task, soKhcn, change)
    expect(!closed.ok && closed.error.code).toBe('TASK_ALREADY_COMPLETED')
  })
})
