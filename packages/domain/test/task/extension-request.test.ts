import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { declineExtension } from '../../src/task/decline-extension.js'
import { extendDeadline } from '../../src/task/extend-deadline.js'
import { pendingExtensionRequest } from '../../src/task/pending-extension-request.js'
import { requestExtension } from '../../src/task/request-extension.js'
import type { Task } from '../../src/task/task.js'
import { TASK_EVENT_TYPE_LABELS } from '../../src/task/task-event.js'
import { cancelTask, completeTask, reopenTask, startTask } from '../../src/task/task-lifecycle.js'
import { lead, monitor, newTask } from './fixtures.js'

function dueTask(text = 'Quý II/2026'): Task {
  const deadline = parseDeadline(text)
  if (!deadline.ok) throw new Error(deadline.error.code)
  return Object.freeze({ ...newTask(), deadline: deadline.value })
}

const request = { deadline: '31/12/2026', reason: '  Chờ bố trí   kinh phí ', on: '2026-06-10' }

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

function refusal(r: { ok: boolean; error?: { code: string; path: readonly unknown[] } }) {
  expect(r.ok).toBe(false)
  return r.error
}

function asked(task = dueTask()): Task {
  return value(requestExtension(task, { ...request, by: lead })).task
}

describe('requestExtension', () => {
  it('records the deadline asked for and why, changing neither deadline nor status', () => {
    const task = dueTask()
    const { task: next, event } = value(requestExtension(task, { ...request, by: lead }))
    expect(event).toMatchObject({
      type: 'EXTENSION_REQUESTED',
      on: '2026-06-10',
      from: 'NOT_STARTED',
      to: 'NOT_STARTED',
      version: 2,
      reason: 'Chờ bố trí kinh phí',
      by: lead,
    })
    expect(event.requestedDeadline).toMatchObject({ kind: 'DATE', due: '2026-12-31' })
    expect(next.deadline).toEqual(task.deadline)
    expect(next.status).toBe(task.status)
    expect(next.version).toBe(2)
    expect(next.history).toEqual([event])
    expect(pendingExtensionRequest(next)).toBe(event)
    expect(Object.isFrozen(next) && Object.isFrozen(event)).toBe(true)
  })

  it('reads a deadline without a year in the year of the request', () => {
    const r = requestExtension(dueTask(), { ...request, deadline: 'trước ngày 30/9' })
    expect(r.ok && r.value.event.requestedDeadline.due).toBe('2026-09-30')
  })

  it('refuses a second request while one is pending', () => {
    const e = refusal(requestExtension(asked(), { ...request, deadline: 'Quý I/2027' }))
    expect(e).toMatchObject({ code: 'EXTENSION_ALREADY_REQUESTED', path: ['deadline'] })
  })

  it('refuses a deadline as extendDeadline does', () => {
    for (const deadline of ['30/6/2026', '15/5/2026', 'thường xuyên']) {
      const e = refusal(requestExtension(dueTask(), { ...request, deadline }))
      expect(e).toMatchObject({ code: 'DEADLINE_NOT_LATER', path: ['deadline'] })
    }
    const ongoing = requestExtension(dueTask('thường xuyên'), request)
    expect(refusal(ongoing)).toMatchObject({ code: 'NO_DEADLINE_TO_EXTEND', path: ['deadline'] })
    const impossible = requestExtension(dueTask(), { ...request, deadline: '31/02/2027' })
    expect(refusal(impossible)?.path[0]).toBe('deadline')
    const blank = requestExtension(dueTask(), { ...request, deadline: ' ' })
    expect(refusal(blank)).toMatchObject({ code: 'REQUIRED', path: ['deadline'] })
  })

  it('refuses no reason, a stale version, a bad day and a closed task', () => {
    const task = dueTask()
    expect(refusal(requestExtension(task, { ...request, reason: ' ' }))).toMatchObject({
      code: 'REASON_REQUIRED',
      path: ['reason'],
    })
    expect(refusal(requestExtension(task, { ...request, expectedVersion: 7 }))?.code).toBe(
      'CONFLICT',
    )
    expect(refusal(requestExtension(task, { ...request, on: '2026-02-30' }))?.code).toBe(
      'INVALID_DATE',
    )
    const started = value(startTask(task, { on: '2026-01-05' })).task
    const done = value(completeTask(started, { on: '2026-06-01' })).task
    const cancelled = value(cancelTask(started, { on: '2026-06-01', reason: 'Thay thế' })).task
    expect(refusal(requestExtension(done, request))?.code).toBe('TASK_ALREADY_COMPLETED')
    expect(refusal(requestExtension(cancelled, request))?.code).toBe('TASK_CANCELLED')
  })

  it('is labelled in Vietnamese and English', () => {
    expect(TASK_EVENT_TYPE_LABELS.EXTENSION_REQUESTED).toEqual({
      vi: 'Xin gia hạn',
      en: 'Extension requested',
    })
    expect(TASK_EVENT_TYPE_LABELS.EXTENSION_DECLINED.vi).toBe('Không đồng ý gia hạn')
  })
})

