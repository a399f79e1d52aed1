import type { OrganizationStore } from '@chidao/app'
import { asId, type TenantId, validateNewOrganization } from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { useTwoTenantDatabase } from './support/test-database.js'

const TENANT = asId<TenantId>('tinh-a')
const OTHER = asId<TenantId>('tinh-b')
const ctx = { actor: 'test' }

function newOrg(code: string, level: string, foundedOn: string) {
  const r = validateNewOrganization(
    { code, name: code, kind: 'PARTY_COMMITTEE', level, foundedOn } as never,
    { today: '2025-06-30' },
  )
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe.each(testBackends())(
  'an organisation dissolved into several successors on %s',
  (backend) => {
    const test = useTwoTenantDatabase(backend, TENANT, OTHER)
    let db: ChidaoDatabase
    let orgs: OrganizationStore

    beforeAll(async () => {
      db = test.db
      orgs = db.forTenant(TENANT).organizations
      for (const org of [
        newOrg('HU-AN-PHU', 'DISTRICT', '2000-01-01'),
        newOrg('DU-XA-BINH-AN', 'COMMUNE', '2025-06-01'),
        newOrg('DU-XA-AN-THANH', 'COMMUNE', '2025-06-01'),
      ]) {
        const r = await orgs.create(org, ctx)
        if (!r.ok) throw new Error(r.error.message)
      }
      const elsewhere = await db
        .forTenant(OTHER)
        .organizations.create(newOrg('DU-XA-KHAC', 'COMMUNE', '2025-06-01'), ctx)
      if (!elsewhere.ok) throw new Error(elsewhere.error.message)
    })

    it('refuses an unknown successor — or one of another tenant — at its place', async () => {
      const district = (await orgs.findByCode('HU-AN-PHU'))!
      for (const code of ['KHONG-CO', 'DU-XA-KHAC']) {
        const r = await orgs.dissolve(
          district.id,
          { on: '2025-07-01', successorCodes: ['DU-XA-BINH-AN', code] },
          district.version,
          ctx,
        )
        expect(r.ok ? null : r.error).toMatchObject({
          code: 'SUCCESSOR_NOT_FOUND',
          path: ['successorCodes', 1],
        })
      }
      const both = await orgs.dissolve(
        district.id,
        { on: '2025-07-01', successorCode: 'DU-XA-BINH-AN', successorCodes: ['DU-XA-AN-THANH'] },
        district.version,
        ctx,
      )
      expect(both.ok ? null : both.error.code).toBe('SUCCESSOR_GIVEN_TWICE')
    })

    it('stores every successor, the first as the principal, and reads them back', async () => {
      const district = (await orgs.findByCode('HU-AN-PHU'))!
      const r = await orgs.dissolve(
        district.id,
        { on: '2025-07-01', successorCodes: ['du-xa-binh-an', 'DU-XA-AN-THANH'] },
        district.version,
        ctx,
      )
      expect(r.ok ? null : r.error).toBeNull()
      const binhAn = (await orgs.findByCode('DU-XA-BINH-AN'))!
      const anThanh = (await orgs.findByCode('DU-XA-AN-THANH'))!
      const read = (await orgs.findById(district.id))!
      expect(read).toMatchObject({
        dissolvedOn: '2025-07-01',
        successorId: binhAn.id,
        successorIds: [binhAn.id, anThanh.id],
      })
    })

    it('refuses, in the database, a successor list naming what is not an organisation of the tenant', async () => {
      const district = (await orgs.findByCode('HU-AN-PHU'))!
      const other = await sql<{
        id: string
      }>`select id from organization where code = 'DU-XA-KHAC'`.execute(db.kysely)
      const attempt = sql`update organization
      set successor_ids = array[successor_id, ${other.rows[0]!.id}::uuid]
      where id = ${district.id}`.execute(db.kysely)
      await expect(attempt).rejects.toThrow(/successor_ids/)
    })
  },
)
