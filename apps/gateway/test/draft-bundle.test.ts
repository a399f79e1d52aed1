import { testBackends } from '@chidao/db/testing'
import { Document, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { gatewayHarness } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const DRAFT = /* GraphQL */ `
  mutation Draft($input: DraftBundleInput!) {
    draftBundle(input: $input) {
      __typename
      ... on DraftBundlePayload {
        yaml
        taskCount
        valid
        proposedOrganizations { code name }
        doubts { code message messageVi path place confidence }
        problems { path message }
      }
      ... on Error { code message messageVi path }
    }
  }
`

/**
 * A plan of the example province written before the mergers of 2025, as Word saves it: it
 * gives tasks to Ban Tuyên giáo Tỉnh ủy and Huyện ủy An Phú, both dissolved since, and to a
 * newspaper the tenant does not hold.
 */
const PLAN = [
  'TỈNH ỦY TỈNH MINH HỌA',
  'Số: 08-KH/TU',
  'Minh Họa, ngày 15 tháng 01 năm 2024',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư',
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '1. Tuyên truyền về vai trò của đội ngũ trí thức. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ thực hiện. Thời gian: Quý II/2024.',
  '2. Kiện toàn chi hội trí thức ở cơ sở. Huyện ủy An Phú chủ trì thực hiện. Thời gian: Năm 2024.',
  '3. Mở chuyên mục trí thức với Đảng. Báo Minh Họa chủ trì thực hiện. Thời gian: Thường xuyên.',
  'T/M BAN THƯỜNG VỤ',
]

async function planDocx(): Promise<string> {
  const children = PLAN.map((text) => new Paragraph(text))
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }))
  return Buffer.from(bytes).toString('base64')
}

type Result = Record<string, any>

describe.each(testBackends())('the draftBundle mutation on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>

  async function draft(input: Record<string, unknown>, as?: Parameters<typeof h.graphql>[2]) {
    const r = await h.graphql<{ draftBundle: Result }>(DRAFT, { input }, as)
    expect(r.errors).toBeUndefined()
    return r.data!.draftBundle
  }
  const organizationCount = async () =>
    (
      await h.graphql<{ organizations: { totalCount: number } }>(
        '{ organizations(first: 1) { totalCount } }',
      )
    ).data!.organizations.totalCount

  beforeAll(async () => {
    h = await gatewayHarness(backend, { example: true })
  })
  afterAll(() => h.dispose())

  it('drafts a Word plan: its tasks, leads matched, dissolved bodies told, one proposed, nothing written', async () => {
    const before = await organizationCount()
    const answer = await draft({ fileName: 'ke-hoach-08.docx', content: await planDocx() })
    expect(answer.__typename).toBe('DraftBundlePayload')
    expect(answer.taskCount).toBe(3)
    expect(answer.valid).toBe(true)
    expect(answer.problems).toEqual([])
    expect(answer.proposedOrganizations).toEqual([
      { code: expect.stringMatching(/^MOI-/), name: 'Báo Minh Họa' },
    ])

    const bundle = parse(answer.yaml) as {
      directives: { symbol: string }[]
      tasks: { reference: string; lead: string; coordinators?: string[] }[]
    }
    expect(answer.yaml).toMatch(/^# Dự thảo gói dữ liệu/)
    expect(bundle.directives.map((d) => d.symbol)).toEqual(['08-KH/TU'])
    expect(bundle.tasks.map((t) => [t.reference, t.lead, t.coordinators ?? []])).toEqual([
      ['II.1', 'BTG-TU', ['SNV']],
      ['II.2', 'HU-AN-PHU', []],
      ['II.3', answer.proposedOrganizations[0].code, []],
    ])

    const dissolved = answer.doubts.filter((d: Result) => d.code === 'DISSOLVED_ORGANIZATION')
    expect(dissolved.map((d: Result) => d.path)).toEqual([
      ['tasks', '0', 'lead'],
      ['tasks', '1', 'lead'],
    ])
    expect(dissolved[0].message).toContain('dissolved on 2025-03-01')
    expect(dissolved[0].message).toContain('Ban Tuyên giáo và Dân vận Tỉnh ủy (BTGDV-TU)')
    expect(dissolved[1].messageVi).toContain('Đảng ủy xã Bình An (DU-XA-BINH-AN)')
    expect(dissolved[1].place).toMatch(/^khối \d+$/)
    expect(dissolved[0].confidence).toBeGreaterThan(0)
    const unmatched = answer.doubts.find((d: Result) => d.code === 'UNMATCHED_ORGANIZATION')
    expect(unmatched.messageVi).toContain('"Báo Minh Họa"')
    expect(await organizationCount()).toBe(before)
  })

  it('fails a damaged Word file at input.content, naming the file', async () => {
    const damaged = Buffer.from('PK\u0003\u0004 not a zip at all').toString('base64')
    const answer = await draft({ fileName: 'hong.docx', content: damaged })
    expectTypedError(answer, 'ValidationError', 'CORRUPT_DOCX', ['input', 'content'])
    expect(answer.messageVi).toMatch(/^hong\.docx/)
  })

  it('fails content that is not base64 with INVALID_BASE64 at input.content', async () => {
    const answer = await draft({ fileName: 'ke-hoach.docx', content: 'đây không phải base64!' })
    expectTypedError(answer, 'ValidationError', 'INVALID_BASE64', ['input', 'content'])
  })

  it('refuses who may not import a bundle, as importBundle does', async () => {
    const answer = await draft(
      { fileName: 'ke-hoach.txt', content: 'S+G6vCBIT+G6oENI' },
      { roles: ['EDITOR'], org: 'SNV' },
    )
    expectTypedError(answer, 'ForbiddenError', 'FORBIDDEN')
  })
})

describe.each(testBackends())('a file over the request body limit on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  beforeAll(async () => {
    h = await gatewayHarness(backend, { limits: { maxBodyBytes: 2048 } })
  })
  afterAll(() => h.dispose())

  it('is refused whole with 413, naming the limit', async () => {
    const response = await h.post(DRAFT, {
      input: { fileName: 'lon.txt', content: Buffer.alloc(4096, 'a').toString('base64') },
    })
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('CHIDAO_MAX_BODY_BYTES')
  })
})
