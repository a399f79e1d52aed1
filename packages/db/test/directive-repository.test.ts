import {
  asId,
  type Directive,
  type DirectiveId,
  type DirectiveInput,
  parseDocumentSymbol,
  type TenantId,
  validateNewDirective,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase, TenantDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { createOrganization } from './support/create-organization.js'
import { TENANT_A as TENANT, useTestDatabase } from './support/test-database.js'

const ctx = { actor: 'test' }

describe.each(testBackends())('directive repository on %s', (backend) => {
  const test = useTestDatabase(backend)
  let db: ChidaoDatabase
  let scope: TenantDatabase
  const d: Record<string, Directive> = {}

  async function org(code: string, name: string, kind: string, level: string) {
    await createOrganization(scope.organizations, { code, name, kind, level }, ctx)
  }
  async function directive(key: string, input: DirectiveInput) {
    const v = validateNewDirective(input, { today: '2026-01-01' })
    if (!v.ok) throw new Error(`${v.error.code} ${v.error.message}`)
    const r = await scope.directives.create(v.value, ctx)
    if (!r.ok) throw new Error(r.error.message)
    d[key] = r.value
    return r.value
  }

  beforeAll(async () => {
    db = test.db
    await db.ensureTenant(TENANT, 'Tỉnh A')
    scope = db.forTenant(TENANT, { clearance: 'TUYET_MAT' })
    await org('BCT', 'Bộ Chính trị', 'STANDING_COMMITTEE', 'CENTRAL')
    await org('BBT', 'Ban Bí thư', 'STANDING_COMMITTEE', 'CENTRAL')
    await org('BTV-TU', 'Ban Thường vụ Tỉnh ủy', 'STANDING_COMMITTEE', 'PROVINCE')
    await org('DU-XA', 'Đảng ủy xã An Bình', 'PARTY_COMMITTEE', 'COMMUNE')
    await directive('ct42', {
      symbol: '42-CT/TW',
      issuerOrganizationCode: 'BCT',
      issuerTerm: 10,
      issuedOn: '2010-04-16',
      title:
        'Về tiếp tục đổi mới, nâng cao chất lượng hoạt động của Liên hiệp các Hội KH&KT Việt Nam',
    })
    await directive('kl93', {
      symbol: 'Số: 93-KL/TƯ',
      issuerOrganizationCode: 'BBT',
      issuedOn: '2020-11-20',
      title: 'Về tiếp tục thực hiện Chỉ thị số 42-CT/TW',
    })
    await directive('ctr', {
      symbol: '06-CTr/TU',
      issuerOrganizationCode: 'BTV-TU',
      issuedOn: '2021-03-10',
      title: 'Chương trình thực hiện Kết luận 93-KL/TW',
      sections: [
        { number: 'I', heading: 'Tình hình', children: [{ number: '1', body: 'Kết quả' }] },
      ],
    })
    await directive('kh', {
      symbol: '12-KH/ĐU',
      issuerOrganizationCode: 'DU-XA',
      issuedOn: '2021-05-02',
      title: 'Kế hoạch thực hiện Chương trình 06-CTr/TU',
      secrecy: 'MAT',
    })
    for (const [from, to, type, on] of [
      ['kl93', 'ct42', 'CONTINUES', '2020-11-20'],
      ['ctr', 'kl93', 'IMPLEMENTS', '2021-03-10'],
      ['kh', 'ctr', 'IMPLEMENTS', '2021-05-02'],
      ['kh', 'kl93', 'CITES', '2021-05-02'],
    ] as const) {
      const r = await scope.directives.link(
        { sourceId: d[from]!.id, targetId: d[to]!.id, type, effectiveOn: on },
        ctx,
      )
      expect(r.ok).toBe(true)
    }
  })

  it('stores the symbol canonical and finds it by any accepted spelling', async () => {
    expect(d.kl93).toMatchObject({ symbolText: '93-KL/TW', kind: 'CONCLUSION', secrecy: 'PUBLIC' })
    expect(await scope.directives.findById(d.kl93!.id)).toEqual(d.kl93)
    for (const spelling of ['93-KL/TW', '93-kl/tw', 'Số: 93-KL/TƯ', '93-KL-TW']) {
      const symbol = parseDocumentSymbol(spelling)
      expect(symbol.ok).toBe(true)
      if (!symbol.ok) continue
      const found = await scope.directives.findBySymbol(symbol.value)
      expect(found.map((x) => x.id)).toEqual([d.kl93!.id])
    }
    expect(d.ctr!.sections[0]).toMatchObject({ number: 'I', children: [{ number: '1' }] })
  })

  it('walks the implementation chain and its inverse in one query each', async () => {
    const chain = await scope.directives.implementationChain(d.kh!.id)
    expect(chain.map((s) => [s.depth, s.directive.symbolText, s.relation.type])).toEqual([
      [1, '06-CTr/TU', 'IMPLEMENTS'],
      [2, '93-KL/TW', 'IMPLEMENTS'],
      [3, '42-CT/TW', 'CONTINUES'],
    ])
    const below = await scope.directives.implementedBy(d.ct42!.id)
    expect(below.map((s) => [s.depth, s.directive.symbolText])).toEqual([
      [1, '93-KL/TW'],
      [2, '06-CTr/TU'],
      [3, '12-KH/ĐU'],
    ])
    // Each id asked is answered in its own spelling, whatever its letter case.
    const shouted = d.kl93!.id.toUpperCase() as DirectiveId
    const relations = await scope.directives.relationsOf([d.kl93!.id, shouted])
    for (const id of [d.kl93!.id, shouted]) {
      expect(
        relations
          .get(id)
          ?.map((r) => r.type)
          .sort(),
      ).toEqual(['CITES', 'CONTINUES', 'IMPLEMENTS'])
    }
  })

  it('refuses cycles, duplicates and self-relations in the database, writing nothing', async () => {
    const cycle = await scope.directives.link(
      { sourceId: d.ct42!.id, targetId: d.kh!.id, type: 'GUIDES', effectiveOn: '2022-01-01' },
      ctx,
    )
    expect(!cycle.ok && cycle.error.code).toBe('CYCLE_IN_RELATIONS')
    const duplicate = await scope.directives.link(
      { sourceId: d.ctr!.id, targetId: d.kl93!.id, type: 'IMPLEMENTS', effectiveOn: '2021-03-10' },
      ctx,
    )
    expect(!duplicate.ok && duplicate.error.code).toBe('DUPLICATE_RELATION')
    const again = validateNewDirective(
      { symbol: '93-KL/TW', issuerOrganizationCode: 'BBT', issuedOn: '2020-12-01', title: 'x' },
      { today: '2026-01-01' },
    )
    if (!again.ok) throw new Error(again.error.message)
    const exists = await scope.directives.create(again.value, ctx)
    expect(!exists.ok && exists.error.code).toBe('DIRECTIVE_EXISTS')
    const count = await sql<{
      n: number
    }>`select count(*)::int as n from directive_relation`.execute(db.kysely)
    expect(count.rows[0]?.n).toBe(4)
  })

  it('lists with filters, search without accents, and keyset pages', async () => {
    const all = await scope.directives.list({ first: 2, orderBy: 'ISSUED_DESC' })
    expect(all.totalCount).toBe(4)
    expect(all.edges.map((e) => e.node.symbolText)).toEqual(['12-KH/ĐU', '06-CTr/TU'])
    const next = await scope.directives.list({
      first: 2,
      after: all.edges[1]!.cursor,
      orderBy: 'ISSUED_DESC',
    })
    expect(next.edges.map((e) => e.node.symbolText)).toEqual(['93-KL/TW', '42-CT/TW'])
    const search = await scope.directives.list({ filter: { search: 'chuong trinh 06' } })
    expect(search.totalCount).toBe(2)
    expect(search.edges.map((e) => e.node.symbolText)).toContain('06-CTr/TU')
    const secret = await scope.directives.list({ filter: { secrecy: ['MAT'] } })
    expect(secret.edges.map((e) => e.node.symbolText)).toEqual(['12-KH/ĐU'])
  })

  it('hides directives above the clearance, with their relations, in the database', async () => {
    const publicScope = db.forTenant(TENANT).directives
    expect(await publicScope.findById(d.kh!.id)).toBeNull()
    expect((await publicScope.list({})).totalCount).toBe(3)
    const below = await publicScope.implementedBy(d.ct42!.id)
    expect(below.map((s) => s.directive.symbolText)).toEqual(['93-KL/TW', '06-CTr/TU'])
    const relations = await publicScope.relationsOf([d.kl93!.id])
    expect(
      relations
        .get(d.kl93!.id)
        ?.map((r) => r.type)
        .sort(),
    ).toEqual(['CONTINUES', 'IMPLEMENTS'])
    const cleared = db.forTenant(TENANT, { clearance: 'MAT' }).directives
    expect((await cleared.findById(d.kh!.id))?.symbolText).toBe('12-KH/ĐU')
  })

  it('reads both walks with task counts in one call, as the walks give them, hidden ones out', async () => {
    const wanted = { chain: true, implementedBy: true, taskCounts: true }
    for (const directives of [scope.directives, db.forTenant(TENANT).directives]) {
      const around = await directives.implementationNeighbourhood(d.kl93!.id, wanted)
      expect(around.chain).toEqual(await directives.implementationChain(d.kl93!.id))
      expect(around.implementedBy).toEqual(await directives.implementedBy(d.kl93!.id))
      const seen = [
        d.kl93!.id,
        ...[...around.chain, ...around.implementedBy].map((s) => s.directive.id),
      ]
      expect([...around.taskCounts.keys()].sort()).toEqual([...seen].sort())
      expect([...around.taskCounts.values()].every((n) => n === 0)).toBe(true)
    }
    // 12-KH/ĐU (MAT) is below 93-KL/TW: seen with the clearance, not without.
    const cleared = await scope.directives.implementationNeighbourhood(d.kl93!.id, wanted)
    const hidden = await db
      .forTenant(TENANT)
      .directives.implementationNeighbourhood(d.kl93!.id, wanted)
    expect(cleared.implementedBy.map((s) => s.directive.symbolText)).toContain('12-KH/ĐU')
    expect(hidden.implementedBy.map((s) => s.directive.symbolText)).not.toContain('12-KH/ĐU')
    expect(hidden.taskCounts.has(d.kh!.id)).toBe(false)
    const onlyUp = await scope.directives.implementationNeighbourhood(d.kl93!.id, {
      chain: true,
      implementedBy: false,
      taskCounts: false,
    })
    expect(onlyUp.chain.map((s) => s.directive.symbolText)).toEqual(['42-CT/TW'])
    expect(onlyUp.implementedBy).toEqual([])
    expect(onlyUp.taskCounts.size).toBe(0)
  })

  it('is fenced by tenant', async () => {
    await db.ensureTenant(asId<TenantId>('tinh-b'), 'Tỉnh B')
    const other = db.forTenant(asId<TenantId>('tinh-b')).directives
    expect(await other.findById(d.kl93!.id)).toBeNull()
    expect(await other.implementationChain(d.kh!.id)).toEqual([])
  })

  it('stores a reporting rule with its recipient, sets and removes it at the version read, audited; a hidden document is absent', async () => {
    const noRecipient = validateNewDirective(
      {
        symbol: '20-KH/TU',
        issuerOrganizationCode: 'BTV-TU',
        issuedOn: '2025-02-01',
        title: 'Kế hoạch có chế độ báo cáo',
        reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm', recipientCode: 'KHONG-CO' },
      },
      { today: '2026-01-01' },
    )
    if (!noRecipient.ok) throw new Error(noRecipient.error.message)
    const refused = await scope.directives.create(noRecipient.value, ctx)
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'REPORTING_RECIPIENT_NOT_FOUND',
      path: ['reportingRule', 'recipientCode'],
    })
    const symbol = parseDocumentSymbol('20-KH/TU')
    if (!symbol.ok) throw new Error(symbol.error.message)
    expect(await scope.directives.findBySymbol(symbol.value)).toEqual([])
    const plan = await directive('rule', {
      symbol: '20-KH/TU',
      issuerOrganizationCode: 'BTV-TU',
      issuedOn: '2025-02-01',
      title: 'Kế hoạch có chế độ báo cáo',
      reportingRule: {
        text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý',
        recipientCode: 'DU-XA',
      },
    })
    const duXa = await scope.organizations.findByCode('DU-XA')
    expect(plan.reportingRule).toEqual({
      text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý',
      cadences: ['QUARTERLY'],
      dueDays: { QUARTERLY: { month: 3, day: 15 } },
      recipientId: duXa!.id,
    })
    const yearly = {
      rule: { text: 'Báo cáo năm', cadences: ['YEARLY'] as const, dueDays: {} },
      recipientCode: null,
    }
    const set = await scope.directives.setReportingRule(plan.id, yearly, 1, ctx)
    expect(set.ok && [set.value.version, set.value.reportingRule]).toEqual([
      2,
      { text: 'Báo cáo năm', cadences: ['YEARLY'], dueDays: {}, recipientId: null },
    ])
    const stale = await scope.directives.setReportingRule(plan.id, null, 1, ctx)
    expect(stale.ok ? null : stale.error).toMatchObject({ code: 'CONFLICT', path: ['version'] })
    const removed = await scope.directives.setReportingRule(plan.id, null, 2, ctx)
    expect(removed.ok && [removed.value.version, removed.value.reportingRule ?? null]).toEqual([
      3,
      null,
    ])
    const audited = await sql<{ action: string }>`
      select action from audit_event where entity_id = ${plan.id} order by id`.execute(db.kysely)
    expect(audited.rows.map((r) => r.action)).toEqual([
      'directive.create',
      'directive.update',
      'directive.update',
    ])
    // The MẬT plan, to a public handle, is answered as a document that does not exist.
    const publicScope = db.forTenant(TENANT).directives
    const hidden = await publicScope.setReportingRule(d.kh!.id, yearly, 1, ctx)
    const absent = await publicScope.setReportingRule(
      '00000000-0000-4000-8000-000000000000' as DirectiveId,
      yearly,
      1,
      ctx,
    )
    expect(hidden).toEqual(absent)
    expect(hidden.ok ? null : hidden.error.code).toBe('DIRECTIVE_NOT_FOUND')
  })
})
