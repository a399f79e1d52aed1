import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cliScratch } from './support/cli-scratch.js'

/**
 * A programme of the example province as an office types it: its header, a part of tasks
 * numbered by hand with their leads, coordinators and deadlines in the sentence, and one body
 * the tenant does not hold yet.
 */
const PROGRAMME = `TỈNH ỦY TỈNH MINH HỌA
Số: 21-CTr/TU
Minh Họa, ngày 10 tháng 3 năm 2026
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về tiếp tục thực hiện Chỉ thị số 42-CT/TW
I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Kết luận số 93-KL/TW đến cán bộ, đảng viên.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức quán triệt Kết luận số 93-KL/TW đến cán bộ chủ chốt. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Minh Họa thực hiện. Thời gian: Quý II/2026.
2. Rà soát, kiện toàn tổ chức bộ máy của Liên hiệp hội tỉnh. Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy thực hiện. Thời gian hoàn thành: Trước 30/9/2026.
3. Bố trí kinh phí hoạt động cho Liên hiệp hội tỉnh. Sở Tài chính chủ trì thực hiện. Thời gian: Hằng năm.
4. Tuyên truyền về vai trò của đội ngũ trí thức. Báo Minh Họa chủ trì thực hiện. Thời gian: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.
`

/** The plan in docs/examples, which docs/intake.md drafts: numbered tasks and an annex table. */
const EXAMPLE_PLAN = fileURLToPath(
  new URL('../../../docs/examples/ke-hoach-mau.txt', import.meta.url),
)

interface DraftedTask {
  readonly reference: string
  readonly lead: string
  readonly coordinators?: readonly string[]
  readonly deadline?: unknown
}

