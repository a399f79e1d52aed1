import { describe, expect, it } from 'vitest'
import type { OrganizationId } from '../../src/ids.js'
import {
  dissolveOrganization,
  resolveOrganizationSuccessor,
  successorsOf,
  validateOrganizationSuccessions,
} from '../../src/organization/succession.js'
import { organizationMaker } from './organization-fixture.js'

const org = organizationMaker({ level: 'COMMUNE', foundedOn: '2025-07-01' })

const district = org('HU-AN-PHU', { level: 'DISTRICT', foundedOn: '2000-01-01' })
const binhAn = org('DU-XA-BINH-AN')
const anThanh = org('DU-XA-AN-THANH')

describe('a body dissolved into several successors', () => {
  it('names every successor, the first as the principal', () => {
    const r = dissolveOrganization(district, '2025-07-01', [binhAn, anThanh])
    expect(r.ok && [r.value.successorId, r.value.successorIds]).toEqual([
      'DU-XA-BINH-AN',
      ['DU-XA-BINH-AN', 'DU-XA-AN-THANH'],
    ])
    expect(r.ok && successorsOf(r.value)).toEqual(['DU-XA-BINH-AN', 'DU-XA-AN-THANH'])
  })

  it('checks each successor, at its place in the list', () => {
    const late = org('DU-XA-MOI', { foundedOn: '2026-01-01' })
    const r = dissolveOrganization(district, '2025-07-01', [binhAn, late])
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'SUCCESSOR_NOT_ACTIVE',
      path: ['successorIds', 1],
    })
    const twice = dissolveOrganization(district, '2025-07-01', [binhAn, binhAn])
    expect(twice.ok ? null : twice.error).toMatchObject({
      code: 'DUPLICATE_SUCCESSOR',
      path: ['successorIds', 1],
    })
  })

  it('keeps the one-successor form', () => {
    const r = dissolveOrganization(district, '2025-07-01', binhAn)
    expect(r.ok && [r.value.successorId, successorsOf(r.value)]).toEqual([
      'DU-XA-BINH-AN',
      ['DU-XA-BINH-AN'],
    ])
  })

  it('leaves its tasks awaiting reassignment: no single successor answers for it', () => {
    const dissolved = dissolveOrganization(district, '2025-07-01', [binhAn, anThanh])
    if (!dissolved.ok) throw new Error(dissolved.error.message)
    const byId = new Map([dissolved.value, binhAn, anThanh].map((o) => [o.id, o]))
    const r = resolveOrganizationSuccessor(byId, district.id, '2025-08-01')
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'SEVERAL_SUCCESSORS',
      value: ['DU-XA-BINH-AN', 'DU-XA-AN-THANH'],
    })
    expect(r.ok ? '' : r.error.messageVi).toContain('DU-XA-BINH-AN, DU-XA-AN-THANH')
    expect(resolveOrganizationSuccessor(byId, district.id, '2025-06-30').ok).toBe(true)
  })

  it('is validated in a set, every successor in it', () => {
    const dissolved = { ...district, dissolvedOn: '2025-07-01', successorId: binhAn.id }
    const errors = validateOrganizationSuccessions([
      { ...dissolved, successorIds: [binhAn.id, 'NOWHERE' as OrganizationId] },
      binhAn,
    ])
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['SUCCESSOR_NOT_FOUND', [0, 'successorIds', 1]],
    ])
    expect(
      validateOrganizationSuccessions([
        { ...dissolved, successorIds: [binhAn.id, anThanh.id] },
        binhAn,
        anThanh,
      ]),
    ).toEqual([])
  })
})

describe('several successors in a bundle', () => {
  it('reads successors as a list, the first also the successor, and writes it back', async () => {
    const { parseBundle } = await import('../../src/bundle/parse-bundle.js')
    const { example } = await import('../bundle/fixtures.js')
    const b = example()
    const r = parseBundle(b)
    expect(r.ok ? [] : r.error).toEqual([])
    if (!r.ok) return
    const district = r.value.organizations.find((o) => o.code === 'HU-AN-PHU')
    expect(district).toMatchObject({
      successor: 'DU-XA-BINH-AN',
      successors: ['DU-XA-BINH-AN', 'DU-XA-AN-THANH'],
    })
  })

  it('refuses successor and successors together, and an unknown one at its place', async () => {
    const { parseBundle } = await import('../../src/bundle/parse-bundle.js')
    const { example } = await import('../bundle/fixtures.js')
    const b = example()
    const i = b.organizations.findIndex((o: any) => o.code === 'HU-AN-PHU')
    b.organizations[i].successors = ['DU-XA-BINH-AN', 'KHONG-CO']
    const r = parseBundle(b)
    expect(r.ok ? [] : r.error.map((e) => `${e.path.join('.')} ${e.code}`)).toEqual([
      `organizations.${i}.successors.1 UNKNOWN_ORGANIZATION`,
    ])
    b.organizations[i].successor = 'DU-XA-BINH-AN'
    const both = parseBundle(b)
    expect(both.ok ? [] : both.error.map((e) => e.code)).toContain('SUCCESSOR_GIVEN_TWICE')
  })
})
