import type { DirectiveId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { listAssessments } from '../../src/assessment/list-assessments.js'
import { EMPTY_PAGE, listPort } from '../support/list-port.js'
import { readContext } from '../support/use-case-context.js'

describe('listAssessments', () => {
  it('lists the newest judgement first unless told otherwise', async () => {
    const assessments = listPort()
    const directiveId = 'd-93' as DirectiveId
    const result = await listAssessments(readContext({ assessments }), {
      filter: { directiveId, kind: ['INTERIM_REVIEW'] },
      first: 10,
    })
    expect(result).toEqual({ ok: true, value: EMPTY_PAGE })
    expect(assessments.list.calls[0]?.[0]).toMatchObject({
      first: 10,
      filter: { directiveId, kind: ['INTERIM_REVIEW'] },
      orderBy: 'ASSESSED_ON_DESC',
    })
  })

  it('keeps the order it is asked for', async () => {
    const assessments = listPort()
    await listAssessments(readContext({ assessments }), { orderBy: 'ASSESSED_ON_ASC' })
    expect(assessments.list.calls[0]?.[0]).toMatchObject({
      filter: null,
      orderBy: 'ASSESSED_ON_ASC',
    })
  })
})
