import type { IntakeDocument, Organization, Page, TenantId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { draftBundle, type OrganizationReader } from '../../src/index.js'
import { tenantOrganization } from '../support/organization-fixture.js'
import { caller, contextOf, never, uuid } from '../support/use-case-fixtures.js'

const paragraph = (block: number, text: string) => ({
  kind: 'paragraph' as const,
  text,
  place: { block },
})

const document: IntakeDocument = {
  name: '07-KH-TU.docx',
  format: 'docx',
  blocks: [
    paragraph(1, 'TỈNH ỦY DEMO'),
    paragraph(2, 'Số: 07-KH/TU'),
    paragraph(3, 'Demo, ngày 01 tháng 10 năm 2025'),
    paragraph(4, 'KẾ HOẠCH'),
    paragraph(5, 'thực hiện Kết luận số 93-KL/TW'),
    paragraph(6, 'II. NHIỆM VỤ VÀ GIẢI PHÁP'),
    paragraph(
      7,
      '1. Rà soát Liên hiệp hội. Ban Tổ chức chủ trì, phối hợp với Sở Nội vụ thực hiện. Thời gian: Quý II/2026.',
    ),
    paragraph(8, '2. Kiện toàn hội. Ban Dân vận Tỉnh ủy chủ trì. Thời gian: Năm 2026.'),
    paragraph(9, 'T/M BAN THƯỜNG VỤ'),
  ],
}

const TU = tenantOrganization(uuid(1), 'TU', 'Tỉnh ủy Demo', 'PROVINCE', 'PARTY_COMMITTEE')
const stored: Organization[] = [
  TU,
  tenantOrganization(
    uuid(2),
    'BTV-TU',
    'Ban Thường vụ Tỉnh ủy',
    'PROVINCE',
    'STANDING_COMMITTEE',
    TU.id,
  ),
  tenantOrganization(
    uuid(3),
    'BTC-TU',
    'Ban Tổ chức Tỉnh ủy',
    'PROVINCE',
    'PARTY_ADVISORY_BOARD',
    TU.id,
  ),
  tenantOrganization(uuid(4), 'SNV', 'Sở Nội vụ tỉnh Demo', 'PROVINCE', 'DEPARTMENT'),
  // Dissolved: its name is still matched, and the reviewer told it is gone.
  {
    ...tenantOrganization(
      uuid(5),
      'BDV-TU',
      'Ban Dân vận Tỉnh ủy',
      'PROVINCE',
      'PARTY_ADVISORY_BOARD',
      TU.id,
    ),
    dissolvedOn: '2025-03-01' as Organization['dissolvedOn'],
  },
]

/** The tenant's organisations two at a time, as a reader pages them; every request kept. */
function pagedOrganizations() {
  const requests: unknown[] = []
  const reader: Pick<OrganizationReader, 'list'> = {
    list: async (request) => {
      requests.push(request)
      const from = request.after ? Number(request.after) : 0
      const nodes = stored.slice(from, from + 2)
      const page: Page<Organization> = {
        edges: nodes.map((node, i) => ({ node, cursor: String(from + i + 1) })),
        hasNextPage: from + 2 < stored.length,
        hasPreviousPage: from > 0,
        totalCount: stored.length,
      }
      return page
    },
  }
  return { reader, requests }
}

describe("the draft's tenant name", () => {
  const draftNamed = async (stored: string | null) => {
    const { reader } = pagedOrganizations()
    const ports = {
      bundles: { tenantId: 'demo' as TenantId, tenantName: async () => stored },
      organizations: reader,
    }
    const result = await draftBundle(contextOf(ports, caller('ADMIN', 'TU')), { document })
    if (!result.ok) throw new Error(result.error.message)
    return result.value.bundle.tenant
  }

  it('is the name stored for the tenant when the caller gives none', async () => {
    expect(await draftNamed(' Tỉnh Demo ')).toEqual({ id: 'demo', name: 'Tỉnh Demo' })
  })

  it('is the id for a tenant the database does not hold yet', async () => {
    expect(await draftNamed(null)).toEqual({ id: 'demo', name: 'demo' })
  })
})

describe('draftBundle', () => {
  it('refuses who may not import a bundle, before reading anything', async () => {
    const ports = {
      bundles: { tenantId: 'demo' as TenantId, tenantName: never('bundles.tenantName') },
      organizations: { list: never('organizations.list') },
    }
    const result = await draftBundle(contextOf(ports, caller('EDITOR', 'BTC-TU')), { document })
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
  })

  it("drafts with every page of the tenant's organisations, writing nothing", async () => {
    const { reader, requests } = pagedOrganizations()
    const ports = {
      bundles: { tenantId: 'demo' as TenantId, tenantName: async () => 'Tên đã lưu' },
      organizations: reader,
    }
    const result = await draftBundle(contextOf(ports, caller('ADMIN', 'TU')), {
      document,
      tenantName: 'Tỉnh Demo',
    })
    if (!result.ok) throw new Error(result.error.message)
    const draft = result.value
    expect(requests).toHaveLength(3)
    expect(draft.validated.ok).toBe(true)
    expect(draft.bundle.tenant).toEqual({ id: 'demo', name: 'Tỉnh Demo' })
    expect(draft.bundle.tasks?.map((t) => [t.reference, t.lead, t.coordinators ?? []])).toEqual([
      ['II.1', 'BTC-TU', ['SNV']],
      ['II.2', 'BDV-TU', []],
    ])
    expect(draft.proposedOrganizations).toEqual([])
    expect(draft.bundle.organizations?.find((o) => o.code === 'BTC-TU')).toMatchObject({
      parent: 'TU',
    })
    expect(draft.bundle.organizations?.find((o) => o.code === 'BDV-TU')).toMatchObject({
      dissolvedOn: '2025-03-01',
    })
    expect(draft.doubts.map((d) => d.code)).toContain('DISSOLVED_ORGANIZATION')
  })
})
