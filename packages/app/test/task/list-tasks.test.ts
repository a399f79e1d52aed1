import type { OrganizationId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import type { RelatedOfTasks, TaskListRequest, TaskRelated } from '../../src/ports/task-store.js'
import { LIST_TASKS_ERRORS, listTasks } from '../../src/task/list-tasks.js'
import { EMPTY_PAGE } from '../support/list-port.js'
import { errorOf } from '../support/result-of.js'
import { readContext, recorder, TODAY } from '../support/use-case-context.js'

const NOTHING_RELATED: RelatedOfTasks = {
  organizations: new Map(),
  directives: new Map(),
  progressReports: new Map(),
}

function tasksPort() {
  return {
    listWithRelated: recorder(async (_request: TaskListRequest, _related: TaskRelated) => ({
      page: EMPTY_PAGE,
      related: NOTHING_RELATED,
    })),
  }
}

describe('listTasks', () => {
  it("judges timeliness on the clock's today, soonest due first, when not told otherwise", async () => {
    const tasks = tasksPort()
    const result = await listTasks(readContext({ tasks }), {
      filter: { timeliness: ['OVERDUE'] },
      first: 20,
    })
    expect(result).toEqual({ ok: true, value: { page: EMPTY_PAGE, related: NOTHING_RELATED } })
    expect(tasks.listWithRelated.calls).toEqual([
      [
        {
          first: 20,
          after: undefined,
          last: undefined,
          before: undefined,
          asOf: TODAY,
          orderBy: 'DUE_ASC',
          filter: { timeliness: ['OVERDUE'] },
        },
        {},
      ],
    ])
  })

  it('asks for the day, the order, the page and the related records it is given', async () => {
    const tasks = tasksPort()
    const lead = 'org-1' as OrganizationId
    await listTasks(readContext({ tasks }), {
      filter: { leadOrganizationId: lead, includeSubtree: true },
      asOf: '2025-12-31',
      orderBy: 'REFERENCE_ASC',
      after: 'cursor',
      first: 5,
      related: { organizations: true, progressReports: true },
    })
    const [request, related] = tasks.listWithRelated.calls[0]!
    expect(request).toMatchObject({
      asOf: '2025-12-31',
      orderBy: 'REFERENCE_ASC',
      after: 'cursor',
      first: 5,
      filter: { leadOrganizationId: lead, includeSubtree: true },
    })
    expect(related).toEqual({ organizations: true, progressReports: true })
  })

  it('refuses a day that is not a calendar date, at asOf, without reading', async () => {
    const tasks = tasksPort()
    const result = await listTasks(readContext({ tasks }), { asOf: '2026-02-30' })
    const error = errorOf(result)
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: ['asOf'] })
    expect(error.message).toContain('YYYY-MM-DD')
    expect(error.messageVi).toContain('YYYY-MM-DD')
    expect(LIST_TASKS_ERRORS).toContain(error.code)
    expect(tasks.listWithRelated.calls).toEqual([])
  })
})
