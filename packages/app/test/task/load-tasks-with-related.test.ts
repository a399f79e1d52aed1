import type { TaskId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import type { RelatedOfTasks, TaskRelated } from '../../src/ports/task-store.js'
import { loadTasksWithRelated } from '../../src/task/load-tasks-with-related.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { NO_TASK, REPORT, TASK } from './task-fixture.js'

/** A task reader answering from {@link TASK}, bringing its report along when asked. */
function tasksPort() {
  return {
    findByIdsWithRelated: recorder(async (ids: readonly TaskId[], related: TaskRelated) => ({
      tasks: ids.map((id) => (id === TASK.id ? TASK : null)),
      related: {
        organizations: new Map(),
        directives: new Map(),
        progressReports: new Map(related.progressReports ? [[TASK.id, [REPORT]]] : []),
      } satisfies RelatedOfTasks,
    })),
  }
}

describe('loadTasksWithRelated', () => {
  it('reads the tasks asked and what they show in one call, in the order asked', async () => {
    const tasks = tasksPort()
    const related = { progressReports: true }
    const got = successOf(
      await loadTasksWithRelated(readContext({ tasks }), { ids: [NO_TASK, TASK.id], related }),
    )
    expect(got.tasks).toEqual([null, TASK])
    expect(got.related.progressReports.get(TASK.id)).toEqual([REPORT])
    expect(tasks.findByIdsWithRelated.calls).toEqual([[[NO_TASK, TASK.id], related]])
  })

  it('brings nothing along when nothing is asked', async () => {
    const tasks = tasksPort()
    const got = successOf(await loadTasksWithRelated(readContext({ tasks }), { ids: [TASK.id] }))
    expect(got.tasks).toEqual([TASK])
    expect(tasks.findByIdsWithRelated.calls).toEqual([[[TASK.id], {}]])
  })
})
