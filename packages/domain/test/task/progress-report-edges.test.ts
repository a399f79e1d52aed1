import { describe, expect, it } from 'vitest'
import {
  appendProgressReport,
  MAX_REPORT_NARRATIVE,
  validateProgressReport,
} from '../../src/task/progress-report.js'
import { refusalOf } from '../refusal-of.js'
import { coord, lead, uuid } from './fixtures.js'

const base = {
  id: uuid(1),
  taskId: uuid(2),
  reportedOn: '2025-06-30',
  organizationId: lead,
  percent: 40,
}

const errorOf = refusalOf(validateProgressReport)

describe('validateProgressReport at the edges', () => {
  it('refuses a missing report', () => {
    expect(errorOf(null)).toMatchObject({ code: 'REQUIRED', path: [] })
    expect(errorOf('40%')).toMatchObject({ code: 'REQUIRED', path: [] })
  })

  it.each(['id', 'taskId', 'organizationId'])('refuses a %s that is not a UUID', (field) => {
    expect(errorOf({ ...base, [field]: 'TU-01' })).toMatchObject({
      code: 'INVALID_ID',
      path: [field],
      value: 'TU-01',
    })
    expect(errorOf({ ...base, [field]: 7 })).toMatchObject({ code: 'INVALID_ID', path: [field] })
  })

  it('refuses a percent given as text', () => {
    expect(errorOf({ ...base, percent: '40' })).toMatchObject({ code: 'INVALID_PERCENT' })
  })

  it('accepts a narrative of exactly the maximum length, and refuses one character more', () => {
    const at = 'a'.repeat(MAX_REPORT_NARRATIVE)
    expect(errorOf({ ...base, narrative: at })).toBeNull()
    expect(errorOf({ ...base, narrative: `${at}b` })).toMatchObject({
      code: 'TOO_LONG',
      path: ['narrative'],
    })
  })

  it('refuses empty, non-text and over-long evidence', () => {
    expect(errorOf({ ...base, evidence: ['  '] })).toMatchObject({ path: ['evidence', 0] })
    expect(errorOf({ ...base, evidence: [42] })).toMatchObject({ path: ['evidence', 0] })
    const long = `https://example.gov.vn/${'x'.repeat(2000)}`
    expect(errorOf({ ...base, evidence: [long] })).toMatchObject({ code: 'INVALID_EVIDENCE' })
    expect(errorOf({ ...base, evidence: ['HTTPS://EXAMPLE.GOV.VN/BC'] })).toBeNull()
  })

  it('stores identifiers in lower case', () => {
    const r = validateProgressReport({
      ...base,
      id: base.id.toUpperCase(),
      organizationId: coord.toUpperCase(),
    })
    expect(r.ok && [r.value.id, r.value.organizationId]).toEqual([base.id, coord])
  })
})

describe('appendProgressReport at the edges', () => {
  it('refuses a report of another task', () => {
    const first = validateProgressReport(base)
    const other = validateProgressReport({ ...base, id: uuid(3), taskId: uuid(9) })
    if (!first.ok || !other.ok) throw new Error('fixtures must be valid')
    const r = appendProgressReport([first.value], other.value)
    expect(!r.ok && r.error).toMatchObject({
      code: 'REPORT_FOR_OTHER_TASK',
      path: ['taskId'],
      value: uuid(9),
    })
  })
})
