import { describe, expect, it } from 'vitest'
import type { OrganizationId, TenantId } from '../../src/ids.js'
import {
  dissolveOrganization,
  isOrganizationActiveOn,
  resolveOrganizationSuccessor,
  validateOrganizationSuccessions,
} from '../../src/organization/succession.js'
import { organizationMaker } from './organization-fixture.js'

const org = organizationMaker({
  tenantId: 'demo-province' as TenantId,
  kind: 'PARTY_ADVISORY_BOARD',
  version: 3,
})

const btg = org('BTG-TU')
const bdv = org('BDV-TU')
const btgdv = org('BTGDV-TU', { foundedOn: '2025-03-01' })

describe('isOrganizationActiveOn', () => {
  it('counts the founding day in and the dissolution day out', () => {
    const o = org('X', { foundedOn: '2010-01-01', dissolvedOn: '2025-03-01' })
    expect(isOrganizationActiveOn(o, '2009-12-31')).toBe(false)
    expect(isOrganizationActiveOn(o, '2010-01-01')).toBe(true)
    expect(isOrganizationActiveOn(o, '2025-02-28')).toBe(true)
    expect(isOrganizationActiveOn(o, '2025-03-01')).toBe(false)
    expect(isOrganizationActiveOn(org('Y', { foundedOn: null }), '1900-01-01')).toBe(true)
  })
})

describe('dissolveOrganization', () => {
  it('dissolves a body into a successor founded that day', () => {
    const r = dissolveOrganization(btg, '2025-03-01', btgdv)
    expect(r.ok && r.value).toMatchObject({
      dissolvedOn: '2025-03-01',
      successorId: 'BTGDV-TU',
      version: 3,
    })
    expect(r.ok && Object.isFrozen(r.value)).toBe(true)
    expect(btg.dissolvedOn).toBeNull()
    const plain = dissolveOrganization(btg, '2025-03-01')
    expect(plain.ok && plain.value.successorId).toBeNull()
  })

  it('refuses what cannot be', () => {
    const gone = org('GONE', { dissolvedOn: '2020-01-01' })
    const cases = [
      [dissolveOrganization(gone, '2025-03-01'), 'ORGANIZATION_ALREADY_DISSOLVED', ['dissolvedOn']],
      [dissolveOrganization(btg, '2025-02-30'), 'INVALID_DATE', ['dissolvedOn']],
      [dissolveOrganization(btg, '1999-12-31'), 'DISSOLVED_BEFORE_FOUNDED', ['dissolvedOn']],
      [dissolveOrganization(btg, '2025-03-01', btg), 'SUCCESSOR_IS_SELF', ['successorId']],
      [dissolveOrganization(btg, '2025-03-01', gone), 'SUCCESSOR_NOT_ACTIVE', ['successorId']],
      [
        dissolveOrganization(btg, '2025-03-01', org('SAME-DAY', { dissolvedOn: '2025-03-01' })),
        'SUCCESSOR_NOT_ACTIVE',
        ['successorId'],
      ],
      [dissolveOrganization(btg, '2025-02-28', btgdv), 'SUCCESSOR_NOT_ACTIVE', ['successorId']],
      [
        dissolveOrganization(
          btg,
          '2025-03-01',
          org('ELSEWHERE', { tenantId: 'other' as TenantId }),
        ),
        'SUCCESSOR_OTHER_TENANT',
        ['successorId'],
      ],
    ] as const
    for (const [r, code, path] of cases) {
      expect(!r.ok && [r.error.code, r.error.path]).toEqual([code, path])
      expect(!r.ok && r.error.messageVi).not.toBe(!r.ok && r.error.message)
    }
  })
})

describe('resolveOrganizationSuccessor', () => {
  const oldBtg = org('BTG-TU', {
    dissolvedOn: '2025-03-01',
    successorId: 'BTGDV-TU' as OrganizationId,
  })
  const oldBdv = org('BDV-TU', {
    dissolvedOn: '2025-03-01',
    successorId: 'BTGDV-TU' as OrganizationId,
  })
  const merged = org('BTGDV-TU', {
    foundedOn: '2025-03-01',
    dissolvedOn: '2026-01-01',
    successorId: 'BAN-2026' as OrganizationId,
  })
  const latest = org('BAN-2026', { foundedOn: '2026-01-01' })
  const orphan = org('ORPHAN', { dissolvedOn: '2024-01-01' })
  const byId = new Map([oldBtg, oldBdv, merged, latest, orphan, bdv].map((o) => [o.id, o] as const))

  it('follows successor links to the body that reports now', () => {
    const at = (date: string) => {
      const r = resolveOrganizationSuccessor(byId, oldBtg.id, date)
      return r.ok ? r.value.code : r.error.code
    }
    expect(at('2020-06-01')).toBe('BTG-TU')
    expect(at('2025-03-01')).toBe('BTGDV-TU')
    expect(at('2026-05-01')).toBe('BAN-2026')
  })

  it('reports unknown ids, dissolution without successor and loops', () => {
    const unknown = resolveOrganizationSuccessor(byId, 'NOPE' as OrganizationId, '2025-01-01')
    expect(!unknown.ok && unknown.error.code).toBe('ORGANIZATION_NOT_FOUND')
    const none = resolveOrganizationSuccessor(byId, orphan.id, '2025-01-01')
    expect(!none.ok && [none.error.code, none.error.value]).toEqual(['NO_SUCCESSOR', 'ORPHAN'])
    const a = org('A', { dissolvedOn: '2020-01-01', successorId: 'B' as OrganizationId })
    const b = org('B', { dissolvedOn: '2020-01-01', successorId: 'A' as OrganizationId })
    const loop = resolveOrganizationSuccessor(
      new Map([
        [a.id, a],
        [b.id, b],
      ]),
      a.id,
      '2021-01-01',
    )
    expect(!loop.ok && [loop.error.code, loop.error.value]).toEqual([
      'SUCCESSOR_CYCLE',
      ['A', 'B', 'A'],
    ])
  })

  it('follows a 100,000-long succession without recursion', () => {
    const n = 100_000
    const chain = Array.from({ length: n }, (_, i) =>
      org(
        `O${i}`,
        i < n - 1 ? { dissolvedOn: '2020-01-01', successorId: `O${i + 1}` as OrganizationId } : {},
      ),
    )
    const r = resolveOrganizationSuccessor(
      new Map(chain.map((o) => [o.id, o])),
      chain[0]!.id,
      '2021-01-01',
    )
    expect(r.ok && r.value.code).toBe(`O${n - 1}`)
  })

  it('validates the successions of a whole set', () => {
    expect(validateOrganizationSuccessions([oldBtg, oldBdv, merged, latest, orphan])).toEqual([])
    const errors = validateOrganizationSuccessions([
      org('LIVE', { successorId: 'X' as OrganizationId }),
      org('LOST', { dissolvedOn: '2020-01-01', successorId: 'NOPE' as OrganizationId }),
      org('A', { dissolvedOn: '2020-01-01', successorId: 'B' as OrganizationId }),
      org('B', { dissolvedOn: '2020-01-01', successorId: 'A' as OrganizationId }),
    ])
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['SUCCESSOR_WITHOUT_DISSOLUTION', [0, 'successorId']],
      ['SUCCESSOR_NOT_FOUND', [1, 'successorId']],
      ['SUCCESSOR_NOT_ACTIVE', [2, 'successorId']],
      ['SUCCESSOR_NOT_ACTIVE', [3, 'successorId']],
    ])
  })
})
