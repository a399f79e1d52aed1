import type { OrganizationStore } from '@chidao/app'
import { validateNewOrganization } from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

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

    it('lists the open tasks of a body whose work was split as awaiting reassignment, from the day it is gone', async () => {
      const district = (await orgs.findByCode('HU-AN-PHU'))!
      const single = newOrg('BAN-MOT', 'PROVINCE', '2000-01-01')
      const created = await orgs.create({ ...single, kind: 'OTHER' } as never, ctx)
      if (!created.ok) throw new Error(created.error.message)
      const merged = await orgs.dissolve(
        created.value.id,
        { on: '2025-07-01', successorCode: 'DU-XA-BINH-AN' },
        created.value.version,
        ctx,
      )
      expect(merged.ok ? null : merged.error).toBeNull()
      const directive = await db.kysely
        .insertInto('directive')
        .values({
          tenant_id: TENANT,
          kind: 'PLAN',
          symbol_text: '45-KH/HU',
          symbol_system: 'PARTY',
          symbol_number: 45,
          symbol_issuer_code: 'HU',
          issuer_id: district.id,
          issued_on: '2025-03-01',
          issued_year: 2025,
          title: 'Kế hoạch của Huyện ủy',
          search_key: 'ke hoach cua huyen uy',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const task = (reference: string, lead: string, status: string) => ({
        tenant_id: TENANT,
        directive_id: directive.id,
        reference,
        title: `Nhiệm vụ ${reference}`,
        search_key: `nhiem vu ${reference}`,
        lead_id: lead,
        status,
        completed_on: status === 'COMPLETED' ? '2025-05-01' : null,
      })
      await db.kysely
        .insertInto('task')
        .values([
          task('1', district.id, 'IN_PROGRESS'),
          task('2', district.id, 'PAUSED'),
          task('3', district.id, 'COMPLETED'),
          task('4', district.id, 'CANCELLED'),
          // One successor answers for the merged board: nothing awaits.
          task('5', created.value.id, 'IN_PROGRESS'),
        ])
        .execute()
      const tasks = db.forTenant(TENANT).tasks
      const awaiting = async (asOf: string) =>
        (await tasks.list({ filter: { awaitingReassignment: true }, asOf, first: 50 })).edges
          .map((e) => e.node.reference)
          .sort()
      expect(await awaiting('2025-06-30')).toEqual([])
      expect(await awaiting('2025-07-01')).toEqual(['1', '2'])
      const counted = await tasks.countMany(
        [{ key: 'awaiting', filter: { awaitingReassignment: true } }],
        '2025-08-01',
      )
      expect(counted.get('awaiting')).toBe(2)
      // Another tenant's handle sees none of them.
      expect(
        (
          await db
            .forTenant(OTHER)
            .tasks.list({ filter: { awaitingReassignment: true }, asOf: '2025-08-01' })
        ).totalCount,
      ).toBe(0)
    })
  },
)
