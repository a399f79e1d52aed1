import type { AssessmentId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { findAssessment } from '../../src/assessment/find-assessment.js'
import type { StoredAssessment } from '../../src/ports/assessment-store.js'
import { readContext, recorder } from '../support/use-case-context.js'

const review = { id: 'a-so-ket', assessedOn: '2025-12-20' } as unknown as StoredAssessment

/** A reader holding one assessment the caller may see; any other id is none it could see. */
function assessmentsPort() {
  return {
    findById: recorder(async (id: AssessmentId) => (id === review.id ? review : null)),
  }
}

describe('findAssessment', () => {
  it('finds the assessment an id names, asking the store once', async () => {
    const assessments = assessmentsPort()
    const result = await findAssessment(readContext({ assessments }), { id: review.id })
    expect(result).toEqual({ ok: true, value: review })
    expect(assessments.findById.calls).toEqual([[review.id]])
  })

  it('answers null for an id the store does not show, absent or hidden alike', async () => {
    const context = readContext({ assessments: assessmentsPort() })
    const result = await findAssessment(context, { id: 'a-hidden' as AssessmentId })
    expect(result).toEqual({ ok: true, value: null })
  })
})
