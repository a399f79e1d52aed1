import { describe, expect, it } from 'vitest'
import { updateTask } from '../../src/task/update-task.js'
import { failureOf } from '../support/result-of.js'
import {
  callerOf,
  contextOf,
  memoryTenant,
  NO_TASK,
  ORGANIZATIONS,
  storeRefusal,
  TASK,
} from './task-fixture.js'

const editor = callerOf('EDITOR', 'UBND-TINH')

describe('updateTask', () => {
  it('changes only the fields given, on the version read', async () => {
    const tenant = memoryTenant()
    const result = await updateTask(contextOf(tenant.ports, editor), {
      id: TASK.id,
      version: 1,
      title: 'Tổ chức hai hội thảo',
      monitorId: null,
    })
    expect(result.ok && result.value.task.title).toBe('Tổ chức hai hội thảo')
    expect(tenant.writes[0]!.args.slice(0, 3)).toEqual([
      TASK.id,
      { title: 'Tổ chức hai hội thảo' },
      1,
    ])
  })

  it('parses a deadline with the document’s year, and removes one given blank', async () => {
    const tenant = memoryTenant()
    await updateTask(contextOf(tenant.ports, editor), {
      id: TASK.id,
      version: 1,
      deadline: 'Quý I',
    })
    await updateTask(contextOf(tenant.ports, editor), { id: TASK.id, version: 1, deadline: ' ' })
    const [parsed, blank] = tenant.writes.map((w) => w.args[1])
    expect(parsed).toMatchObject({ deadline: { text: 'Quý I', due: '2025-03-31' } })
    expect(blank).toEqual({ deadline: null })
  })

  it('keeps a deadline it cannot read, with a warning at deadline; refuses an impossible date', async () => {
    const result = await updateTask(contextOf(memoryTenant().ports, editor), {
      id: TASK.id,
      version: 1,
      deadline: 'càng sớm càng tốt',
    })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.task.deadline).toMatchObject({
        kind: 'UNPARSED',
        text: 'càng sớm càng tốt',
      })
      expect(result.value.warnings.map((w) => [w.code, w.path])).toEqual([
        ['DEADLINE_UNPARSED', ['deadline']],
      ])
    }
    const impossible = await updateTask(contextOf(memoryTenant().ports, editor), {
      id: TASK.id,
      version: 1,
      deadline: 'ngày 31/02/2025',
    })
    expect(failureOf(impossible)).toEqual(['INVALID_DATE', ['deadline']])
  })

  it('answers a task it cannot see at id', async () => {
    const result = await updateTask(contextOf(memoryTenant().ports, editor), {
      id: NO_TASK,
      version: 1,
    })
    expect(failureOf(result)).toEqual(['TASK_NOT_FOUND', ['id']])
  })

  it('judges the task as it will be too: an editor may not move it out of reach', async () => {
    const skhcnEditor = callerOf('EDITOR', 'SKHCN')
    const tenant = memoryTenant({ tasks: [{ ...TASK, coordinatorIds: [] }] })
    const own = await updateTask(contextOf(tenant.ports, skhcnEditor), {
      id: TASK.id,
      version: 1,
      title: 'Đổi tên',
    })
    expect(own.ok).toBe(true)
    const away = await updateTask(contextOf(tenant.ports, skhcnEditor), {
      id: TASK.id,
      version: 1,
      leadId: ORGANIZATIONS.stc.id,
    })
    expect(away.ok || away.error.code).toBe('FORBIDDEN')
    expect(tenant.writes).toHaveLength(1)
  })

  it('passes a stale version on as CONFLICT', async () => {
    const tenant = memoryTenant({
      failWrite: storeRefusal('CONFLICT', ['version']),
    })
    const result = await updateTask(contextOf(tenant.ports, editor), {
      id: TASK.id,
      version: 7,
      title: 'Mới',
    })
    expect(failureOf(result)).toEqual(['CONFLICT', ['version']])
  })
})