describe('chidao draft', () => {
  const cli = cliScratch('chidao-draft-')
  const chidao = cli.inProcess

  // First: the next test imports "Báo Minh Họa", which this one expects to be proposed.
  it('drafts the plan of docs/examples: its numbered tasks and its annex, as docs/intake.md shows', async () => {
    expect((await chidao(['import', EXAMPLE_BUNDLE_FILE])).code).toBe(0)
    const draftFile = join(cli.dir(), 'ke-hoach-mau.yaml')
    const drafted = await chidao(['draft', EXAMPLE_PLAN, '--out', draftFile])
    expect(drafted.code, drafted.stderr).toBe(0)
    expect(drafted.stdout).toMatch(/^Drafted 10 tasks, 1 proposed organisations, /)
    const draft = parse(await readFile(draftFile, 'utf8')) as {
      directives: { symbol: string; issuedOn: string; issuer: string; kind: string }[]
      organizations: { code: string; name: string }[]
      tasks: (DraftedTask & { reportingDuty?: { cadence: string; recipient: string } })[]
    }
    expect(draft.directives).toEqual([
      expect.objectContaining({
        symbol: '21-KH/TU',
        issuedOn: '2026-03-10',
        issuer: 'BTV-TU',
        kind: 'PLAN',
      }),
    ])
    expect(draft.organizations.filter((o) => o.code.startsWith('MOI-'))).toEqual([
      expect.objectContaining({ name: 'Báo Minh Họa' }),
    ])
    const rows = draft.tasks.map((t) => [t.reference, t.lead, t.coordinators ?? [], t.deadline])
    expect(rows).toEqual([
      ['II.1', 'BTGDV-TU', ['LHH'], 'Quý II/2026'],
      ['II.2', 'BTC-TU', ['SNV'], 'Trước ngày 30/9/2026'],
      ['II.3', 'UBND-TINH', [], 'Hằng năm'],
      ['II.4', 'SKHCN', ['LHH'], 'Thường xuyên'],
      ['II.5', expect.stringMatching(/^MOI-/), [], 'Quý III/2026'],
      ['III.1', 'VP-TU', [], undefined],
      ['PL.1', 'UBND-TINH', ['LHH'], 'Quý III/2026'],
      ['PL.2', 'LHH', ['SKHCN', 'SGDDT'], 'Năm 2026'],
      ['PL.3', 'BTGDV-TU', ['SGDDT'], 'Trước 31/12/2026'],
      ['PL.4', 'BTV-TU', ['VP-TU'], 'Quý IV/2026'],
    ])
    expect(draft.tasks.find((t) => t.reference === 'II.4')?.reportingDuty).toEqual({
      cadence: 'YEARLY',
      recipient: 'VP-TU',
    })
    const validated = await chidao(['validate', draftFile])
    expect(validated.code, validated.stderr).toBe(0)
  })

  it('drafts a programme typed as text into a bundle that validates and imports, writing nothing itself', async () => {
    expect((await chidao(['import', EXAMPLE_BUNDLE_FILE])).code).toBe(0)
    const before = await chidao(['export'])
    const source = join(cli.dir(), 'chuong-trinh-21.txt')
    const draftFile = join(cli.dir(), 'du-thao.yaml')
    await writeFile(source, PROGRAMME)

    const drafted = await chidao(['draft', source, '--out', draftFile])
    expect(drafted.code, drafted.stderr).toBe(0)
    expect(drafted.stdout).toMatch(
      /^Drafted 4 tasks, 1 proposed organisations, \d+ points to check from /,
    )
    // Drafting wrote nothing: the tenant exports exactly as before.
    expect((await chidao(['export'])).stdout).toBe(before.stdout)

    const text = await readFile(draftFile, 'utf8')
    expect(text).toMatch(/^# Dự thảo gói dữ liệu — cần kiểm tra trước khi nhập \/ Draft bundle/)
    expect(text).toContain('[UNMATCHED_ORGANIZATION]')
    expect(text).toContain('"Báo Minh Họa"')
    const draft = parse(text) as {
      tenant: { id: string; name: string }
      directives: { symbol: string }[]
      tasks: DraftedTask[]
    }
    // The header names the tenant by the name stored for it (the example bundle's), not its id.
    expect(draft.tenant).toEqual({ id: 'demo', name: 'Tỉnh Minh Họa (dữ liệu minh họa)' })
    expect(drafted.stderr).toBe('')
    expect(draft.directives.map((d) => d.symbol)).toContain('21-CTr/TU')
    expect(draft.tasks.map((t) => [t.reference, t.lead, t.coordinators ?? []])).toEqual([
      ['II.1', 'BTGDV-TU', ['LHH']],
      ['II.2', 'SNV', ['BTC-TU']],
      ['II.3', 'STC', []],
      ['II.4', expect.stringMatching(/^MOI-/), []],
    ])

    const validated = await chidao(['validate', draftFile])
    expect(validated.code, validated.stderr).toBe(0)
    const imported = await chidao(['import', draftFile])
    expect(imported.code, imported.stderr).toBe(0)
    // The bodies the draft matched come back as they were: only the proposed one is new.
    const after = JSON.parse((await chidao(['export'])).stdout) as {
      organizations: { code: string }[]
      tasks: { directive: string }[]
    }
    const earlier = JSON.parse(before.stdout) as typeof after
    expect(after.organizations.filter((o) => !o.code.startsWith('MOI-'))).toEqual(
      earlier.organizations,
    )
    expect(after.tasks.filter((t) => t.directive === '21-CTr/TU')).toHaveLength(4)
  })

  it('a tenant the database holds no name for: its id stands in, and the command says so', async () => {
    const source = join(cli.dir(), 'chuong-trinh-21.txt')
    await writeFile(source, PROGRAMME)
    const drafted = await chidao(['draft', source, '--tenant', 'tinh-moi'])
    expect(drafted.code, drafted.stderr).toBe(0)
    expect((parse(drafted.stdout) as { tenant: unknown }).tenant).toEqual({
      id: 'tinh-moi',
      name: 'tinh-moi',
    })
    expect(drafted.stderr).toBe(
      'The database holds no tenant "tinh-moi" yet: its id stands in for its name (tenant.name) in the draft / Cơ sở dữ liệu chưa có đơn vị "tinh-moi": dự thảo tạm ghi mã đơn vị làm tên (tenant.name)\n',
    )
  })

  it('names the file and what to do when it cannot be read, in one line each language', async () => {
    const old = join(cli.dir(), 'cu.doc')
    await writeFile(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    const result = await chidao(['draft', old])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^.*cu\.doc: \[LEGACY_WORD_FORMAT\] .*save it as \.docx.* \/ .*\.docx.*\n$/,
    )
  })
})
