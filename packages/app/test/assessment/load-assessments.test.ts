import type { AssessmentId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { loadAssessmentsByIds } from '../../src/assessment/load-assessments.js'
import type { StoredAssessment } from '../../src/ports/assessment-store.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { uuid } from '../task/task-fixture.js'

const ASSESSMENT = { id: uuid(40) as AssessmentId } as StoredAssessment
const NO_ASSESSMENT = uuid(95) as AssessmentId

describe('loadAssessmentsByIds', () => {
  it('reads every assessment of a batch in one call, unseen ones as null', async () => {
    const assessments = {
      findByIds: recorder(async (ids: readonly AssessmentId[]) =>
        ids.map((id) => (id === ASSESSMENT.id ? ASSESSMENT : null)),
      ),
    }
    const ids = [NO_ASSESSMENT, ASSESSMENT.id]
    const found = successOf(await loadAssessmentsByIds(readContext({ assessments }), { ids }))
    expect(found).toEqual([null, ASSESSMENT])
    expect(assessments.findByIds.calls).toEqual([[ids]])
    expect(loadAssessmentsByIds.errors).toEqual([])
  })
})
