import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OrganizationId } from '../../src/ids.js'
import {
  endOrganizationMembership,
  isOrganizationMembershipActiveOn,
  type OrganizationMembership,
  organizationMembersOn,
  organizationUnionsOn,
  validateOrganizationMembership,
  validateOrganizationMemberships,
} from '../../src/organization/membership.js'

const lhh = 'lhh' as OrganizationId
const vusta = 'vusta' as OrganizationId
const hoiTinHoc = 'hoi-tin-hoc' as OrganizationId
const hoiYHoc = 'hoi-y-hoc' as OrganizationId

const m = (
  memberId: OrganizationId,
  unionId: OrganizationId,
  from: string,
  to: string | null = null,
): OrganizationMembership => ({ memberId, unionId, from, to })

describe('validateOrganizationMembership', () => {
  it('accepts a membership, open or closed, and freezes it', () => {
    const r = validateOrganizationMembership({
      memberId: hoiTinHoc,
      unionId: lhh,
      from: '2015-03-01',
    })
    expect(r.ok && r.value).toEqual(m(hoiTinHoc, lhh, '2015-03-01'))
    expect(r.ok && Object.isFrozen(r.value)).toBe(true)
    const oneDay = validateOrganizationMembership({
      memberId: hoiTinHoc,
      unionId: lhh,
      from: '2015-03-01',
      to: '2015-03-01',
    })
    expect(oneDay.ok).toBe(true)
  })

  it('refuses bad dates, an end before the start and self membership, with paths', () => {
    const cases = [
      [{ memberId: hoiTinHoc, unionId: lhh, from: '2015-02-30' }, 'INVALID_DATE', ['from']],
      [
        { memberId: hoiTinHoc, unionId: lhh, from: '2015-02-01', to: 'soon' },
        'INVALID_DATE',
        ['to'],
      ],
      [
        { memberId: hoiTinHoc, unionId: lhh, from: '2020-01-01', to: '2019-12-31' },
        'INVALID_DATE_RANGE',
        ['to'],
      ],
      [{ memberId: lhh, unionId: lhh, from: '2020-01-01' }, 'SELF_MEMBERSHIP', ['unionId']],
      [{ memberId: '', unionId: lhh, from: '2020-01-01' }, 'REQUIRED', ['memberId']],
    ] as const
    for (const [input, code, path] of cases) {
      const r = validateOrganizationMembership(input)
      expect(!r.ok && [r.error.code, r.error.path]).toEqual([code, path])
      expect(!r.ok && r.error.messageVi.length).toBeGreaterThan(0)
    }
  })

  it('refuses overlapping memberships of the same pair only', () => {
    const existing = [m(hoiTinHoc, lhh, '2010-01-01', '2014-12-31'), m(hoiYHoc, lhh, '2012-01-01')]
    const rejoin = validateOrganizationMembership(
      { memberId: hoiTinHoc, unionId: lhh, from: '2015-01-01' },
      existing,
    )
    expect(rejoin.ok).toBe(true)
    const overlap = validateOrganizationMembership(
      { memberId: hoiTinHoc, unionId: lhh, from: '2014-12-31' },
      existing,
    )
    expect(!overlap.ok && [overlap.error.code, overlap.error.path, overlap.error.value]).toEqual([
      'OVERLAPPING_MEMBERSHIP',
      ['from'],
      existing[0],
    ])
    const before = validateOrganizationMembership(
      { memberId: hoiTinHoc, unionId: lhh, from: '2000-01-01' },
      existing,
    )
    expect(!before.ok && before.error.code).toBe('OVERLAPPING_MEMBERSHIP')
    const otherUnion = validateOrganizationMembership(
      { memberId: hoiTinHoc, unionId: vusta, from: '2012-01-01' },
      existing,
    )
    expect(otherUnion.ok).toBe(true)
  })
})

describe('memberships over time', () => {
  const list = [
    m(hoiTinHoc, lhh, '2010-01-01', '2014-12-31'),
    m(hoiYHoc, lhh, '2012-01-01'),
    m(hoiTinHoc, lhh, '2016-01-01'),
    m(lhh, vusta, '2009-05-01'),
  ]

  it('lists the members of a union and the unions of a member on a date', () => {
    expect(organizationMembersOn(list, lhh, '2011-06-01')).toEqual([hoiTinHoc])
    expect(organizationMembersOn(list, lhh, '2014-12-31')).toEqual([hoiTinHoc, hoiYHoc])
    expect(organizationMembersOn(list, lhh, '2015-06-01')).toEqual([hoiYHoc])
    expect(organizationMembersOn(list, lhh, '2020-01-01')).toEqual([hoiYHoc, hoiTinHoc])
    expect(organizationUnionsOn(list, lhh, '2020-01-01')).toEqual([vusta])
    expect(isOrganizationMembershipActiveOn(list[0]!, '2015-01-01')).toBe(false)
  })

  it('ends an open membership once', () => {
    const ended = endOrganizationMembership(list[1]!, '2024-12-31')
    expect(ended.ok && ended.value.to).toBe('2024-12-31')
    const again = endOrganizationMembership(list[0]!, '2024-12-31')
    expect(!again.ok && again.error.code).toBe('MEMBERSHIP_ALREADY_ENDED')
    const early = endOrganizationMembership(list[1]!, '2011-12-31')
    expect(!early.ok && early.error.code).toBe('INVALID_DATE_RANGE')
  })

  it('checks a whole list, blaming the later entry', () => {
    expect(validateOrganizationMemberships(list)).toEqual([])
    const errors = validateOrganizationMemberships([
      m(hoiTinHoc, lhh, '2015-01-01'),
      m(hoiYHoc, lhh, '2012-01-01'),
      m(hoiTinHoc, lhh, '2010-01-01', '2015-01-01'),
      m(hoiYHoc, lhh, '2013-01-01', '2012-01-01'),
    ])
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['OVERLAPPING_MEMBERSHIP', [2, 'from']],
      ['INVALID_DATE_RANGE', [3, 'to']],
    ])
  })

  it('bulk validation agrees with one-by-one validation', () => {
    const day = fc
      .integer({ min: 0, max: 40 })
      .map((d) => `2020-01-${String((d % 28) + 1).padStart(2, '0')}`)
    const entry = fc
      .tuple(fc.constantFrom(hoiTinHoc, hoiYHoc), day, fc.option(day, { nil: null }))
      .filter(([, from, to]) => to === null || to >= from)
      .map(([member, from, to]) => m(member, lhh, from, to))
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        let accepted: OrganizationMembership[] = []
        let anyRefused = false
        for (const e of entries) {
          const r = validateOrganizationMembership(e, accepted)
          if (r.ok) accepted = [...accepted, r.value]
          else anyRefused = true
        }
        expect(validateOrganizationMemberships(accepted)).toEqual([])
        expect(validateOrganizationMemberships(entries).length > 0).toBe(anyRefused)
      }),
    )
  })
})
