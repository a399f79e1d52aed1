import type { DirectiveId, OrganizationId, ProgressReportId, TaskId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type LiveScope,
  loadProgressReportInLiveScope,
  loadTaskInLiveScope,
} from '../../src/task/load-in-live-scope.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { DIRECTIVE, NO_TASK, ORGANIZATIONS, REPORT, TASK, uuid } from './task-fixture.js'

const { province, skhcn, stc, lhh } = ORGANIZATIONS

/** SKHCN and STC sit below the province; LHH is a root of its own. */
function ports() {
  return {
    tasks: {
      findById: recorder(async (id: TaskId) => (id === TASK.id ? TASK : null)),
      progressReportsByIds: recorder(async (ids: readonly ProgressReportId[]) =>
        ids.map((id) => (id === REPORT.id ? REPORT : null)),
      ),
    },
    organizations: {
      ancestorsOfMany: recorder(async (ids: readonly OrganizationId[]) =>
        ids.map((id) => (id === skhcn.id || id === stc.id ? [province] : [])),
      ),
    },
  }
}

const scope = (organizationId: OrganizationId | null, directiveId: DirectiveId | null = null) =>
  ({ organizationId, directiveId }) satisfies LiveScope

describe('loadTaskInLiveScope', () => {
  it('answers the task led in the subtree asked, or of the document asked', async () => {
    for (const asked of [
      scope(null),
      scope(skhcn.id),
      scope(province.id),
      scope(null, DIRECTIVE.id),
    ]) {
      const found = await loadTaskInLiveScope(readContext(ports()), {
        taskId: TASK.id,
        scope: asked,
      })
      expect(successOf(found)).toBe(TASK)
    }
  })

  it('answers null for a task outside the scope, of another document, or unseen', async () => {
    const other = uuid(12) as DirectiveId
    for (const [taskId, asked] of [
      [TASK.id, scope(lhh.id)],
      [TASK.id, scope(null, other)],
      [TASK.id, scope(province.id, other)],
      [NO_TASK, scope(null)],
    ] as const) {
      const found = await loadTaskInLiveScope(readContext(ports()), { taskId, scope: asked })
      expect(successOf(found)).toBeNull()
    }
  })

  it('reads the ancestors only when the lead is not the root asked', async () => {
    const context = readContext(ports())
    await loadTaskInLiveScope(context, { taskId: TASK.id, scope: scope(skhcn.id) })
    expect(context.ports.organizations.ancestorsOfMany.calls).toEqual([])
    await loadTaskInLiveScope(context, { taskId: TASK.id, scope: scope(province.id) })
    expect(context.ports.organizations.ancestorsOfMany.calls).toEqual([[[skhcn.id]]])
  })
})

describe('loadProgressReportInLiveScope', () => {
  it('answers a report whose task is led, or which was made, in the subtree asked', async () => {
    const context = readContext(ports())
    const found = await loadProgressReportInLiveScope(context, {
      reportId: REPORT.id,
      scope: scope(province.id),
    })
    expect(successOf(found)).toBe(REPORT)
  })

  it('answers null for a report outside the scope or one the caller does not see', async () => {
    for (const [reportId, asked] of [
      [REPORT.id, scope(lhh.id)],
      [uuid(97) as ProgressReportId, scope(null)],
    ] as const) {
      const found = await loadProgressReportInLiveScope(readContext(ports()), {
        reportId,
        scope: asked,
      })
      expect(successOf(found)).toBeNull()
    }
    expect([loadTaskInLiveScope.errors, loadProgressReportInLiveScope.errors]).toEqual([[], []])
  })
})
