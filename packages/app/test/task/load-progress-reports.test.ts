import type { ProgressReport, ProgressReportId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { loadCorrections, loadProgressReportsByIds } from '../../src/task/load-progress-reports.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { REPORT, uuid } from './task-fixture.js'

const CORRECTION: ProgressReport = { ...REPORT, id: uuid(31) as ProgressReportId, percent: 45 }
const NO_REPORT = uuid(97) as ProgressReportId

function tasksPort() {
  return {
    progressReportsByIds: recorder(async (ids: readonly ProgressReportId[]) =>
      ids.map((id) => (id === REPORT.id ? REPORT : null)),
    ),
    correctionsOf: recorder(
      async (ids: readonly ProgressReportId[]) =>
        new Map(ids.filter((id) => id === REPORT.id).map((id) => [id, CORRECTION])),
    ),
  }
}

describe('the progress report loaders', () => {
  it('read every report of a batch in one call, in the order asked, unseen ones as null', async () => {
    const tasks = tasksPort()
    const ids = [NO_REPORT, REPORT.id]
    expect(successOf(await loadProgressReportsByIds(readContext({ tasks }), { ids }))).toEqual([
      null,
      REPORT,
    ])
    expect(tasks.progressReportsByIds.calls).toEqual([[ids]])
  })

  it('read the corrections of every report of a batch in one call', async () => {
    const tasks = tasksPort()
    const ids = [REPORT.id, NO_REPORT]
    const corrections = successOf(await loadCorrections(readContext({ tasks }), { ids }))
    expect(corrections.get(REPORT.id)).toEqual(CORRECTION)
    expect(corrections.has(NO_REPORT)).toBe(false)
    expect(tasks.correctionsOf.calls).toEqual([[ids]])
    expect([loadProgressReportsByIds.errors, loadCorrections.errors]).toEqual([[], []])
  })
})
