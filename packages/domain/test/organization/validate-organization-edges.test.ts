import { describe, expect, it } from 'vitest'
import type { OrganizationInput } from '../../src/organization/organization.js'
import { validateNewOrganization } from '../../src/organization/validate-organization.js'

const base: OrganizationInput = {
  code: 'SKHCN-HG',
  name: 'Sở Khoa học và Công nghệ tỉnh Hà Giang',
  kind: 'DEPARTMENT',
  level: 'PROVINCE',
}
const today = { today: '2026-01-15' }

function errorOf(patch: Partial<OrganizationInput>) {
  const r = validateNewOrganization({ ...base, ...patch }, today)
  return r.ok ? null : r.error
}

describe('validateNewOrganization at the edges', () => {
  it('accepts a name of 300 characters and refuses 301', () => {
    expect(errorOf({ name: 'ơ'.repeat(300) })).toBeNull()
    expect(errorOf({ name: 'ơ'.repeat(301) })).toMatchObject({ code: 'TOO_LONG', path: ['name'] })
  })

  it('checks the short name like the name, and drops a blank one', () => {
    expect(errorOf({ shortName: 'S'.repeat(301) })).toMatchObject({
      code: 'TOO_LONG',
      path: ['shortName'],
    })
    const r = validateNewOrganization({ ...base, shortName: '  ' }, today)
    expect(r.ok && r.value.shortName).toBeNull()
    const short = validateNewOrganization({ ...base, shortName: ' Sở  KH&CN ' }, today)
    expect(short.ok && short.value.shortName).toBe('Sở KH&CN')
  })

  it('refuses a parent code that is not a code, with its path', () => {
    expect(errorOf({ parentCode: 'Tỉnh ủy!' })?.path).toEqual(['parentCode'])
    expect(errorOf({ parentCode: 'skhcn-hg' })).toMatchObject({ code: 'CYCLE_IN_HIERARCHY' })
    const r = validateNewOrganization({ ...base, parentCode: 'ubnd-hg' }, today)
    expect(r.ok && r.value.parentCode).toBe('UBND-HG')
  })
})
