import { describe, expect, it } from 'vitest'
import { MAX_TASK_DESCRIPTION, validateNewTask } from '../../src/task/validate-task.js'
import { refusalOf } from '../refusal-of.js'
import { coord, directiveId, lead, monitor, uuid } from './fixtures.js'

const base = { directiveId, title: 'Tổ chức hội nghị quán triệt', leadId: lead }

const errorOf = refusalOf(validateNewTask)

describe('validateNewTask at the edges', () => {
  it('refuses a missing task', () => {
    expect(errorOf(null)).toMatchObject({ code: 'REQUIRED', path: [] })
    expect(errorOf(42)).toMatchObject({ code: 'REQUIRED', path: [] })
  })

  it.each([
    [
      'a directive id that is not a UUID',
      { directiveId: '42-CT/TW' },
      { code: 'INVALID_ID', path: ['directiveId'], value: '42-CT/TW' },
    ],
    [
      'a reference that is not text',
      { reference: 3 },
      { code: 'INVALID_REFERENCE', path: ['reference'], value: 3 },
    ],
    [
      'a description one character over the maximum',
      { description: 'x'.repeat(MAX_TASK_DESCRIPTION + 1) },
      { code: 'TOO_LONG', path: ['description'] },
    ],
    [
      'coordinators that are not a list',
      { coordinatorIds: coord },
      { code: 'INVALID_ID', path: ['coordinatorIds'] },
    ],
    [
      'a coordinator that is not a UUID',
      { coordinatorIds: [coord, 'Sở Nội vụ'] },
      { code: 'INVALID_ID', path: ['coordinatorIds', 1] },
    ],
    [
      'a monitor that is not a UUID',
      { monitorId: 'UBKT' },
      { code: 'INVALID_ID', path: ['monitorId'] },
    ],
    [
      'a reporting duty without a recipient',
      { reportingDuty: { cadence: 'QUARTERLY' } },
      { code: 'REQUIRED', path: ['reportingDuty', 'recipientId'] },
    ],
    [
      'a report recipient that is not a UUID',
      { reportingDuty: { cadence: 'QUARTERLY', recipientId: 'VP' } },
      { code: 'INVALID_ID', path: ['reportingDuty', 'recipientId'] },
    ],
  ])('refuses %s', (_, patch, error) => {
    expect(errorOf({ ...base, ...patch })).toMatchObject(error)
  })

  it('treats a blank reference, monitor and parent as absent', () => {
    const r = validateNewTask({ ...base, reference: ' ', monitorId: '', parentId: null })
    expect(r.ok && [r.value.reference, r.value.monitorId, r.value.parentId]).toEqual([
      null,
      null,
      null,
    ])
  })

  it('accepts a description of the maximum length', () => {
    expect(errorOf({ ...base, description: 'x'.repeat(MAX_TASK_DESCRIPTION) })).toBeNull()
  })

  it('lower-cases identifiers and keeps a valid parent', () => {
    const r = validateNewTask({
      ...base,
      leadId: lead.toUpperCase(),
      coordinatorIds: [coord.toUpperCase()],
      monitorId: monitor,
      parentId: uuid(7).toUpperCase(),
    })
    expect(r.ok && [r.value.leadId, r.value.coordinatorIds, r.value.parentId]).toEqual([
      lead,
      [coord],
      uuid(7),
    ])
  })
})