describe('declineExtension', () => {
  it('answers the pending request, keeping the deadline in force', () => {
    const task = asked()
    const refusalOf = { reason: 'Chưa có căn cứ', on: '2026-06-15', by: monitor }
    const { task: next, event } = value(declineExtension(task, refusalOf))
    expect(event).toMatchObject({
      type: 'EXTENSION_DECLINED',
      on: '2026-06-15',
      version: 3,
      reason: 'Chưa có căn cứ',
      by: monitor,
      from: task.status,
      to: task.status,
    })
    expect(next.deadline).toEqual(task.deadline)
    expect(pendingExtensionRequest(next)).toBeNull()
    // Once answered, the lead may ask again.
    expect(requestExtension(next, { ...request, on: '2026-06-20' }).ok).toBe(true)
  })

  it('refuses when no request is pending, or without a reason', () => {
    const none = declineExtension(dueTask(), { reason: 'Không', on: '2026-06-15' })
    expect(refusal(none)).toMatchObject({ code: 'NO_EXTENSION_REQUESTED', path: ['id'] })
    const blank = declineExtension(asked(), { reason: '', on: '2026-06-15' })
    expect(refusal(blank)?.code).toBe('REASON_REQUIRED')
    const stale = declineExtension(asked(), {
      reason: 'Không',
      on: '2026-06-15',
      expectedVersion: 1,
    })
    expect(refusal(stale)?.code).toBe('CONFLICT')
  })
})

describe('pendingExtensionRequest', () => {
  const document = '125/QĐ-UBND'

  it('is null for a task never asked, and after a grant, even to another day', () => {
    expect(pendingExtensionRequest(dueTask())).toBeNull()
    const granted = extendDeadline(asked(), {
      deadline: '30/11/2026',
      document,
      reason: 'Đồng ý một phần',
      on: '2026-06-15',
    })
    expect(pendingExtensionRequest(value(granted).task)).toBeNull()
  })

  it('ends when the task is completed or cancelled, and stays ended after reopening', () => {
    const started = value(startTask(dueTask(), { on: '2026-01-05' })).task
    const pending = asked(started)
    const done = value(completeTask(pending, { on: '2026-06-12' })).task
    expect(pendingExtensionRequest(done)).toBeNull()
    const cancelled = value(cancelTask(pending, { on: '2026-06-12', reason: 'Thay thế' })).task
    expect(pendingExtensionRequest(cancelled)).toBeNull()
    const reopened = value(reopenTask(done, { on: '2026-06-13', reason: 'Chưa đạt' })).task
    expect(pendingExtensionRequest(reopened)).toBeNull()
  })

  it('is the latest request when an earlier one was answered', () => {
    const declined = value(declineExtension(asked(), { reason: 'Không', on: '2026-06-11' })).task
    const again = value(
      requestExtension(declined, { ...request, deadline: 'Quý III/2026', on: '2026-06-12' }),
    )
    expect(pendingExtensionRequest(again.task)).toBe(again.event)
    expect(again.event.version).toBe(4)
  })
})
