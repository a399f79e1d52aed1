import {
  applyTaskEvent,
  TASK_STATUSES,
  type TaskLifecycleEventType,
  type TaskStatus,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { CANCEL_TASK_ERRORS, cancelTask } from '../../src/task/cancel-task.js'
import { COMPLETE_TASK_ERRORS, completeTask } from '../../src/task/complete-task.js'
import { PAUSE_TASK_ERRORS, pauseTask } from '../../src/task/pause-task.js'
import { REOPEN_TASK_ERRORS, reopenTask } from '../../src/task/reopen-task.js'
import { RESUME_TASK_ERRORS } from '../../src/task/resume-task.js'
import { START_TASK_ERRORS, startTask } from '../../src/task/start-task.js'
import { failureOf } from '../support/result-of.js'
import { callerOf, contextOf, memoryTenant, NO_TASK, TASK } from './task-fixture.js'

const STEPS: readonly [TaskLifecycleEventType, readonly string[]][] = [
  ['STARTED', START_TASK_ERRORS],
  ['PAUSED', PAUSE_TASK_ERRORS],
  ['RESUMED', RESUME_TASK_ERRORS],
  ['COMPLETED', COMPLETE_TASK_ERRORS],
  ['CANCELLED', CANCEL_TASK_ERRORS],
  ['REOPENED', REOPEN_TASK_ERRORS],
]

describe('the lifecycle steps', () => {
  it('declare every refusal of the state machine, from every status', () => {
    for (const [type, declared] of STEPS) {
      for (const status of TASK_STATUSES as readonly TaskStatus[]) {
        for (const reason of [null, 'Lý do']) {
          const result = applyTaskEvent({ ...TASK, status }, type, { on: '2025-06-15', reason })
          if (!result.ok) expect(declared, `${type} from ${status}`).toContain(result.error.code)
        }
      }
    }
  })

  it('let the lead start its task, on today unless told, with who did it', async () => {
    const tenant = memoryTenant()
    const lead = callerOf('REPORTER', 'SKHCN')
    const result = await startTask(contextOf(tenant.ports, lead), { id: TASK.id, version: 1 })
    expect(result.ok && result.value.task.status).toBe('IN_PROGRESS')
    expect(tenant.writes[0]!.args).toEqual([
      TASK.id,
      { type: 'STARTED', on: '2025-06-15', reason: null },
      1,
      { actor: lead.actor, actorOrganization: 'SKHCN', requestId: 'req-1' },
    ])
  })

  it('let the lead complete its task, but not pause it: that is management', async () => {
    const lead = callerOf('REPORTER', 'SKHCN')
    const running = memoryTenant({ tasks: [{ ...TASK, status: 'IN_PROGRESS' }] })
    const done = await completeTask(contextOf(running.ports, lead), {
      id: TASK.id,
      version: 1,
      on: '2025-06-10',
    })
    expect(done.ok && done.value.task.completedOn).toBe('2025-06-10')
    const paused = await pauseTask(contextOf(running.ports, lead), { id: TASK.id, version: 1 })
    expect(paused.ok || paused.error.code).toBe('FORBIDDEN')
    expect(running.writes).toHaveLength(1)
  })

  it('answer a task the caller cannot see at id, and write nothing', async () => {
    const tenant = memoryTenant()
    const admin = callerOf('ADMIN', null)
    const result = await reopenTask(contextOf(tenant.ports, admin), {
      id: NO_TASK,
      version: 1,
      reason: 'Chưa đạt',
    })
    expect(failureOf(result)).toEqual(['TASK_NOT_FOUND', ['id']])
    expect(tenant.writes).toEqual([])
  })

  it('pass the state machine’s refusal on: a cancel needs a reason', async () => {
    const editor = callerOf('EDITOR', 'UBND-TINH')
    const result = await cancelTask(contextOf(memoryTenant().ports, editor), {
      id: TASK.id,
      version: 1,
    })
    expect(failureOf(result)).toEqual(['REASON_REQUIRED', ['reason']])
  })
})
