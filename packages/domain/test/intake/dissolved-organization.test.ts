import { describe, expect, it } from 'vitest'
import {
  draftBundleFromDocument,
  type KnownOrganization,
  OrganizationMatcher,
} from '../../src/index.js'
import { AN_PHU_ORGANIZATIONS } from './corpus/organizations.js'
import { textDocument } from './text-document.js'

/** An Phú with a district dissolved in 2025 besides its merged boards (BTG-TU, BDV-TU). */
const HISTORY: readonly KnownOrganization[] = [
  ...AN_PHU_ORGANIZATIONS,
  {
    code: 'HU-AP',
    name: 'Huyện ủy An Phú',
    kind: 'PARTY_COMMITTEE',
    level: 'DISTRICT',
    parent: 'TU',
    dissolvedOn: '2025-07-01',
  },
]

const matcher = new OrganizationMatcher(HISTORY)

describe('OrganizationMatcher and dissolved bodies', () => {
  it('matches the name of a dissolved body rather than leaving it unknown', () => {
    expect(matcher.match('Ban Tuyên giáo Tỉnh ủy')).toMatchObject({
      how: 'NAME',
      organization: { code: 'BTG-TU', dissolvedOn: '2025-03-01' },
    })
    expect(matcher.match('Huyện ủy An Phú').organization?.code).toBe('HU-AP')
  })

  it('keeps to the body that exists when it answers the name as surely', () => {
    const both = new OrganizationMatcher([
      { code: 'SNV-CU', name: 'Sở Nội vụ', dissolvedOn: '2025-03-01' },
      { code: 'SNV', name: 'Sở Nội vụ' },
    ])
    expect(both.match('Sở Nội vụ').organization?.code).toBe('SNV')
    expect(matcher.match('Ban Tuyên giáo và Dân vận Tỉnh ủy').organization?.code).toBe('BTGDV-TU')
  })
})

const programme = `
TỈNH ỦY AN PHÚ
Số: 03-KH/TU
An Phú, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền về vai trò của trí thức. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ thực hiện. Thời gian: Quý II/2024.
2. Kiện toàn Liên hiệp hội. Sở Nội vụ chủ trì, phối hợp với Huyện ủy An Phú thực hiện. Thời gian: Năm 2024.
T/M BAN THƯỜNG VỤ
`

describe('drafting a historical programme', () => {
  const draft = draftBundleFromDocument({
    document: textDocument('03-KH-TU.docx', programme),
    tenant: { id: 'an-phu', name: 'Tỉnh An Phú' },
    organizations: HISTORY,
  })

  it('gives the tasks to the dissolved bodies named, proposing none as new', () => {
    expect(draft.tasks.map((t) => [t.reference, t.lead, t.coordinators])).toEqual([
      ['II.1', 'BTG-TU', ['SO-NV']],
      ['II.2', 'SO-NV', ['HU-AP']],
    ])
    expect(draft.proposedOrganizations).toEqual([])
    expect(draft.doubts.map((d) => d.code)).not.toContain('UNMATCHED_ORGANIZATION')
  })

  it('tells the reviewer of each, with the day it was dissolved and its successors', () => {
    const dissolved = draft.doubts.filter((d) => d.code === 'DISSOLVED_ORGANIZATION')
    expect(dissolved.map((d) => d.path)).toEqual([
      ['tasks', 0, 'lead'],
      ['tasks', 1, 'coordinators', 0],
    ])
    expect(dissolved[0]!.message.en).toBe(
      'Task II.1: the lead "Ban Tuyên giáo Tỉnh ủy" is Ban Tuyên giáo Tỉnh ủy (BTG-TU), dissolved on 2025-03-01; its work went to Ban Tuyên giáo và Dân vận Tỉnh ủy (BTGDV-TU): give the task to the body that carries it now',
    )
    expect(dissolved[0]!.message.vi).toContain('đã giải thể ngày 2025-03-01')
    expect(dissolved[1]!.message.vi).toContain('Huyện ủy An Phú (HU-AP)')
    expect(dissolved[1]!.message.en).toContain('no successor is recorded')
  })

  it('carries the dissolved bodies as stored, with their successors, and still validates', () => {
    const carried = draft.bundle.organizations ?? []
    expect(carried.find((o) => o.code === 'BTG-TU')).toMatchObject({
      dissolvedOn: '2025-03-01',
      successor: 'BTGDV-TU',
    })
    expect(carried.map((o) => o.code)).toContain('BTGDV-TU')
    expect(carried.find((o) => o.code === 'HU-AP')).toMatchObject({ dissolvedOn: '2025-07-01' })
    expect(draft.validated.ok || draft.validated.error).toBe(true)
  })
})
