import { describe, expect, it } from 'vitest'
import { extendTaskDeadline } from '../../src/task/extend-task-deadline.js'
import { assertAnsweredAsAbsent, errorOf, failureOf, successOf } from '../support/result-of.js'
import { callerOf, contextOf, memoryTenant, NO_TASK, storeRefusal, TASK } from './task-fixture.js'

const editor = callerOf('EDITOR', 'UBND-TINH')
const extension = {
  id: TASK.id,
  version: 1,
  deadline: '31/12/2025',
  document: '125/QĐ-UBND',
  reason: 'Chờ bố trí kinh phí',
}

describe('extendTaskDeadline', () => {
  it('sets the deadline in force on the version read, today unless told', async () => {
    const tenant = memoryTenant()
    const done = successOf(await extendTaskDeadline(contextOf(tenant.ports, editor), extension))
    expect(done.task.deadline).toMatchObject({ due: '2025-12-31', text: '31/12/2025' })
    expect(done.event).toMatchObject({
      type: 'DEADLINE_EXTENDED',
      on: '2025-06-15',
      document: '125/QĐ-UBND',
      previousDeadline: { text: 'Quý III/2025', due: '2025-09-30' },
    })
    expect(tenant.writes.map((w) => [w.method, w.args[0], w.args[2]])).toEqual([
      ['change', TASK.id, 1],
    ])
  })

  it('refuses a deadline not later than the one in force, with its path', async () => {
    const result = await extendTaskDeadline(contextOf(memoryTenant().ports, editor), {
      ...extension,
      deadline: '30/9/2025',
    })
    expect(failureOf(result)).toEqual(['DEADLINE_NOT_LATER', ['deadline']])
  })

  it('answers a hidden task exactly as an absent one, and writes nothing', async () => {
    const hidden = memoryTenant({ tasks: [] })
    const seen = await extendTaskDeadline(contextOf(hidden.ports, editor), extension)
    const absent = await extendTaskDeadline(contextOf(memoryTenant().ports, editor), {
      ...extension,
      id: NO_TASK,
    })
    expect(failureOf(seen)).toEqual(['TASK_NOT_FOUND', ['id']])
    assertAnsweredAsAbsent(seen, absent)
    expect(hidden.writes).toEqual([])
  })

  it('lets only those who may change the task extend it', async () => {
    const tenant = memoryTenant()
    const refused = [
      callerOf('REPORTER', 'SKHCN'),
      callerOf('EDITOR', 'LHH'),
      // The lead's own editor, while a coordinator is outside its subtree: as updateTask.
      callerOf('EDITOR', 'SKHCN'),
    ]
    for (const caller of refused) {
      const result = await extendTaskDeadline(contextOf(tenant.ports, caller), extension)
      expect(errorOf(result).code).toBe('FORBIDDEN')
    }
    expect(tenant.writes).toEqual([])
  })

  it('passes a stale version on as CONFLICT', async () => {
    const tenant = memoryTenant({ failWrite: storeRefusal('CONFLICT', ['version']) })
    const result = await extendTaskDeadline(contextOf(tenant.ports, editor), {
      ...extension,
      version: 4,
    })
    expect(failureOf(result)).toEqual(['CONFLICT', ['version']])
  })
})
