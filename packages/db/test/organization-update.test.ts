import type { OrganizationDissolution, OrganizationPatch } from '@chidao/app'
import { asId, type Organization, type OrganizationId } from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase, TenantDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { auditEventsOf } from './support/audit-events.js'
import { createOrganization } from './support/create-organization.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const ctx = { actor: 'test', actorOrganization: 'VP-TU', requestId: 'req-1' }

/** Every statement sent, minus transaction control and the tenant fence. */
const statements: string[] = []
function recordStatement(text: string) {
  if (!/^\s*(begin|commit|rollback|select set_config)/i.test(text)) statements.push(text)
}

describe.each(testBackends())('organisation updates, moves and dissolution on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER, {
    onQuery: (e) => recordStatement(e.query.sql),
  })
  let db: ChidaoDatabase
  let orgs: TenantDatabase['organizations']
  const o: Record<string, Organization> = {}

  async function create(code: string, fields: Record<string, unknown> = {}) {
    o[code] = await createOrganization(orgs, { code, ...fields }, ctx)
    return o[code]
  }

  async function reload(code: string) {
    o[code] = (await orgs.findByCode(code))!
    return o[code]
  }

  const auditOf = (id: string) => auditEventsOf(db, id)

  /** The error of an update of `code` at its current version, which must be refused. */
  async function refusal(code: string, patch: OrganizationPatch) {
    const r = await orgs.update(o[code]!.id, patch, o[code]!.version, ctx)
    return !r.ok && r.error
  }

  beforeAll(async () => {
    db = test.db
    orgs = db.forTenant(TENANT).organizations
    // TU ─ BTV ─ BTG ─ PHONG
    //          └ BTC
    // UBND ─ SKHCN      XA (commune)
    await create('TU', { kind: 'PARTY_COMMITTEE', foundedOn: '1945-01-01' })
    await create('BTV', { kind: 'STANDING_COMMITTEE', parentCode: 'TU' })
    await create('BTG', {
      kind: 'PARTY_ADVISORY_BOARD',
      parentCode: 'BTV',
      foundedOn: '1960-01-01',
    })
    await create('PHONG', { kind: 'OTHER', parentCode: 'BTG' })
    await create('BTC', { kind: 'PARTY_ADVISORY_BOARD', parentCode: 'BTV' })
    await create('UBND', { kind: 'PEOPLES_COMMITTEE' })
    await create('SKHCN', { parentCode: 'UBND', foundedOn: '2000-01-01' })
    await create('XA', { kind: 'PARTY_COMMITTEE', level: 'COMMUNE' })
  })

  it('updates fields, bumps the version and audits before and after', async () => {
    const r = await orgs.update(
      o.BTG!.id,
      { name: '  Ban Tuyên giáo và Dân vận  Tỉnh ủy ', shortName: 'BTGDV', partyTerm: 15 },
      1,
      ctx,
    )
    expect(r.ok && r.value).toMatchObject({
      name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      shortName: 'BTGDV',
      partyTerm: 15,
      version: 2,
      parentId: o.BTV!.id,
      foundedOn: '1960-01-01',
    })
    expect(await orgs.findById(o.BTG!.id)).toEqual(r.ok && r.value)
    // The search key follows the new name.
    const found = await orgs.list({ filter: { search: 'dan van' } })
    expect(found.edges.map((e) => e.node.code)).toEqual(['BTG'])
    const audit = await auditOf(o.BTG!.id)
    expect(audit.map((a) => a.action)).toEqual(['organization.create', 'organization.update'])
    expect(audit[1]).toMatchObject({
      actor: 'test',
      actor_organization: 'VP-TU',
      request_id: 'req-1',
      before: { name: 'Cơ quan BTG', version: 1 },
      after: { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', version: 2 },
    })
    await reload('BTG')
  })

  it('clears optional fields with null and validates the result like a new body', async () => {
    const cleared = await orgs.update(o.BTG!.id, { shortName: null }, o.BTG!.version, ctx)
    expect(cleared.ok && cleared.value.shortName).toBeNull()
    await reload('BTG')
    expect(await refusal('BTG', { name: '   ' })).toMatchObject({
      code: 'REQUIRED',
      path: ['name'],
    })
    expect(await refusal('BTG', { partyTerm: 0 })).toMatchObject({
      code: 'INVALID_PARTY_TERM',
      path: ['partyTerm'],
    })
    // Recorded after 1 July 2025 with no founding date: the district level is not allowed.
    expect(await refusal('XA', { level: 'DISTRICT' })).toMatchObject({
      code: 'DISTRICT_LEVEL_ABOLISHED',
      path: ['level'],
    })
    expect((await orgs.findById(o.BTG!.id))!.version).toBe(o.BTG!.version)
  })

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const auditBefore = (await auditOf(o.BTC!.id)).length
    const first = await orgs.update(o.BTC!.id, { name: 'Ban Tổ chức Tỉnh ủy' }, 1, ctx)
    expect(first.ok).toBe(true)
    const stale = await orgs.update(o.BTC!.id, { name: 'Ghi đè' }, 1, ctx)
    expect(!stale.ok && stale.error).toMatchObject({
      code: 'CONFLICT',
      path: ['version'],
      value: 2,
    })
    expect(!stale.ok && stale.error.message).toContain('version 2')
    expect(!stale.ok && stale.error.messageVi).toContain('phiên bản hiện tại là 2')
    const stored = await reload('BTC')
    expect(stored).toMatchObject({ name: 'Ban Tổ chức Tỉnh ủy', version: 2 })
    expect((await auditOf(o.BTC!.id)).length).toBe(auditBefore + 1)
  })

  it('lets exactly one of 8 parallel updates at the same version win', async () => {
    const version = o.BTC!.version
    const auditBefore = (await auditOf(o.BTC!.id)).length
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        orgs.update(o.BTC!.id, { name: `Đồng thời ${i}` }, version, ctx),
      ),
    )
    const wins = results.filter((r) => r.ok)
    expect(wins).toHaveLength(1)
    const losses = results.filter((r) => !r.ok)
    expect(losses.map((r) => !r.ok && r.error.code)).toEqual(Array(7).fill('CONFLICT'))
    const stored = await reload('BTC')
    expect(stored.version).toBe(version + 1)
    expect(wins[0]!.ok && wins[0]!.value.name).toBe(stored.name)
    expect((await auditOf(o.BTC!.id)).length).toBe(auditBefore + 1)
  })

  it('moves a body under a new parent, and makes it a root with null', async () => {
    const moved = await orgs.update(o.PHONG!.id, { parentCode: 'btc' }, 1, ctx)
    expect(moved.ok && moved.value).toMatchObject({ parentId: o.BTC!.id, version: 2 })
    const audit = await auditOf(o.PHONG!.id)
    expect(audit.at(-1)).toMatchObject({
      action: 'organization.move',
      before: { parentId: o.BTG!.id },
      after: { parentId: o.BTC!.id },
    })
    const root = await orgs.update(o.PHONG!.id, { parentCode: null }, 2, ctx)
    expect(root.ok && root.value.parentId).toBeNull()
    const back = await orgs.update(o.PHONG!.id, { parentCode: 'BTG' }, 3, ctx)
    expect(back.ok && back.value.parentId).toBe(o.BTG!.id)
    await reload('PHONG')
  })

  it('refuses moves that would close a loop, found by a recursive query', async () => {
    const auditBefore = (await auditOf(o.TU!.id)).length
    // TU under PHONG, which lies three levels below it.
    const deep = await orgs.update(o.TU!.id, { parentCode: 'PHONG' }, o.TU!.version, ctx)
    expect(!deep.ok && deep.error).toMatchObject({
      code: 'CYCLE_IN_HIERARCHY',
      path: ['parentCode'],
      value: ['TU', 'PHONG', 'BTG', 'BTV', 'TU'],
    })
    expect(!deep.ok && deep.error.message).toContain('TU → PHONG → BTG → BTV → TU')
    expect(!deep.ok && deep.error.messageVi).toContain('không thể trực thuộc PHONG')
    const self = await orgs.update(o.BTV!.id, { parentCode: 'BTV' }, o.BTV!.version, ctx)
    expect(!self.ok && self.error.code).toBe('CYCLE_IN_HIERARCHY')
    const child = await orgs.update(o.BTV!.id, { parentCode: 'BTG' }, o.BTV!.version, ctx)
    expect(!child.ok && child.error.code).toBe('CYCLE_IN_HIERARCHY')
    expect((await orgs.findById(o.TU!.id))!.parentId).toBeNull()
    expect((await auditOf(o.TU!.id)).length).toBe(auditBefore)
  })

  it('refuses a parent of a lower level, or a level that puts children above their parent', async () => {
    const under = await orgs.update(o.SKHCN!.id, { parentCode: 'XA' }, o.SKHCN!.version, ctx)
    expect(!under.ok && under.error).toMatchObject({
      code: 'INVALID_PARENT_LEVEL',
      path: ['parentCode'],
    })
    expect(await refusal('SKHCN', { parentCode: 'NOPE' })).toMatchObject({
      code: 'PARENT_NOT_FOUND',
      path: ['parentCode'],
    })
    // SKHCN sits under UBND (PROVINCE): as CENTRAL it would sit under a lower level.
    expect(await refusal('SKHCN', { level: 'CENTRAL' })).toMatchObject({
      code: 'INVALID_PARENT_LEVEL',
      path: ['level'],
    })
    // UBND has a PROVINCE child: as a COMMUNE body it would sit above it.
    expect(await refusal('UBND', { level: 'COMMUNE' })).toMatchObject({
      code: 'INVALID_PARENT_LEVEL',
      path: ['level'],
      value: 'SKHCN',
    })
    const notFound = await orgs.update(
      asId<OrganizationId>('00000000-0000-4000-8000-000000000000'),
      { name: 'X' },
      1,
      ctx,
    )
    expect(!notFound.ok && notFound.error.code).toBe('ORGANIZATION_NOT_FOUND')
    expect((await orgs.update(asId('nope'), { name: 'X' }, 1, ctx)).ok).toBe(false)
  })

  it('reads ancestors with one recursive statement', async () => {
    statements.length = 0
    const ancestors = await orgs.ancestorsOf(o.PHONG!.id)
    expect(statements).toHaveLength(1)
    statements.length = 0
    const many = await db
      .forTenant(TENANT)
      .organizations.ancestorsOfMany([o.PHONG!.id, o.TU!.id, o.SKHCN!.id, o.PHONG!.id])
    expect(statements).toHaveLength(1)
    expect(many.map((list) => list.map((a) => a.code))).toEqual([
      ['BTG', 'BTV', 'TU'],
      [],
      ['UBND'],
      ['BTG', 'BTV', 'TU'],
    ])
    expect(ancestors.map((a) => a.code)).toEqual(['BTG', 'BTV', 'TU'])
    expect(await orgs.ancestorsOf(o.TU!.id)).toEqual([])
  })

  it('dissolves by the domain rules, naming a successor, and audits it', async () => {
    await create('BDV', {
      kind: 'PARTY_ADVISORY_BOARD',
      parentCode: 'BTV',
      foundedOn: '1950-01-01',
    })
    await create('MOI', {
      kind: 'PARTY_ADVISORY_BOARD',
      parentCode: 'BTV',
      foundedOn: '2025-03-01',
    })
    const refusals: [OrganizationDissolution, { code: string; path?: readonly string[] }][] = [
      [
        { on: '2025-02-01', successorCode: 'MOI' },
        { code: 'SUCCESSOR_NOT_ACTIVE', path: ['successorCode'] },
      ],
      [{ on: '2025-03-01', successorCode: 'bdv' }, { code: 'SUCCESSOR_IS_SELF' }],
      [
        { on: '2025-03-01', successorCode: 'X' },
        { code: 'SUCCESSOR_NOT_FOUND', path: ['successorCode'] },
      ],
      [{ on: '1949-12-31' }, { code: 'DISSOLVED_BEFORE_FOUNDED', path: ['on'] }],
      [{ on: '2025-02-30' }, { code: 'INVALID_DATE', path: ['on'] }],
    ]
    for (const [dissolution, error] of refusals) {
      const refused = await orgs.dissolve(o.BDV!.id, dissolution, 1, ctx)
      expect(!refused.ok && refused.error).toMatchObject(error)
    }
    const stale = await orgs.dissolve(o.BDV!.id, { on: '2025-03-01' }, 7, ctx)
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    expect((await auditOf(o.BDV!.id)).length).toBe(1)

    const done = await orgs.dissolve(o.BDV!.id, { on: '2025-03-01', successorCode: 'MOI' }, 1, ctx)
    expect(done.ok && done.value).toMatchObject({
      dissolvedOn: '2025-03-01',
      successorId: o.MOI!.id,
      version: 2,
    })
    expect((await auditOf(o.BDV!.id)).at(-1)).toMatchObject({
      action: 'organization.dissolve',
      before: { dissolvedOn: null, version: 1 },
      after: { dissolvedOn: '2025-03-01', successorId: o.MOI!.id, version: 2 },
    })
    const again = await orgs.dissolve(o.BDV!.id, { on: '2025-04-01' }, 2, ctx)
    expect(!again.ok && again.error.code).toBe('ORGANIZATION_ALREADY_DISSOLVED')
    // A founding date after the dissolution is refused on update.
    const late = await orgs.update(o.BDV!.id, { foundedOn: '2025-06-01' }, 2, ctx)
    expect(!late.ok && late.error).toMatchObject({
      code: 'DISSOLVED_BEFORE_FOUNDED',
      path: ['foundedOn'],
    })
  })

  it('lets only one of two crossing moves through: no loop is ever committed', async () => {
    const p = await create('P', { kind: 'OTHER' })
    const q = await create('Q', { kind: 'OTHER' })
    const [pUnderQ, qUnderP] = await Promise.all([
      orgs.update(p.id, { parentCode: 'Q' }, 1, ctx),
      orgs.update(q.id, { parentCode: 'P' }, 1, ctx),
    ])
    expect([pUnderQ.ok, qUnderP.ok].filter(Boolean)).toHaveLength(1)
    const loser = pUnderQ.ok ? qUnderP : pUnderQ
    expect(!loser.ok && loser.error.code).toBe('CYCLE_IN_HIERARCHY')
    const [pNow, qNow] = [await reload('P'), await reload('Q')]
    expect([pNow.parentId, qNow.parentId].filter((id) => id !== null)).toHaveLength(1)
  })

  it('cannot reach another tenant', async () => {
    const other = db.forTenant(OTHER).organizations
    const r = await other.update(o.TU!.id, { name: 'Chiếm' }, o.TU!.version, ctx)
    expect(!r.ok && r.error.code).toBe('ORGANIZATION_NOT_FOUND')
    const d = await other.dissolve(o.TU!.id, { on: '2025-01-01' }, o.TU!.version, ctx)
    expect(!d.ok && d.error.code).toBe('ORGANIZATION_NOT_FOUND')
    expect(await other.ancestorsOf(o.PHONG!.id)).toEqual([])
    expect((await orgs.findById(o.TU!.id))!.name).toBe('Cơ quan TU')
  })
})
