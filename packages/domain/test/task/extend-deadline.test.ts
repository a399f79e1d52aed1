import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { tallyTimeliness } from '../../src/task/completion-rate.js'
import { deadlineInForce } from '../../src/task/deadline-in-force.js'
import { extendDeadline, originalDeadline } from '../../src/task/extend-deadline.js'
import type { Task } from '../../src/task/task.js'
import { taskDue } from '../../src/task/task.js'
import { cancelTask, completeTask, startTask } from '../../src/task/task-lifecycle.js'
import { timeliness } from '../../src/task/timeliness.js'
import { newTask } from './fixtures.js'

function dueTask(text = 'Quý II/2026'): Task {
  const deadline = parseDeadline(text)
  if (!deadline.ok) throw new Error(deadline.error.code)
  return Object.freeze({ ...newTask(), deadline: deadline.value })
}

const extension = {
  deadline: '31/12/2026',
  document: 'Số: 125/QĐ-UBND',
  reason: '  Chờ bố trí   kinh phí  ',
  on: '2026-06-20',
}

function refusal(r: { ok: boolean; error?: { code: string; path: readonly unknown[] } }) {
  expect(r.ok).toBe(false)
  return r.error
}

describe('extendDeadline', () => {
  it('sets the deadline in force and keeps the one it replaces in the event', () => {
    const task = dueTask()
    const r = extendDeadline(task, extension)
    if (!r.ok) throw new Error(r.error.message)
    const { task: extended, event } = r.value
    expect(extended.deadline).toMatchObject({ kind: 'DATE', due: '2026-12-31', text: '31/12/2026' })
    expect(extended.version).toBe(2)
    expect(extended.status).toBe(task.status)
    expect(event).toMatchObject({
      type: 'DEADLINE_EXTENDED',
      on: '2026-06-20',
      from: 'NOT_STARTED',
      to: 'NOT_STARTED',
      version: 2,
      reason: 'Chờ bố trí kinh phí',
      document: '125/QĐ-UBND',
    })
    expect(event.previousDeadline).toEqual(task.deadline)
    expect(extended.history).toEqual([event])
    expect(Object.isFrozen(extended)).toBe(true)
  })

  it('judges timeliness against the deadline in force', () => {
    const task = dueTask()
    const asOf = '2026-09-01'
    const judged = (t: Task) => timeliness({ ...t, due: taskDue(t) }, asOf)
    expect(judged(task)).toBe('OVERDUE')
    const r = extendDeadline(task, extension)
    if (!r.ok) throw new Error(r.error.message)
    expect(judged(r.value.task)).toBe('IN_PROGRESS')
  })

  it('judges a day before an extension against the deadline then in force', () => {
    // Due 30/6/2026, extended late, on 15/7/2026, to 31/12/2026.
    const r = extendDeadline(dueTask(), { ...extension, on: '2026-07-15' })
    if (!r.ok) throw new Error(r.error.message)
    const extended = r.value.task
    const judged = (t: Task, asOf: string) => timeliness({ ...t, due: taskDue(t) }, asOf)
    expect(deadlineInForce(extended, '2026-07-14')?.due).toBe('2026-06-30')
    expect(deadlineInForce(extended, '2026-07-15')?.due).toBe('2026-12-31')
    expect(judged(extended, '2026-06-30')).toBe('IN_PROGRESS')
    expect(judged(extended, '2026-07-14')).toBe('OVERDUE')
    expect(judged(extended, '2026-07-15')).toBe('IN_PROGRESS')
    expect(judged(extended, '2027-01-01')).toBe('OVERDUE')
    // Completed on 1/8/2026: open and overdue as of a day before the extension, on time after.
    const done = completeTask(extended, { on: '2026-08-01' })
    if (!done.ok) throw new Error(done.error.message)
    expect(judged(done.value.task, '2026-07-10')).toBe('OVERDUE')
    expect(judged(done.value.task, '2026-09-01')).toBe('COMPLETED_ON_TIME')
    // Without the history, the deadline given is taken as in force whatever the day.
    expect(timeliness({ ...extended, history: null, due: taskDue(extended) }, '2026-07-14')).toBe(
      'IN_PROGRESS',
    )
    // The tally's tasks due by the date follow the same deadline.
    const tally = tallyTimeliness([{ ...extended, due: taskDue(extended) }], '2026-07-14')
    expect(tally.dueByDate.total).toBe(1)
    expect(
      tallyTimeliness([{ ...extended, due: taskDue(extended) }], '2026-07-15').dueByDate.total,
    ).toBe(0)
  })

  it('remembers the original deadline through several extensions', () => {
    const task = dueTask()
    const once = extendDeadline(task, extension)
    if (!once.ok) throw new Error(once.error.message)
    const twice = extendDeadline(once.value.task, {
      ...extension,
      deadline: 'Quý I/2027',
      document: '45-CV/TU',
      on: '2026-12-01',
    })
    if (!twice.ok) throw new Error(twice.error.message)
    expect(twice.value.event.previousDeadline.text).toBe('31/12/2026')
    expect(twice.value.event.document).toBe('45-CV/TU')
    expect(originalDeadline(twice.value.task)?.text).toBe('Quý II/2026')
    expect(originalDeadline(task)?.text).toBe('Quý II/2026')
  })

  it('reads a deadline without a year in the year of the extension', () => {
    const r = extendDeadline(dueTask(), { ...extension, deadline: 'trước ngày 30/9' })
    expect(r.ok && r.value.task.deadline?.due).toBe('2026-09-30')
  })

  it('refuses a new deadline that is not later than the one in force', () => {
    for (const deadline of ['30/6/2026', '15/5/2026', 'thường xuyên']) {
      const e = refusal(extendDeadline(dueTask(), { ...extension, deadline }))
      expect(e).toMatchObject({ code: 'DEADLINE_NOT_LATER', path: ['deadline'] })
    }
  })

  it('refuses a task with no due day, and an unreadable deadline with its path', () => {
    const ongoing = extendDeadline(dueTask('thường xuyên'), extension)
    expect(refusal(ongoing)).toMatchObject({ code: 'NO_DEADLINE_TO_EXTEND', path: ['deadline'] })
    expect(refusal(extendDeadline(newTask(), extension))?.code).toBe('NO_DEADLINE_TO_EXTEND')
    const impossible = extendDeadline(dueTask(), { ...extension, deadline: '31/02/2027' })
    expect(refusal(impossible)?.path[0]).toBe('deadline')
    const blank = extendDeadline(dueTask(), { ...extension, deadline: ' ' })
    expect(refusal(blank)).toMatchObject({ code: 'REQUIRED', path: ['deadline'] })
  })

  it('refuses a completed or a cancelled task', () => {
    const started = startTask(dueTask(), { on: '2026-01-05' })
    if (!started.ok) throw new Error(started.error.message)
    const done = completeTask(started.value.task, { on: '2026-06-01' })
    const cancelled = cancelTask(started.value.task, { on: '2026-06-01', reason: 'Thay thế' })
    if (!done.ok || !cancelled.ok) throw new Error('lifecycle')
    expect(refusal(extendDeadline(done.value.task, extension))?.code).toBe('TASK_ALREADY_COMPLETED')
    expect(refusal(extendDeadline(cancelled.value.task, extension))?.code).toBe('TASK_CANCELLED')
  })

  it('requires a reason and a real approving document, with bilingual messages', () => {
    const noReason = extendDeadline(dueTask(), { ...extension, reason: ' ' })
    expect(refusal(noReason)).toMatchObject({ code: 'REASON_REQUIRED', path: ['reason'] })
    const noDocument = extendDeadline(dueTask(), { ...extension, document: '' })
    expect(refusal(noDocument)).toMatchObject({ code: 'REQUIRED', path: ['document'] })
    const bad = extendDeadline(dueTask(), { ...extension, document: 'công văn' })
    if (bad.ok) throw new Error('accepted')
    expect(bad.error).toMatchObject({ code: 'INVALID_DOCUMENT_SYMBOL', path: ['document'] })
    expect(bad.error.messageVi).not.toBe(bad.error.message)
  })

  it('refuses a stale version and a day before the last event', () => {
    const task = dueTask()
    expect(refusal(extendDeadline(task, { ...extension, expectedVersion: 3 }))?.code).toBe(
      'CONFLICT',
    )
    const started = startTask(task, { on: '2026-07-01' })
    if (!started.ok) throw new Error(started.error.message)
    expect(refusal(extendDeadline(started.value.task, extension))).toMatchObject({
      code: 'EVENT_BEFORE_PREVIOUS',
      path: ['on'],
    })
    expect(refusal(extendDeadline(task, { ...extension, on: '2026-02-30' }))?.code).toBe(
      'INVALID_DATE',
    )
  })
})
