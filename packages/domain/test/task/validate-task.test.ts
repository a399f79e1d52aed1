import { describe, expect, it } from 'vitest'
import { validateNewTask } from '../../src/task/validate-task.js'
import { coord, directiveId, lead, monitor } from './fixtures.js'

const base = { directiveId, title: ' Tổ chức   hội thảo ', leadId: lead }

function error(input: object, context?: { year?: number }) {
  const r = validateNewTask({ ...base, ...input } as never, context)
  if (r.ok) throw new Error('expected an error')
  return r.error
}

describe('validateNewTask', () => {
  it('normalises a valid task and parses its deadline', () => {
    const r = validateNewTask(
      {
        ...base,
        reference: 'III.2.b',
        coordinatorIds: [coord],
        monitorId: monitor,
        deadline: 'trước ngày 31/8',
        reportingDuty: { cadence: 'HALF_YEARLY', recipientId: monitor },
      },
      { year: 2025 },
    )
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.title).toBe('Tổ chức hội thảo')
      expect(r.value.deadline).toMatchObject({ kind: 'DATE', due: '2025-08-31' })
      expect(r.value.reportingDuty).toEqual({ cadence: 'HALF_YEARLY', recipientId: monitor })
      expect(r.value.parentId).toBeNull()
    }
  })

  it('reports errors with field paths', () => {
    expect(error({ title: '  ' })).toMatchObject({ code: 'REQUIRED', path: ['title'] })
    expect(error({ leadId: '' })).toMatchObject({ code: 'REQUIRED', path: ['leadId'] })
    expect(error({ leadId: 'abc' })).toMatchObject({ code: 'INVALID_ID', path: ['leadId'] })
    expect(error({ directiveId: undefined })).toMatchObject({
      code: 'REQUIRED',
      path: ['directiveId'],
    })
    expect(error({ coordinatorIds: [coord, lead] })).toMatchObject({
      code: 'LEAD_ALSO_COORDINATOR',
      path: ['coordinatorIds', 1],
    })
    expect(error({ coordinatorIds: [coord, coord] })).toMatchObject({
      code: 'DUPLICATE_COORDINATOR',
      path: ['coordinatorIds', 1],
    })
    expect(error({ deadline: 'ngày 31/02/2025' })).toMatchObject({
      code: 'INVALID_DATE',
      path: ['deadline'],
    })
    expect(error({ reference: 'III 2 b' })).toMatchObject({
      code: 'INVALID_REFERENCE',
      path: ['reference'],
    })
    expect(error({ reportingDuty: { cadence: 'WEEKLY', recipientId: monitor } })).toMatchObject({
      code: 'INVALID_CADENCE',
      path: ['reportingDuty', 'cadence'],
    })
    expect(error({ title: 'x'.repeat(1001) })).toMatchObject({ code: 'TOO_LONG', path: ['title'] })
    expect(error({ parentId: 'nope' })).toMatchObject({ code: 'INVALID_ID', path: ['parentId'] })
  })
})
