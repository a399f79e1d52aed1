import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Task } from '../../src/task/task.js'
import {
  TASK_LIFECYCLE_EVENT_TYPES,
  type TaskLifecycleEventType,
} from '../../src/task/task-event.js'
import {
  allowedTaskEvents,
  applyTaskEvent,
  cancelTask,
  completeTask,
  pauseTask,
  reopenTask,
  resumeTask,
  startTask,
  TASK_TRANSITIONS,
} from '../../src/task/task-lifecycle.js'
import { TASK_STATUSES } from '../../src/task/task-status.js'
import { lead, newTask } from './fixtures.js'

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(r.error.code)
  return r.value
}

describe('task lifecycle', () => {
  it('runs the happy path and records each event', () => {
    const t0 = newTask()
    expect(t0).toMatchObject({ status: 'NOT_STARTED', version: 1, completedOn: null, history: [] })
    const { task: t1, event } = must(startTask(t0, { on: '2025-03-01', by: lead }))
    expect(event).toEqual({
      type: 'STARTED',
      taskId: t0.id,
      on: '2025-03-01',
      from: 'NOT_STARTED',
      to: 'IN_PROGRESS',
      version: 2,
      reason: null,
      by: lead,
    })
    const t2 = must(pauseTask(t1, { on: '2025-04-01', reason: 'Chờ kinh phí' })).task
    const t3 = must(resumeTask(t2, { on: '2025-05-01' })).task
    const t4 = must(completeTask(t3, { on: '2025-06-20' })).task
    expect(t4).toMatchObject({ status: 'COMPLETED', completedOn: '2025-06-20', version: 5 })
    expect(t4.history.map((e) => e.type)).toEqual(['STARTED', 'PAUSED', 'RESUMED', 'COMPLETED'])
    expect(t0.status).toBe('NOT_STARTED')
    expect(Object.isFrozen(t4)).toBe(true)
  })

  it('refuses changes to completed and cancelled tasks with stable codes', () => {
    const done = must(completeTask(newTask(), { on: '2025-06-20' })).task
    const r = startTask(done, { on: '2025-07-01' })
    expect(!r.ok && r.error.code).toBe('TASK_ALREADY_COMPLETED')
    expect(!r.ok && r.error.messageVi).toContain('hoàn thành')
    const again = completeTask(done, { on: '2025-07-01' })
    expect(!again.ok && again.error.code).toBe('TASK_ALREADY_COMPLETED')
    const cancelled = must(cancelTask(newTask(), { on: '2025-06-20', reason: 'Thay thế' })).task
    const c = pauseTask(cancelled, { on: '2025-07-01' })
    expect(!c.ok && c.error.code).toBe('TASK_CANCELLED')
    const p = resumeTask(newTask(), { on: '2025-07-01' })
    expect(!p.ok && p.error.code).toBe('INVALID_TRANSITION')
    expect(!p.ok && p.error.path).toEqual(['status'])
  })

  it('reopens only explicitly, with a reason that is recorded', () => {
    const done = must(completeTask(newTask(), { on: '2025-06-20' })).task
    const noReason = reopenTask(done, { on: '2025-07-01', reason: '  ' })
    expect(!noReason.ok && noReason.error.code).toBe('REASON_REQUIRED')
    expect(!noReason.ok && noReason.error.path).toEqual(['reason'])
    const { task, event } = must(reopenTask(done, { on: '2025-07-01', reason: 'Chưa đạt yêu cầu' }))
    expect(task).toMatchObject({ status: 'IN_PROGRESS', completedOn: null, version: 3 })
    expect(event).toMatchObject({ type: 'REOPENED', from: 'COMPLETED', reason: 'Chưa đạt yêu cầu' })
    const open = reopenTask(newTask(), { on: '2025-07-01', reason: 'x' })
    expect(!open.ok && open.error.code).toBe('INVALID_TRANSITION')
    const cancel = cancelTask(newTask(), { on: '2025-07-01' })
    expect(!cancel.ok && cancel.error.code).toBe('REASON_REQUIRED')
  })

  it('checks dates, their order and the expected version', () => {
    const bad = startTask(newTask(), { on: '2025-02-30' })
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INVALID_DATE', path: ['on'] })
    const started = must(startTask(newTask(), { on: '2025-03-01' })).task
    const early = completeTask(started, { on: '2025-02-01' })
    expect(!early.ok && early.error.code).toBe('EVENT_BEFORE_PREVIOUS')
    const stale = completeTask(started, { on: '2025-03-02', expectedVersion: 1 })
    expect(!stale.ok && stale.error).toMatchObject({ code: 'CONFLICT', path: ['version'] })
    expect(completeTask(started, { on: '2025-03-02', expectedVersion: 2 }).ok).toBe(true)
  })

  it('describes what each status allows', () => {
    expect(allowedTaskEvents('PAUSED')).toEqual(['RESUMED', 'CANCELLED'])
    expect(allowedTaskEvents('COMPLETED')).toEqual(['REOPENED'])
    expect(TASK_TRANSITIONS.REOPENED.from).toEqual(['COMPLETED', 'CANCELLED'])
  })

  it('never reaches an illegal state under random sequences', () => {
    const step = fc.record({
      type: fc.constantFrom(...TASK_LIFECYCLE_EVENT_TYPES),
      days: fc.integer({ min: -2, max: 30 }),
      reason: fc.option(fc.constantFrom('', 'lý do', '  ')),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let task: Task = newTask()
        let day = Date.UTC(2025, 0, 1)
        for (const s of steps) {
          day += s.days * 86_400_000
          const on = new Date(day).toISOString().slice(0, 10)
          const before = task
          const r = applyTaskEvent(task, s.type as TaskLifecycleEventType, { on, reason: s.reason })
          if (r.ok) {
            task = r.value.task
            expect(TASK_TRANSITIONS[s.type].from).toContain(before.status)
            expect(r.value.event.from).toBe(before.status)
            expect(r.value.event.to).toBe(task.status)
            expect(r.value.event.version).toBe(task.version)
          } else {
            expect(task).toBe(before)
            expect(r.error.code).toMatch(/^[A-Z_]+$/)
          }
          expect(TASK_STATUSES).toContain(task.status)
          expect(task.completedOn !== null).toBe(task.status === 'COMPLETED')
          expect(task.version).toBe(1 + task.history.length)
          const last = task.history[task.history.length - 1]
          expect(last === undefined ? 'NOT_STARTED' : last.to).toBe(task.status)
          for (let i = 1; i < task.history.length; i++) {
            expect(task.history[i]!.from).toBe(task.history[i - 1]!.to)
            expect(task.history[i]!.on >= task.history[i - 1]!.on).toBe(true)
          }
          if (task.status === 'COMPLETED') expect(task.completedOn).toBe(last?.on)
        }
      }),
      { numRuns: 500 },
    )
  })
})
