import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OrganizationId, TenantId } from '../../src/ids.js'
import type { Organization } from '../../src/organization/organization.js'
import type { OrganizationLevel } from '../../src/organization/organization-level.js'
import {
  moveOrganization,
  type OrganizationTreeNode,
  organizationAncestors,
  organizationDescendants,
  validateOrganizationHierarchy,
} from '../../src/organization/organization-tree.js'

function org(
  code: string,
  parent: string | null,
  level: OrganizationLevel = 'PROVINCE',
): Organization {
  return Object.freeze({
    id: `id-${code}` as OrganizationId,
    tenantId: 'demo-province' as TenantId,
    code,
    name: code,
    shortName: null,
    kind: 'OTHER',
    level,
    parentId: parent === null ? null : (`id-${parent}` as OrganizationId),
    foundedOn: null,
    dissolvedOn: null,
    successorId: null,
    partyTerm: null,
    version: 1,
  })
}
const idOf = (code: string) => `id-${code}` as OrganizationId

const tree = [
  org('TW', null, 'CENTRAL'),
  org('TU', 'TW'),
  org('BTV-TU', 'TU'),
  org('VP-TU', 'BTV-TU'),
  org('BTG-TU', 'BTV-TU'),
  org('DU-XA', 'TU', 'COMMUNE'),
  org('HU-CU', 'TU', 'DISTRICT'),
]

describe('organisation tree walks', () => {
  it('lists ancestors nearest first', () => {
    expect(organizationAncestors(tree, idOf('BTG-TU')).map((o) => o.code)).toEqual([
      'BTV-TU',
      'TU',
      'TW',
    ])
    expect(organizationAncestors(tree, idOf('TW'))).toEqual([])
    expect(organizationAncestors(tree, idOf('NOPE'))).toEqual([])
  })

  it('lists descendants breadth first with depth, children by code', () => {
    expect(
      organizationDescendants(tree, idOf('TU')).map((e) => [e.depth, e.organization.code]),
    ).toEqual([
      [1, 'BTV-TU'],
      [1, 'DU-XA'],
      [1, 'HU-CU'],
      [2, 'BTG-TU'],
      [2, 'VP-TU'],
    ])
    expect(organizationDescendants(tree, idOf('VP-TU'))).toEqual([])
  })

  it('stays finite on corrupt data with a loop', () => {
    const corrupt = [org('A', 'B'), org('B', 'A')]
    expect(organizationAncestors(corrupt, idOf('A')).map((o) => o.code)).toEqual(['B'])
    expect(organizationDescendants(corrupt, idOf('A')).map((e) => e.organization.code)).toEqual([
      'B',
    ])
  })
})

