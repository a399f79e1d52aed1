import {
  asId,
  DEFAULT_URGING_PREFERENCES,
  DEFAULT_URGING_RULES,
  type OrganizationId,
} from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TenantDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { auditEventsOf } from './support/audit-events.js'
import { createOrganization } from './support/create-organization.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const ctx = { actor: 'test', actorOrganization: 'VP-TU', requestId: 'req-1' }
const tet = { date: '2027-02-08', name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year' } }

describe.each(testBackends())('urging settings on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let urging: TenantDatabase['urging']
  let other: TenantDatabase['urging']
  let department: OrganizationId

  beforeAll(async () => {
    urging = test.db.forTenant(TENANT).urging
    other = test.db.forTenant(OTHER).urging
    const organizations = test.db.forTenant(TENANT).organizations
    department = (
      await createOrganization(organizations, { code: 'SO-NV', name: 'Sở Nội vụ' }, ctx)
    ).id
  })

  it('reads the defaults at version 0, then a tenant’s own rules at their version, audited', async () => {
    expect(await urging.rules()).toEqual({ rules: DEFAULT_URGING_RULES, version: 0 })
    const rules = { ...DEFAULT_URGING_RULES, dueSoonDays: [10, 3], escalateAfterDays: 21 }
    const first = await urging.setRules(rules, 0, ctx)
    expect(first).toEqual({ ok: true, value: { rules, version: 1 } })
    const second = await urging.setRules({ ...rules, digestTime: '08:00' }, 1, ctx)
    expect(second.ok && second.value.version).toBe(2)
    expect((await urging.rules()).rules.digestTime).toBe('08:00')
    expect(await other.rules()).toEqual({ rules: DEFAULT_URGING_RULES, version: 0 })
    const events = await auditEventsOf(test.db, TENANT)
    expect(events.map((e) => e.action)).toEqual(['urging.rules.set', 'urging.rules.set'])
  })

  it('refuses a stale version with CONFLICT and writes nothing, even from two writers at once', async () => {
    const stale = await urging.setRules(DEFAULT_URGING_RULES, 1, ctx)
    expect(stale.ok || [stale.error.code, stale.error.value]).toEqual(['CONFLICT', 2])
    const fresh = await other.setRules(DEFAULT_URGING_RULES, 5, ctx)
    expect(fresh.ok || [fresh.error.code, fresh.error.value]).toEqual(['CONFLICT', 0])
    const both = await Promise.all([
      other.setRules({ ...DEFAULT_URGING_RULES, overdueRepeatDays: 3 }, 0, ctx),
      other.setRules({ ...DEFAULT_URGING_RULES, overdueRepeatDays: 4 }, 0, ctx),
    ])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['CONFLICT'])
    expect((await other.rules()).version).toBe(1)
  })

  it('keeps an organisation’s preferences, defaults for the others, and none for another tenant’s', async () => {
    const unknown = asId<OrganizationId>('7d0c4f9e-8b1a-4c2e-9f3d-2a6b5c4d3e21')
    expect(await urging.preferences([department, unknown, asId('not-a-uuid')])).toEqual([
      { organizationId: department, preferences: DEFAULT_URGING_PREFERENCES, version: 0 },
      { organizationId: unknown, preferences: DEFAULT_URGING_PREFERENCES, version: 0 },
      { organizationId: 'not-a-uuid', preferences: DEFAULT_URGING_PREFERENCES, version: 0 },
    ])
    const set = await urging.setPreferences(
      department,
      { digest: true, quietOnRestDays: true },
      0,
      ctx,
    )
    expect(set.ok && set.value.version).toBe(1)
    expect((await urging.preferences([department]))[0]?.preferences).toEqual({
      digest: true,
      quietOnRestDays: true,
    })
    const fromOther = await other.setPreferences(
      department,
      { digest: true, quietOnRestDays: false },
      0,
      ctx,
    )
    const absent = await other.setPreferences(
      unknown,
      { digest: true, quietOnRestDays: false },
      0,
      ctx,
    )
    expect(fromOther).toEqual(absent)
    expect(fromOther.ok || fromOther.error.code).toBe('ORGANIZATION_NOT_FOUND')
    const stale = await urging.setPreferences(
      department,
      { digest: false, quietOnRestDays: false },
      0,
      ctx,
    )
    expect(stale.ok || stale.error.code).toBe('CONFLICT')
  })

  it('reads a year’s holidays from the shipped list until the tenant sets its own', async () => {
    const shipped = await urging.publicHolidays(2027)
    expect(shipped).toMatchObject({ year: 2027, own: false, version: 0 })
    expect(shipped.holidays.map((h) => h.date)).toContain('2027-02-06')
    const own = await urging.setPublicHolidays(2027, [tet], 0, ctx)
    expect(own).toEqual({ ok: true, value: { year: 2027, holidays: [tet], own: true, version: 1 } })
    expect((await other.publicHolidays(2027)).own).toBe(false)
    const back = await urging.setPublicHolidays(2027, [], 1, ctx)
    expect(back.ok && [back.value.own, back.value.version]).toEqual([false, 2])
    expect((await urging.publicHolidays(2027)).holidays).toEqual(shipped.holidays)
  })
})
