import { isUuid, type ProgressReportInput } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { reportProgress } from '../../src/task/report-progress.js'
import { failureOf } from '../support/result-of.js'
import { callerOf, contextOf, memoryTenant, NO_TASK, ORGANIZATIONS, TASK } from './task-fixture.js'

const coordinator = callerOf('REPORTER', 'STC')

describe('reportProgress', () => {
  it('files in the caller’s own name when it coordinates the task, dated today', async () => {
    const tenant = memoryTenant()
    const result = await reportProgress(contextOf(tenant.ports, coordinator), {
      taskId: TASK.id,
      percent: 30,
      idempotencyKey: '  bc-1 ',
    })
    expect(result.ok).toBe(true)
    const [input, change, key] = tenant.writes[0]!.args as [ProgressReportInput, unknown, string]
    expect(input).toMatchObject({
      taskId: TASK.id,
      organizationId: ORGANIZATIONS.stc.id,
      reportedOn: '2025-06-15',
      percent: 30,
      narrative: null,
      evidence: null,
    })
    expect(isUuid(input.id)).toBe(true)
    expect(change).toEqual({
      actor: coordinator.actor,
      actorOrganization: 'STC',
      requestId: 'req-1',
    })
    expect(key).toBe('bc-1')
  })

  it('reads what it checks in one read session, and writes after it', async () => {
    const tenant = memoryTenant()
    await reportProgress(contextOf(tenant.ports, coordinator), { taskId: TASK.id, percent: 30 })
    expect(tenant.sessions.count).toBe(1)
    expect(tenant.writes.map((w) => w.method)).toEqual(['appendProgressReport'])
  })

  it('checks the key and the day on the input alone, before reading anything', async () => {
    const tenant = memoryTenant()
    const context = contextOf(tenant.ports, coordinator)
    const longKey = await reportProgress(context, {
      taskId: NO_TASK,
      percent: 30,
      idempotencyKey: 'k'.repeat(201),
    })
    expect(failureOf(longKey)).toEqual(['IDEMPOTENCY_KEY_TOO_LONG', ['idempotencyKey']])
    const future = await reportProgress(context, {
      taskId: NO_TASK,
      percent: 30,
      reportedOn: '2025-06-17',
    })
    expect(failureOf(future)).toEqual(['REPORT_IN_FUTURE', ['reportedOn']])
    expect(tenant.reads.size).toBe(0)
  })

  it('answers a task the caller cannot see at taskId', async () => {
    const result = await reportProgress(contextOf(memoryTenant().ports, coordinator), {
      taskId: NO_TASK,
      percent: 30,
    })
    expect(failureOf(result)).toEqual(['TASK_NOT_FOUND', ['taskId']])
  })

  it('files for the lead when the caller’s organisation is not on the task: then refused', async () => {
    const tenant = memoryTenant()
    const outsider = callerOf('REPORTER', 'LHH')
    const result = await reportProgress(contextOf(tenant.ports, outsider), {
      taskId: TASK.id,
      percent: 30,
    })
    expect(failureOf(result)).toEqual(['FORBIDDEN', ['organizationId']])
    expect(tenant.writes).toEqual([])
  })

  it('refuses a report in the name of an organisation not on the task, whoever files it', async () => {
    const result = await reportProgress(contextOf(memoryTenant().ports, callerOf('ADMIN', null)), {
      taskId: TASK.id,
      organizationId: ORGANIZATIONS.lhh.id,
      percent: 30,
    })
    expect(failureOf(result)).toEqual(['ORGANIZATION_NOT_ON_TASK', ['organizationId']])
  })

  it('passes the store’s validation on, with the field’s path', async () => {
    const result = await reportProgress(contextOf(memoryTenant().ports, coordinator), {
      taskId: TASK.id,
      percent: 130,
    })
    expect(failureOf(result)).toEqual(['INVALID_PERCENT', ['percent']])
  })

  it('reads through its own ports when they have no read session', async () => {
    const { readSession: _, ...ports } = memoryTenant().ports
    const result = await reportProgress(contextOf(ports, coordinator), {
      taskId: TASK.id,
      narrative: 'Đang triển khai',
    })
    expect(result.ok).toBe(true)
  })
})
