import { requestExtension } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { declineDeadlineExtension } from '../../src/task/decline-deadline-extension.js'
import { requestDeadlineExtension } from '../../src/task/request-deadline-extension.js'
import { assertAnsweredAsAbsent, errorOf, failureOf, successOf } from '../support/result-of.js'
import {
  callerOf,
  contextOf,
  memoryTenant,
  NO_TASK,
  ORGANIZATIONS,
  storeRefusal,
  TASK,
} from './task-fixture.js'

const reporter = callerOf('REPORTER', 'SKHCN')
const editor = callerOf('EDITOR', 'UBND-TINH')
const request = { id: TASK.id, version: 1, deadline: '31/12/2025', reason: 'Chờ bố trí kinh phí' }
const refusal = { id: TASK.id, version: 2, reason: 'Chưa có căn cứ gia hạn' }

/** {@link TASK} with a request for an extension pending. */
function askedTask() {
  const r = requestExtension(TASK, { deadline: '31/12/2025', reason: 'Chờ', on: '2025-06-10' })
  if (!r.ok) throw new Error(r.error.message)
  return r.value.task
}

describe('requestDeadlineExtension', () => {
  it("records the lead's request on the version read, the deadline unchanged", async () => {
    const tenant = memoryTenant()
    const done = successOf(
      await requestDeadlineExtension(contextOf(tenant.ports, reporter), request),
    )
    expect(done.task.deadline).toEqual(TASK.deadline)
    expect(done.event).toMatchObject({
      type: 'EXTENSION_REQUESTED',
      on: '2025-06-15',
      by: ORGANIZATIONS.skhcn.id,
      reason: 'Chờ bố trí kinh phí',
      requestedDeadline: { text: '31/12/2025', due: '2025-12-31' },
    })
    expect(tenant.writes.map((w) => [w.method, w.args[0], w.args[2]])).toEqual([
      ['change', TASK.id, 1],
    ])
  })

  it('lets the lead side ask, and no one else', async () => {
    const tenant = memoryTenant()
    for (const caller of [callerOf('EDITOR', 'SKHCN'), editor, callerOf('ADMIN', null)]) {
      successOf(await requestDeadlineExtension(contextOf(tenant.ports, caller), request))
    }
    const before = tenant.writes.length
    for (const caller of [
      callerOf('REPORTER', 'STC'),
      callerOf('EDITOR', 'LHH'),
      callerOf('VIEWER', 'SKHCN'),
    ]) {
      const result = await requestDeadlineExtension(contextOf(tenant.ports, caller), request)
      expect(errorOf(result).code).toBe('FORBIDDEN')
    }
    expect(tenant.writes.length).toBe(before)
  })

  it('answers a hidden task exactly as an absent one, and writes nothing', async () => {
    const hidden = memoryTenant({ tasks: [] })
    const seen = await requestDeadlineExtension(contextOf(hidden.ports, reporter), request)
    const absent = await requestDeadlineExtension(contextOf(memoryTenant().ports, reporter), {
      ...request,
      id: NO_TASK,
    })
    expect(failureOf(seen)).toEqual(['TASK_NOT_FOUND', ['id']])
    assertAnsweredAsAbsent(seen, absent)
    expect(hidden.writes).toEqual([])
  })

  it("passes the domain's refusals on, with their paths", async () => {
    const pending = memoryTenant({ tasks: [askedTask()] })
    const again = await requestDeadlineExtension(contextOf(pending.ports, reporter), {
      ...request,
      version: 2,
    })
    expect(failureOf(again)).toEqual(['EXTENSION_ALREADY_REQUESTED', ['deadline']])
    const early = await requestDeadlineExtension(contextOf(memoryTenant().ports, reporter), {
      ...request,
      deadline: '30/9/2025',
    })
    expect(failureOf(early)).toEqual(['DEADLINE_NOT_LATER', ['deadline']])
    const stale = memoryTenant({ failWrite: storeRefusal('CONFLICT', ['version']) })
    const conflict = await requestDeadlineExtension(contextOf(stale.ports, reporter), request)
    expect(failureOf(conflict)).toEqual(['CONFLICT', ['version']])
  })
})

describe('declineDeadlineExtension', () => {
  it("records the refusal in the name of the caller's organisation", async () => {
    const tenant = memoryTenant({ tasks: [askedTask()] })
    const done = successOf(await declineDeadlineExtension(contextOf(tenant.ports, editor), refusal))
    expect(done.event).toMatchObject({
      type: 'EXTENSION_DECLINED',
      by: ORGANIZATIONS.province.id,
      reason: 'Chưa có căn cứ gia hạn',
      version: 3,
    })
    expect(done.task.deadline).toEqual(TASK.deadline)
  })

  it('lets only those who may grant it decline it', async () => {
    const tenant = memoryTenant({ tasks: [askedTask()] })
    for (const caller of [reporter, callerOf('EDITOR', 'SKHCN'), callerOf('EDITOR', 'LHH')]) {
      const result = await declineDeadlineExtension(contextOf(tenant.ports, caller), refusal)
      expect(errorOf(result).code).toBe('FORBIDDEN')
    }
    expect(tenant.writes).toEqual([])
  })

  it('refuses a task with no request pending, and a hidden task as an absent one', async () => {
    const none = await declineDeadlineExtension(contextOf(memoryTenant().ports, editor), {
      ...refusal,
      version: 1,
    })
    expect(failureOf(none)).toEqual(['NO_EXTENSION_REQUESTED', ['id']])
    const hidden = await declineDeadlineExtension(
      contextOf(memoryTenant({ tasks: [] }).ports, editor),
      refusal,
    )
    expect(failureOf(hidden)).toEqual(['TASK_NOT_FOUND', ['id']])
  })
})
