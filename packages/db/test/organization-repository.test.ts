import type { OrganizationStore } from '@chidao/app'
import { type OrganizationId, validateNewOrganization } from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { auditEventCount, auditEventsOf } from './support/audit-events.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const ctx = { actor: 'test' }

function newOrg(fields: Record<string, unknown>) {
  const r = validateNewOrganization({ kind: 'DEPARTMENT', level: 'PROVINCE', ...fields } as never, {
    today: '2026-01-15',
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe.each(testBackends())('organisation repository on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let db: ChidaoDatabase
  let orgs: OrganizationStore

  beforeAll(async () => {
    db = test.db
    orgs = db.forTenant(TENANT).organizations
  })

  it('creates, reads by id and by code, and writes an audit event in the same transaction', async () => {
    const created = await orgs.create(
      newOrg({ code: 'tu', name: 'Tỉnh ủy', kind: 'PARTY_COMMITTEE', partyTerm: 15 }),
      ctx,
    )
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.value).toMatchObject({ code: 'TU', version: 1, parentId: null, partyTerm: 15 })
    expect(await orgs.findById(created.value.id)).toEqual(created.value)
    // An id in capitals names the same organisation, one at a time or in a batch.
    const shouted = created.value.id.toUpperCase() as OrganizationId
    expect(await orgs.findById(shouted)).toEqual(created.value)
    expect(await orgs.findByIds([shouted, created.value.id])).toEqual([
      created.value,
      created.value,
    ])
    expect(await orgs.findByCode(' tu ')).toEqual(created.value)
    const audit = await auditEventsOf(db, created.value.id)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'organization.create', actor: 'test', before: null })
    expect(audit[0]!.after).toMatchObject({ code: 'TU' })
  })

  it('refuses a taken code, a missing parent and a parent of a lower level, writing nothing', async () => {
    const before = await auditEventCount(db)
    const taken = await orgs.create(newOrg({ code: 'TU', name: 'Khác' }), ctx)
    expect(!taken.ok && taken.error).toMatchObject({
      code: 'ORGANIZATION_CODE_TAKEN',
      path: ['code'],
    })
    const orphan = await orgs.create(newOrg({ code: 'X', name: 'X', parentCode: 'NOPE' }), ctx)
    expect(!orphan.ok && orphan.error.code).toBe('PARENT_NOT_FOUND')
    const commune = await orgs.create(
      newOrg({ code: 'XA-1', name: 'Đảng ủy xã 1', kind: 'PARTY_COMMITTEE', level: 'COMMUNE' }),
      ctx,
    )
    expect(commune.ok).toBe(true)
    const upside = await orgs.create(newOrg({ code: 'SO', name: 'Sở', parentCode: 'XA-1' }), ctx)
    expect(!upside.ok && upside.error.code).toBe('INVALID_PARENT_LEVEL')
    expect(await auditEventCount(db)).toBe(before + 1)
  })

  it('lists with keyset pagination, totals, filters and Vietnamese name order', async () => {
    const names = [
      'Ban Tuyên giáo',
      'Ban Tổ chức',
      'Ủy ban Kiểm tra',
      'Văn phòng',
      'Đảng đoàn',
      'Ân',
    ]
    for (const [i, name] of names.entries()) {
      const r = await orgs.create(
        newOrg({ code: `B${i}`, name, kind: 'PARTY_ADVISORY_BOARD', parentCode: 'TU' }),
        ctx,
      )
      expect(r.ok).toBe(true)
    }
    const tu = await orgs.findByCode('TU')
    const first = await orgs.list({ first: 4, filter: { parentId: tu!.id }, orderBy: 'NAME_ASC' })
    expect(first.totalCount).toBe(6)
    expect(first.hasNextPage).toBe(true)
    const second = await orgs.list({
      first: 4,
      after: first.edges.at(-1)!.cursor,
      filter: { parentId: tu!.id },
      orderBy: 'NAME_ASC',
    })
    expect(second.hasNextPage).toBe(false)
    expect(second.hasPreviousPage).toBe(true)
    const order = [...first.edges, ...second.edges].map((e) => e.node.name)
    expect(order).toEqual([
      'Ân',
      'Ban Tổ chức',
      'Ban Tuyên giáo',
      'Đảng đoàn',
      'Ủy ban Kiểm tra',
      'Văn phòng',
    ])
    const back = await orgs.list({
      last: 2,
      before: second.edges[0]!.cursor,
      filter: { parentId: tu!.id },
      orderBy: 'NAME_ASC',
    })
    expect(back.edges.map((e) => e.node.name)).toEqual(['Ban Tuyên giáo', 'Đảng đoàn'])
    const search = await orgs.list({ filter: { search: 'tuyen giao' } })
    expect(search.edges.map((e) => e.node.code)).toEqual(['B0'])
    const byKind = await orgs.list({ filter: { kind: ['PARTY_COMMITTEE'], level: ['COMMUNE'] } })
    expect(byKind.edges.map((e) => e.node.code)).toEqual(['XA-1'])
    await expect(orgs.list({ after: 'garbage' })).rejects.toThrow(/Invalid cursor/)
  })

  it('fences tenants with row-level security, even for a query that forgets the filter', async () => {
    const other = db.forTenant(OTHER).organizations
    expect(await other.findByCode('TU')).toBeNull()
    expect((await other.list({})).totalCount).toBe(0)
    const tu = await orgs.findByCode('TU')
    expect(await other.findById(tu!.id as OrganizationId)).toBeNull()
    // A raw query with no tenant filter inside a fenced transaction sees only its tenant.
    const { inTenantTransaction } = await import('../src/tenant/tenant-transaction.js')
    const seen = await inTenantTransaction(db.kysely, OTHER, (trx) =>
      trx.selectFrom('organization').select('code').execute(),
    )
    expect(seen).toEqual([])
    await expect(
      inTenantTransaction(db.kysely, OTHER, (trx) =>
        sql`insert into organization (tenant_id, code, name, search_key, name_sort_key, kind, level)
            values ('tinh-a', 'SPY', 'x', 'x', 'x', 'OTHER', 'PROVINCE')`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/)
  })

  it('keeps the audit log append-only', async () => {
    await expect(sql`update audit_event set actor = 'x'`.execute(db.kysely)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`delete from audit_event`.execute(db.kysely)).rejects.toThrow(/append-only/)
  })
})