describe('moveOrganization', () => {
  it('moves a body and returns it with its new parent, leaving the list as it was', () => {
    const r = moveOrganization(tree, idOf('BTG-TU'), idOf('TU'))
    expect(r.ok && r.value.parentId).toBe(idOf('TU'))
    expect(r.ok && r.value.version).toBe(1)
    expect(tree[4]!.parentId).toBe(idOf('BTV-TU'))
    const root = moveOrganization(tree, idOf('TU'), null)
    expect(root.ok && root.value.parentId).toBeNull()
  })

  it('refuses a cycle, naming both codes, with the path parentId', () => {
    const r = moveOrganization(tree, idOf('TU'), idOf('BTG-TU'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('CYCLE_IN_HIERARCHY')
    expect(r.error.path).toEqual(['parentId'])
    for (const m of [r.error.message, r.error.messageVi]) {
      expect(m).toContain('TU')
      expect(m).toContain('BTG-TU')
    }
    expect(r.error.value).toEqual(['TU', 'BTG-TU', 'BTV-TU', 'TU'])
    const self = moveOrganization(tree, idOf('TU'), idOf('TU'))
    expect(!self.ok && [self.error.code, self.error.value]).toEqual([
      'CYCLE_IN_HIERARCHY',
      ['TU', 'TU'],
    ])
  })

  it('refuses a parent of a lower level and unknown ids', () => {
    const r = moveOrganization(tree, idOf('BTG-TU'), idOf('DU-XA'))
    expect(!r.ok && [r.error.code, r.error.path]).toEqual(['INVALID_PARENT_LEVEL', ['parentId']])
    // The same level is fine, and so is a higher one.
    expect(moveOrganization(tree, idOf('DU-XA'), idOf('BTG-TU')).ok).toBe(true)
    const missing = moveOrganization(tree, idOf('BTG-TU'), idOf('NOPE'))
    expect(!missing.ok && missing.error.code).toBe('PARENT_NOT_FOUND')
    const unknown = moveOrganization(tree, idOf('NOPE'), idOf('TU'))
    expect(!unknown.ok && [unknown.error.code, unknown.error.path]).toEqual([
      'ORGANIZATION_NOT_FOUND',
      ['id'],
    ])
  })
})

describe('validateOrganizationHierarchy', () => {
  it('orders a valid set parents first', () => {
    const shuffled = [tree[4]!, tree[3]!, tree[2]!, tree[1]!, tree[0]!, tree[6]!, tree[5]!]
    const r = validateOrganizationHierarchy(shuffled)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const position = new Map(r.value.map((o, i) => [o.id, i]))
    for (const o of r.value) {
      if (o.parentId !== null) expect(position.get(o.parentId)!).toBeLessThan(position.get(o.id)!)
    }
    expect(r.value.length).toBe(tree.length)
  })

  it('works on bundle entries keyed by code', () => {
    const entries: OrganizationTreeNode[] = [
      { id: 'BTG-TU', code: 'BTG-TU', level: 'PROVINCE', parentId: 'TU' },
      { id: 'TU', code: 'TU', level: 'PROVINCE', parentId: null },
    ]
    const r = validateOrganizationHierarchy(entries)
    expect(r.ok && r.value.map((o) => o.code)).toEqual(['TU', 'BTG-TU'])
  })

  it('reports every problem with its index', () => {
    const r = validateOrganizationHierarchy([
      org('TU', null),
      org('A', 'C'),
      org('B', 'A'),
      org('C', 'B'),
      org('SELF', 'SELF'),
      org('ORPHAN', 'GONE'),
      org('TU', null),
      org('LOW', 'DU', 'PROVINCE'),
      org('DU', null, 'COMMUNE'),
    ])
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['CYCLE_IN_HIERARCHY', [3, 'parentId']],
      ['CYCLE_IN_HIERARCHY', [4, 'parentId']],
      ['PARENT_NOT_FOUND', [5, 'parentId']],
      ['DUPLICATE_ORGANIZATION_ID', [6, 'id']],
      ['DUPLICATE_ORGANIZATION_CODE', [6, 'code']],
      ['INVALID_PARENT_LEVEL', [7, 'parentId']],
    ])
    expect(r.error[0]!.value).toEqual(['C', 'B', 'A', 'C'])
  })
})

describe('tree properties', () => {
  it('random moves keep the tree acyclic and consistent with the walks', () => {
    const n = 20
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(n - 1), fc.option(fc.nat(n - 1), { nil: null })), {
          maxLength: 60,
        }),
        (moves) => {
          let orgs: Organization[] = Array.from({ length: n }, (_, i) =>
            org(`O${i}`, i === 0 ? null : `O${Math.floor((i - 1) / 2)}`),
          )
          for (const [child, parent] of moves) {
            const r = moveOrganization(
              orgs,
              idOf(`O${child}`),
              parent === null ? null : idOf(`O${parent}`),
            )
            const below = new Set(
              organizationDescendants(orgs, idOf(`O${child}`)).map((e) => e.organization.id),
            )
            const wouldCycle =
              parent !== null && (parent === child || below.has(idOf(`O${parent}`)))
            expect(r.ok).toBe(!wouldCycle)
            if (r.ok) orgs = orgs.map((o) => (o.id === r.value.id ? r.value : o))
            expect(validateOrganizationHierarchy(orgs).ok).toBe(true)
          }
          // Ancestors and descendants are inverse.
          for (const o of orgs) {
            for (const a of organizationAncestors(orgs, o.id)) {
              expect(
                organizationDescendants(orgs, a.id).some((e) => e.organization.id === o.id),
              ).toBe(true)
            }
          }
        },
      ),
    )
  })

  it('walks and validates a 100,000-deep hierarchy without recursion', () => {
    const n = 100_000
    const orgs = Array.from({ length: n }, (_, i) => org(`O${i}`, i === 0 ? null : `O${i - 1}`))
    expect(organizationAncestors(orgs, idOf(`O${n - 1}`)).length).toBe(n - 1)
    const below = organizationDescendants(orgs, idOf('O0'))
    expect(below.length).toBe(n - 1)
    expect(below.at(-1)!.depth).toBe(n - 1)
    expect(validateOrganizationHierarchy(orgs).ok).toBe(true)
    const r = moveOrganization(orgs, idOf('O0'), idOf(`O${n - 1}`))
    expect(!r.ok && r.error.code).toBe('CYCLE_IN_HIERARCHY')
  })
})
