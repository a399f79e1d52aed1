import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import {
  bundleToJson,
  draftBundleFromDocument,
  draftReviewComments,
  parseBundle,
} from '../../src/index.js'
import { AN_PHU_ORGANIZATIONS } from './corpus/organizations.js'
import { textDocument } from './text-document.js'

const tenant = { id: 'an-phu', name: 'Tỉnh An Phú' }

const programme = `
TỈNH ỦY AN PHÚ
Số: 07-KH/TU
An Phú, ngày 01 tháng 10 năm 2025
KẾ HOẠCH
thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Rà soát, kiện toàn Liên hiệp hội tỉnh. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Liên hiệp hội tỉnh thực hiện. Thời gian: Quý II/2026.
2. Phản biện xã hội đề án chuyển đổi số. Hiệp hội Phần mềm tỉnh chủ trì. Thời gian: khi thuận lợi, ưu tiên làm sớm.
3. Nâng cao chất lượng sinh hoạt chi bộ.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Tỉnh ủy theo dõi, đôn đốc; báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.
T/M BAN THƯỜNG VỤ
`

const draft = draftBundleFromDocument({
  document: textDocument('07-KH-TU.docx', programme),
  tenant,
  organizations: AN_PHU_ORGANIZATIONS,
})

describe('draftBundleFromDocument', () => {
  it('drafts the directive and its tasks as a bundle that parseBundle accepts', () => {
    expect(draft.validated.ok).toBe(true)
    expect(draft.bundle.directives).toEqual([
      {
        symbol: '07-KH/TU',
        issuer: 'BTV-TU',
        issuedOn: '2025-10-01',
        title: 'Kế hoạch thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư',
        kind: 'PLAN',
      },
    ])
    expect(
      draft.bundle.tasks?.map((t) => [
        t.reference,
        t.lead,
        t.coordinators ?? [],
        t.deadline ?? null,
      ]),
    ).toEqual([
      ['II.1', 'BTC-TU', ['LHH'], 'Quý II/2026'],
      ['II.2', 'MOI-HHPMT', [], 'Khi thuận lợi, ưu tiên làm sớm'],
      ['II.3', 'BTV-TU', [], null],
      ['III.1', 'VP-TU', [], null],
    ])
    expect(draft.bundle.tasks?.[3]?.reportingDuty).toEqual({
      cadence: 'YEARLY',
      recipient: 'BTV-TU',
    })
  })

  it('carries the named organisations with their ancestors, and proposes the unknown ones', () => {
    const codes = draft.bundle.organizations?.map((o) => o.code)
    expect(codes).toEqual(['TU', 'BTV-TU', 'BTC-TU', 'VP-TU', 'LHH', 'MOI-HHPMT'])
    expect(draft.proposedOrganizations).toEqual([
      { code: 'MOI-HHPMT', name: 'Hiệp hội Phần mềm tỉnh', kind: 'OTHER', level: 'PROVINCE' },
    ])
  })

  it('gives every value its confidence and source place', () => {
    expect(draft.findings).toContainEqual({
      path: ['tasks', 0, 'lead'],
      value: 'BTC-TU',
      confidence: 0.85,
      place: { block: 7 },
    })
    expect(draft.findings).toContainEqual({
      path: ['directives', 0, 'symbol'],
      value: '07-KH/TU',
      confidence: 0.95,
      place: { block: 2 },
    })
    for (const f of draft.findings) expect(f.confidence).toBeGreaterThan(0)
  })

  it('lists what it was unsure of: unmatched organisations, deadline warnings, tasks without a lead', () => {
    expect(draft.doubts.map((d) => [d.code, d.path.join('.')])).toEqual([
      // A lead proposed as new is read less surely than one matched.
      ['LOW_CONFIDENCE', 'tasks.1.lead'],
      ['DEADLINE_WARNING', 'tasks.1.deadline'],
      ['TASK_WITHOUT_LEAD', 'tasks.2.lead'],
      ['UNMATCHED_ORGANIZATION', 'organizations.MOI-HHPMT'],
    ])
    expect(draft.doubts[2]!.message.vi).toBe(
      'Nhiệm vụ II.3 chưa rõ cơ quan chủ trì: tạm ghi cơ quan ban hành; cần xác định',
    )
  })

  it('prints as YAML for review, the doubts first as comments, and reads back as the same bundle', () => {
    if (!draft.validated.ok) throw new Error('the draft is invalid')
    const yaml = stringify(JSON.parse(bundleToJson(draft.validated.value)))
    const review = `${draftReviewComments(draft)}${yaml}`
    const lines = review.split('\n')
    expect(lines[0]).toMatch(/^# Dự thảo gói dữ liệu/u)
    expect(lines).toContain('# Cần kiểm tra / To check:')
    expect(lines.filter((l) => l.startsWith('# - ['))).toHaveLength(4)
    expect(lines.find((l) => l.includes('TASK_WITHOUT_LEAD'))).toBe(
      '# - [TASK_WITHOUT_LEAD] tasks.2.lead (khối 9): Nhiệm vụ II.3 chưa rõ cơ quan chủ trì: tạm ghi cơ quan ban hành; cần xác định / Task II.3 names no lead: the issuer stands in; set the lead',
    )
    const reread = parseBundle(parse(review))
    expect(reread.ok && bundleToJson(reread.value)).toBe(bundleToJson(draft.validated.value))
  })

  it('names exactly why a draft is not valid: here, a header without symbol or date', () => {
    const headless = draftBundleFromDocument({
      document: textDocument(
        'x.txt',
        'KẾ HOẠCH\nvề việc thử\nII. NHIỆM VỤ\n1. Việc một. Sở Tư pháp chủ trì thực hiện.',
      ),
      tenant,
      organizations: AN_PHU_ORGANIZATIONS,
    })
    expect(headless.validated.ok).toBe(false)
    const errors = headless.validated.ok
      ? []
      : headless.validated.error.map((e) => `${e.path.join('.')} ${e.code}`)
    expect(errors).toContain('directives.0.symbol INVALID_DOCUMENT_SYMBOL')
    expect(errors).toContain('directives.0.issuedOn INVALID_DATE')
    expect(
      headless.doubts.filter((d) => d.code === 'HEADER_NOT_FOUND').map((d) => d.path.join('.')),
    ).toEqual(['directives.0.symbol', 'directives.0.issuedOn', 'directives.0.issuer'])
    expect(draftReviewComments(headless)).toContain('# Chưa hợp lệ / Not valid yet:\n# - [')
  })
})
