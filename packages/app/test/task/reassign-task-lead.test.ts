import { describe, expect, it } from 'vitest'
import { reassignTaskLead } from '../../src/task/reassign-task-lead.js'
import { assertAnsweredAsAbsent, errorOf, failureOf, successOf } from '../support/result-of.js'
import {
  callerOf,
  contextOf,
  memoryTenant,
  NO_ORGANIZATION,
  NO_TASK,
  ORGANIZATIONS,
  TASK,
} from './task-fixture.js'

const editor = callerOf('EDITOR', 'UBND-TINH')
const change = {
  id: TASK.id,
  version: 1,
  leadId: ORGANIZATIONS.lhh.id,
  reason: 'Giao Liên hiệp hội chủ trì theo Kết luận của Ban Thường vụ',
  document: '45-CV/TU',
  on: '2025-06-01',
}

describe('reassignTaskLead', () => {
  it('hands the task to the new lead and records both', async () => {
    const tenant = memoryTenant()
    const done = successOf(await reassignTaskLead(contextOf(tenant.ports, editor), change))
    expect(done.task.leadId).toBe(ORGANIZATIONS.lhh.id)
    expect(done.event).toMatchObject({
      type: 'LEAD_REASSIGNED',
      fromLeadId: ORGANIZATIONS.skhcn.id,
      toLeadId: ORGANIZATIONS.lhh.id,
      document: '45-CV/TU',
      on: '2025-06-01',
    })
    expect(tenant.writes.map((w) => w.method)).toEqual(['change'])
  })

  it('answers a new lead nobody has as ORGANIZATION_NOT_FOUND at leadId', async () => {
    const tenant = memoryTenant()
    const result = await reassignTaskLead(contextOf(tenant.ports, editor), {
      ...change,
      leadId: NO_ORGANIZATION,
    })
    expect(failureOf(result)).toEqual(['ORGANIZATION_NOT_FOUND', ['leadId']])
    expect(tenant.writes).toEqual([])
  })

  it('answers a hidden task exactly as an absent one', async () => {
    const hidden = await reassignTaskLead(
      contextOf(memoryTenant({ tasks: [] }).ports, editor),
      change,
    )
    const absent = await reassignTaskLead(contextOf(memoryTenant().ports, editor), {
      ...change,
      id: NO_TASK,
    })
    assertAnsweredAsAbsent(hidden, absent)
    expect(failureOf(hidden)).toEqual(['TASK_NOT_FOUND', ['id']])
  })

  it('judges the task as it will be: an editor may not hand it out of reach', async () => {
    const skhcnEditor = callerOf('EDITOR', 'SKHCN')
    const tenant = memoryTenant({ tasks: [{ ...TASK, coordinatorIds: [] }] })
    const away = await reassignTaskLead(contextOf(tenant.ports, skhcnEditor), change)
    expect(errorOf(away).code).toBe('FORBIDDEN')
    const reporter = await reassignTaskLead(
      contextOf(tenant.ports, callerOf('REPORTER', 'UBND-TINH')),
      change,
    )
    expect(errorOf(reporter).code).toBe('FORBIDDEN')
    expect(tenant.writes).toEqual([])
  })

  it('refuses a coordinator as the new lead, as task validation does', async () => {
    const result = await reassignTaskLead(contextOf(memoryTenant().ports, editor), {
      ...change,
      leadId: ORGANIZATIONS.stc.id,
    })
    expect(failureOf(result)).toEqual(['LEAD_ALSO_COORDINATOR', ['leadId']])
  })
})
