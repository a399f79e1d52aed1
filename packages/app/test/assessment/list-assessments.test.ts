import type { DirectiveId, Page } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { listAssessments } from '../../src/assessment/list-assessments.js'
import type {
  AssessmentFilter,
  AssessmentOrder,
  StoredAssessment,
} from '../../src/ports/assessment-store.js'
import { readContext, recorder } from '../support/use-case-context.js'

const PAGE: Page<StoredAssessment> = {
  edges: [],
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
}

function assessmentsPort() {
  return {
    list: recorder(
      async (_request: {
        readonly filter?: AssessmentFilter | null
        readonly orderBy?: AssessmentOrder | null
      }) => PAGE,
    ),
  }
}

describe('listAssessments', () => {
  it('lists the newest judgement first unless told otherwise', async () => {
    const assessments = assessmentsPort()
    const directiveId = 'd-93' as DirectiveId
    const result = await listAssessments(readContext({ assessments }), {
      filter: { directiveId, kind: ['INTERIM_REVIEW'] },
      first: 10,
    })
    expect(result).toEqual({ ok: true, value: PAGE })
    expect(assessments.list.calls[0]?.[0]).toMatchObject({
      first: 10,
      filter: { directiveId, kind: ['INTERIM_REVIEW'] },
      orderBy: 'ASSESSED_ON_DESC',
    })
  })

  it('keeps the order it is asked for', async () => {
    const assessments = assessmentsPort()
    await listAssessments(readContext({ assessments }), { orderBy: 'ASSESSED_ON_ASC' })
    expect(assessments.list.calls[0]?.[0]).toMatchObject({
      filter: null,
      orderBy: 'ASSESSED_ON_ASC',
    })
  })
})
