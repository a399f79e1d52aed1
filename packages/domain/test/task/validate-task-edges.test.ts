import { describe, expect, it } from 'vitest'
import {
  MAX_TASK_DESCRIPTION,
  type NewTaskInput,
  validateNewTask,
} from '../../src/task/validate-task.js'
import { coord, directiveId, lead, monitor, uuid } from './fixtures.js'

const base = { directiveId, title: 'Tổ chức hội nghị quán triệt', leadId: lead }

/** Input as it arrives from JSON: any shape at all. */
function errorOf(input: unknown) {
  const r = validateNewTask(input as NewTaskInput)
  return r.ok ? null : r.error
}

describe('validateNewTask at the edges', () => {
  it('refuses a missing task', () => {
    expect(errorOf(null)).toMatchObject({ code: 'REQUIRED', path: [] })
    expect(errorOf(42)).toMatchObject({ code: 'REQUIRED', path: [] })
  })

  it('refuses a directive id that is not a UUID', () => {
    expect(errorOf({ ...base, directiveId: '42-CT/TW' })).toMatchObject({
      code: 'INVALID_ID',
      path: ['directiveId'],
      value: '42-CT/TW',
    })
  })

  it('refuses a reference that is not text', () => {
    expect(errorOf({ ...base, reference: 3 })).toMatchObject({
      code: 'INVALID_REFERENCE',
      path: ['reference'],
      value: 3,
    })
  })

  it('treats a blank reference, monitor and parent as absent', () => {
    const r = validateNewTask({ ...base, reference: ' ', monitorId: '', parentId: null })
    expect(r.ok && [r.value.reference, r.value.monitorId, r.value.parentId]).toEqual([
      null,
      null,
      null,
    ])
  })

  it('accepts a description of the maximum length and refuses one character more', () => {
    const at = 'x'.repeat(MAX_TASK_DESCRIPTION)
    expect(errorOf({ ...base, description: at })).toBeNull()
    expect(errorOf({ ...base, description: `${at}y` })).toMatchObject({
      code: 'TOO_LONG',
      path: ['description'],
    })
  })

  it('refuses coordinators that are not a list, or not UUIDs', () => {
    expect(errorOf({ ...base, coordinatorIds: coord })).toMatchObject({
      code: 'INVALID_ID',
      path: ['coordinatorIds'],
    })
    expect(errorOf({ ...base, coordinatorIds: [coord, 'Sở Nội vụ'] })).toMatchObject({
      code: 'INVALID_ID',
      path: ['coordinatorIds', 1],
    })
  })

  it('refuses a monitor that is not a UUID', () => {
    expect(errorOf({ ...base, monitorId: 'UBKT' })).toMatchObject({
      code: 'INVALID_ID',
      path: ['monitorId'],
    })
  })

  it('requires a valid recipient for a reporting duty', () => {
    expect(errorOf({ ...base, reportingDuty: { cadence: 'QUARTERLY' } })).toMatchObject({
      code: 'REQUIRED',
      path: ['reportingDuty', 'recipientId'],
    })
    expect(
      errorOf({ ...base, reportingDuty: { cadence: 'QUARTERLY', recipientId: 'VP' } }),
    ).toMatchObject({ code: 'INVALID_ID', path: ['reportingDuty', 'recipientId'] })
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
