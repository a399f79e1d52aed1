import type { Page, Task, TaskId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import type { TaskFilter, TaskListKey, TaskListRequest } from '../../src/ports/task-store.js'
import {
  countTaskLists,
  loadProgressReportsOfTasks,
  loadSubtasksOfTasks,
  loadTask,
  loadTaskPage,
  loadTaskPages,
  loadTasksByIds,
} from '../../src/task/load-tasks.js'
import { EMPTY_PAGE } from '../support/list-port.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { NO_TASK, REPORT, TASK } from './task-fixture.js'

/** A task reader answering from {@link TASK} and {@link REPORT}, recording every call. */
function tasksPort() {
  const found = (id: TaskId) => (id === TASK.id ? TASK : null)
  return {
    findById: recorder(async (id: TaskId) => found(id)),
    findByIds: recorder(async (ids: readonly TaskId[]) => ids.map(found)),
    list: recorder(async (_request: TaskListRequest): Promise<Page<Task>> => EMPTY_PAGE),
    listMany: recorder(
      async (lists: readonly TaskListKey[], _asOf?: string | null) =>
        new Map<string, Page<Task>>(lists.map((l) => [l.key, EMPTY_PAGE])),
    ),
    countMany: recorder(
      async (lists: readonly { key: string; filter: TaskFilter }[], _asOf: string) =>
        new Map(lists.map((l, i) => [l.key, i])),
    ),
    subtasksOf: recorder(
      async (ids: readonly TaskId[]) =>
        new Map(ids.map((id) => [id, id === NO_TASK ? [TASK] : []])),
    ),
    progressReportsOf: recorder(
      async (ids: readonly TaskId[]) => new Map(ids.map((id) => [id, [REPORT]])),
    ),
  }
}

describe('the task loaders', () => {
  it('read every id of a batch in one call, in the order asked, absent ones as null', async () => {
    const tasks = tasksPort()
    const found = successOf(
      await loadTasksByIds(readContext({ tasks }), { ids: [NO_TASK, TASK.id, NO_TASK] }),
    )
    expect(found).toEqual([null, TASK, null])
    expect(tasks.findByIds.calls).toEqual([[[NO_TASK, TASK.id, NO_TASK]]])
  })

  it('read one task afresh, or null', async () => {
    const tasks = tasksPort()
    expect(successOf(await loadTask(readContext({ tasks }), { id: TASK.id }))).toBe(TASK)
    expect(successOf(await loadTask(readContext({ tasks }), { id: NO_TASK }))).toBeNull()
    expect(tasks.findById.calls).toEqual([[TASK.id], [NO_TASK]])
  })

  it('read the subtasks and the reports of every task of a batch in one call each', async () => {
    const tasks = tasksPort()
    const context = readContext({ tasks })
    const subtasks = successOf(
      await loadSubtasksOfTasks(context, { parentIds: [TASK.id, NO_TASK] }),
    )
    expect(subtasks.get(NO_TASK)).toEqual([TASK])
    expect(subtasks.get(TASK.id)).toEqual([])
    const reports = successOf(await loadProgressReportsOfTasks(context, { taskIds: [TASK.id] }))
    expect(reports.get(TASK.id)).toEqual([REPORT])
    expect(tasks.subtasksOf.calls).toEqual([[[TASK.id, NO_TASK]]])
    expect(tasks.progressReportsOf.calls).toEqual([[[TASK.id]]])
  })

  it('read the first pages and the totals of several lists in one call each, on the day given', async () => {
    const tasks = tasksPort()
    const context = readContext({ tasks })
    const lists = [
      { key: 'a', filter: { timeliness: ['OVERDUE'] } as TaskFilter },
      { key: 'b', filter: {} },
    ]
    const pages = successOf(await loadTaskPages(context, { lists, asOf: '2025-12-31' }))
    expect([...pages.keys()]).toEqual(['a', 'b'])
    const totals = successOf(await countTaskLists(context, { lists, asOf: '2025-12-31' }))
    expect(Object.fromEntries(totals)).toEqual({ a: 0, b: 1 })
    expect(tasks.listMany.calls).toEqual([[lists, '2025-12-31']])
    expect(tasks.countMany.calls).toEqual([[lists, '2025-12-31']])
  })

  it('read a page past a cursor as its request says', async () => {
    const tasks = tasksPort()
    const request = { first: 5, after: 'cursor', asOf: '2025-12-31', orderBy: 'DUE_ASC' as const }
    expect(successOf(await loadTaskPage(readContext({ tasks }), request))).toBe(EMPTY_PAGE)
    expect(tasks.list.calls).toEqual([[request]])
  })

  it('declare no failure', () => {
    for (const loader of [
      loadTasksByIds,
      loadTask,
      loadSubtasksOfTasks,
      loadProgressReportsOfTasks,
      loadTaskPages,
      loadTaskPage,
      countTaskLists,
    ]) {
      expect(loader.errors).toEqual([])
    }
  })
})
