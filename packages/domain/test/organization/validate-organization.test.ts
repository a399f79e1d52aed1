import { describe, expect, it } from 'vitest'
import {
  checkParentLevel,
  validateNewOrganization,
} from '../../src/organization/validate-organization.js'

const base = {
  code: 'btv-tu',
  name: '  Ban Thường vụ  Tỉnh ủy ',
  kind: 'STANDING_COMMITTEE',
  level: 'PROVINCE',
}

describe('validateNewOrganization', () => {
  it('normalises code, name and NFC', () => {
    const r = validateNewOrganization(
      { ...base, name: 'Ban Thu\u031bo\u031b\u0300ng vu\u0323 Ti\u0309nh u\u0309y' },
      { today: '2026-01-15' },
    )
    expect(r.ok && r.value).toMatchObject({
      code: 'BTV-TU',
      name: 'Ban Thường vụ Tỉnh ủy',
      parentCode: null,
    })
  })

  it('names the field that is wrong, in both languages', () => {
    const r = validateNewOrganization({ ...base, kind: 'CLUB' }, { today: '2026-01-15' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_ORGANIZATION_KIND')
      expect(r.error.path).toEqual(['kind'])
      expect(r.error.messageVi).toContain('Loại tổ chức')
    }
    const noName = validateNewOrganization({ ...base, name: ' ' }, { today: '2026-01-15' })
    expect(!noName.ok && noName.error).toMatchObject({ code: 'REQUIRED', path: ['name'] })
    const badCode = validateNewOrganization({ ...base, code: 'a b' }, { today: '2026-01-15' })
    expect(!badCode.ok && badCode.error).toMatchObject({
      code: 'INVALID_ORGANIZATION_CODE',
      path: ['code'],
    })
  })

  it('refuses the district level for bodies recorded from 2025-07-01 and keeps historic ones', () => {
    const now = validateNewOrganization({ ...base, level: 'DISTRICT' }, { today: '2025-07-01' })
    expect(!now.ok && now.error.code).toBe('DISTRICT_LEVEL_ABOLISHED')
    const historic = validateNewOrganization(
      { ...base, level: 'DISTRICT', foundedOn: '2010-05-01' },
      { today: '2026-01-15' },
    )
    expect(historic.ok).toBe(true)
  })

  it('refuses impossible founding dates, bad terms and self-parenting', () => {
    const r = validateNewOrganization({ ...base, foundedOn: '2021-02-29' }, { today: '2026-01-15' })
    expect(!r.ok && r.error).toMatchObject({ code: 'INVALID_DATE', path: ['foundedOn'] })
    const t = validateNewOrganization({ ...base, partyTerm: 0 }, { today: '2026-01-15' })
    expect(!t.ok && t.error.code).toBe('INVALID_PARTY_TERM')
    const s = validateNewOrganization({ ...base, parentCode: 'BTV-TU' }, { today: '2026-01-15' })
    expect(!s.ok && s.error.code).toBe('CYCLE_IN_HIERARCHY')
  })

  it('keeps a body under a parent of the same or a higher level only', () => {
    expect(
      checkParentLevel({ code: 'X', level: 'COMMUNE' }, { code: 'P', level: 'PROVINCE' }).ok,
    ).toBe(true)
    const r = checkParentLevel({ code: 'X', level: 'PROVINCE' }, { code: 'C', level: 'COMMUNE' })
    expect(!r.ok && r.error.code).toBe('INVALID_PARENT_LEVEL')
  })
})
