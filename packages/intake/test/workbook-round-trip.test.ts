import { draftBundleFromDocument, type TaskTableRow, type TaskWorkbook } from '@chidao/domain'
import { renderTaskWorkbook } from '@chidao/spreadsheet'
import { describe, expect, it } from 'vitest'
import { readIntake } from '../src/index.js'
import { ORGANIZATIONS } from './tenant-organizations.js'

function task(
  reference: string,
  title: string,
  lead: string,
  coordinators: string[],
  deadlineText: string | null,
): TaskTableRow {
  return {
    directive: '06-CTr/TU',
    reference,
    title,
    lead,
    coordinators,
    deadlineText,
    due: null,
    status: 'IN_PROGRESS',
    timeliness: 'IN_PROGRESS',
    percent: null,
    reportedOn: null,
  }
}

const TASKS: readonly TaskTableRow[] = [
  task(
    'II.1',
    'Tổ chức hội nghị quán triệt Kết luận số 93-KL/TW cho cán bộ chủ chốt toàn tỉnh',
    'Ban Tuyên giáo Tỉnh ủy',
    ['Văn phòng Tỉnh ủy'],
    'Quý II/2026',
  ),
  task(
    'II.2',
    'Xây dựng kế hoạch tuyên truyền trên báo chí địa phương',
    'Ban Tuyên giáo Tỉnh ủy',
    [],
    'Thường xuyên',
  ),
  task(
    'III.1.a',
    'Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp',
    'Ban Tổ chức Tỉnh ủy',
    ['Sở Nội vụ', 'Ủy ban Kiểm tra Tỉnh ủy'],
    'Quý IV/2026',
  ),
  task(
    'III.1.b',
    'Sắp xếp tổ chức bộ máy các cơ quan chuyên môn tinh gọn, hiệu quả',
    'Sở Nội vụ',
    ['Ban Tổ chức Tỉnh ủy'],
    '31/12/2026',
  ),
  task(
    'III.2',
    'Bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm',
    'Sở Tài chính',
    ['Sở Nội vụ'],
    'Hằng năm',
  ),
  task(
    'III.3',
    'Triển khai đề án ứng dụng khoa học, công nghệ trong quản lý nhà nước',
    'Sở Khoa học và Công nghệ',
    ['Sở Tài chính', 'Sở Nội vụ'],
    '6 tháng đầu năm 2026',
  ),
  task(
    'III.4',
    'Đưa nội dung Kết luận vào chương trình giáo dục địa phương',
    'Sở Giáo dục và Đào tạo',
    [],
    'Năm học 2026 - 2027',
  ),
  task(
    'IV.1',
    'Kiểm tra, giám sát việc thực hiện Chương trình ở các cấp ủy trực thuộc',
    'Ủy ban Kiểm tra Tỉnh ủy',
    ['Ban Tổ chức Tỉnh ủy'],
    'Thường xuyên',
  ),
  task(
    'IV.2',
    'Theo dõi, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Tỉnh ủy',
    'Văn phòng Tỉnh ủy',
    [],
    'Trước ngày 15/12/2026',
  ),
  task(
    'V',
    'Sơ kết 05 năm thực hiện Chương trình',
    'Văn phòng Tỉnh ủy',
    ['Ban Tuyên giáo Tỉnh ủy'],
    'Quý III/2026',
  ),
]

const DIRECTIVE_TITLE =
  'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW của Ban Bí thư'

function workbook(subject: string): TaskWorkbook {
  const leads = [...new Set(TASKS.map((t) => t.lead))]
  return {
    subject,
    key: '06-CTr/TU',
    asOf: '2026-06-30',
    secrecy: 'PUBLIC',
    calendarFrom: '2026-01-01',
    calendarTo: '2026-12-31',
    tasks: TASKS,
    byLead: leads.map((lead) => ({
      lead,
      total: TASKS.filter((t) => t.lead === lead).length,
      completedOnTime: 0,
      completedLate: 0,
      inProgress: TASKS.filter((t) => t.lead === lead).length,
      overdue: 0,
      cancelled: 0,
      onTimePercent: null,
      progressPercent: 40,
    })),
    calendar: leads.map((organization) => ({
      organization,
      directive: '06-CTr/TU',
      task: null,
      cadence: 'HALF_YEARLY',
      period: '6 tháng đầu năm 2026',
      due: '2026-06-30',
      recipient: 'Ban Thường vụ Tỉnh ủy',
      status: 'MISSING',
      reportedOn: null,
    })),
  }
}

async function draftOf(subject: string, extra: readonly TaskTableRow[] = []) {
  const tables = workbook(subject)
  const bytes = await renderTaskWorkbook({ ...tables, tasks: [...tables.tasks, ...extra] })
  const read = await readIntake(bytes, 'nhiem-vu-06-CTr-TU.xlsx')
  if (!read.ok) throw new Error(read.error.message)
  return draftBundleFromDocument({
    document: read.value,
    tenant: { id: 'tinh-minh-hoa', name: 'Tỉnh Minh Họa' },
    organizations: ORGANIZATIONS,
  })
}

const codeOf = (name: string) => ORGANIZATIONS.find((o) => o.name === name)?.code

describe('an exported task workbook drafts back into the same tasks', () => {
  it('every task comes back with its reference, title, lead, coordinators and deadline as written', async () => {
    const draft = await draftOf(
      `Chương trình số 06-CTr/TU ngày 15/03/2021 của Ban Thường vụ Tỉnh ủy: ${DIRECTIVE_TITLE}`,
    )
    const drafts = draft.bundle.tasks ?? []
    // The scorecard by lead and the reporting calendar are no tasks.
    expect(drafts).toHaveLength(TASKS.length)
    drafts.forEach((drafted, i) => {
      const t = TASKS[i]!
      expect({
        reference: drafted.reference,
        title: drafted.title,
        lead: drafted.lead,
        coordinators: drafted.coordinators ?? [],
        deadline: drafted.deadline ?? null,
      }).toEqual({
        reference: t.reference,
        title: t.title,
        lead: codeOf(t.lead),
        coordinators: t.coordinators.map(codeOf),
        deadline: t.deadlineText,
      })
    })
    expect(draft.bundle.directives?.[0]).toMatchObject({
      symbol: '06-CTr/TU',
      kind: 'PROGRAM',
      issuedOn: '2021-03-15',
      issuer: 'BTV',
      title: DIRECTIVE_TITLE,
    })
    expect(draft.proposedOrganizations).toEqual([])
    expect(draft.doubts.filter((d) => d.code === 'HEADER_NOT_FOUND')).toEqual([])
    expect(draft.validated.ok ? [] : draft.validated.error).toEqual([])
  })

  it('a title naming the document without day or issuer: the symbol and title read, the rest a doubt', async () => {
    const draft = await draftOf(`Chương trình số 06-CTr/TU: ${DIRECTIVE_TITLE}`)
    expect(draft.bundle.directives?.[0]).toMatchObject({
      symbol: '06-CTr/TU',
      title: DIRECTIVE_TITLE,
    })
    expect(draft.doubts.filter((d) => d.code === 'HEADER_NOT_FOUND').map((d) => d.path)).toEqual([
      ['directives', 0, 'issuedOn'],
      ['directives', 0, 'issuer'],
    ])
    expect((draft.bundle.tasks ?? []).map((t) => t.reference)).toEqual(
      TASKS.map((t) => t.reference),
    )
  })

  it('a workbook whose titles name no document: its rows name it, the rest of its header a doubt', async () => {
    const draft = await draftOf('Sở Nội vụ')
    expect(draft.bundle.directives).toMatchObject([{ symbol: '06-CTr/TU', kind: 'PROGRAM' }])
    expect(draft.doubts.filter((d) => d.code === 'HEADER_NOT_FOUND').map((d) => d.path)).toEqual([
      ['directives', 0, 'issuedOn'],
      ['directives', 0, 'issuer'],
      ['directives', 0, 'title'],
    ])
    expect(draft.bundle.tasks ?? []).toHaveLength(TASKS.length)
  })

  it('a task of another document listed in the same table is drafted under that document', async () => {
    const other = {
      ...task('1', 'Quán triệt Chương trình', 'Sở Nội vụ', [], 'Quý I/2026'),
      directive: '45-KH/HU',
    }
    const draft = await draftOf(
      `Chương trình số 06-CTr/TU ngày 15/03/2021 của Ban Thường vụ Tỉnh ủy: ${DIRECTIVE_TITLE}`,
      [other],
    )
    expect((draft.bundle.tasks ?? []).map((t) => `${t.directive} ${t.reference}`)).toEqual([
      ...TASKS.map((t) => `06-CTr/TU ${t.reference}`),
      '45-KH/HU 1',
    ])
    expect(draft.bundle.directives?.map((d) => [d.symbol, d.kind])).toEqual([
      ['06-CTr/TU', 'PROGRAM'],
      ['45-KH/HU', 'PLAN'],
    ])
    // The plan's day, issuer and summary are not in the table: each a doubt at its first row.
    expect(
      draft.doubts
        .filter((d) => d.code === 'HEADER_NOT_FOUND')
        .map((d) => [d.path.join('.'), d.place]),
    ).toEqual(
      ['issuedOn', 'issuer', 'title'].map((field) => [
        `directives.1.${field}`,
        { block: 1, sheet: 'Nhiệm vụ', row: TASKS.length + 2, column: 2 },
      ]),
    )
  })
})

// A second document whose tasks a department of the province leads beside the programme's,
// numbered as that plan numbers them (its II.1 is not the programme's II.1).
const PLAN_TASKS: readonly TaskTableRow[] = [
  task(
    'II.1',
    'Rà soát vị trí việc làm trong các cơ quan hành chính',
    'Sở Nội vụ',
    ['Sở Tài chính'],
    'Quý III/2026',
  ),
  task('II.2', 'Số hóa hồ sơ cán bộ, công chức', 'Sở Nội vụ', [], '31/12/2026'),
  task(
    'III',
    'Sơ kết việc thực hiện Kế hoạch',
    'Sở Nội vụ',
    ['Văn phòng Tỉnh ủy'],
    'Trước ngày 15/11/2026',
  ),
].map((t) => ({ ...t, directive: '12-KH/TU' }))

describe("an organisation's workbook drafts back into every document it lists", () => {
  it('the same tasks under the same two documents, their symbols and kinds read from the rows', async () => {
    const mine = TASKS.filter((t) => t.lead === 'Sở Nội vụ' || t.coordinators.includes('Sở Nội vụ'))
    // The export lists the organisation's tasks soonest due first: the documents interleave.
    const rows = [mine[0]!, PLAN_TASKS[0]!, ...mine.slice(1), ...PLAN_TASKS.slice(1)]
    const tables = workbook('Sở Nội vụ')
    const bytes = await renderTaskWorkbook({ ...tables, key: 'SNV', tasks: rows })
    const read = await readIntake(bytes, 'nhiem-vu-SNV.xlsx')
    if (!read.ok) throw new Error(read.error.message)
    const draft = draftBundleFromDocument({
      document: read.value,
      tenant: { id: 'tinh-minh-hoa', name: 'Tỉnh Minh Họa' },
      organizations: ORGANIZATIONS,
    })
    expect(draft.bundle.directives?.map((d) => [d.symbol, d.kind])).toEqual([
      ['06-CTr/TU', 'PROGRAM'],
      ['12-KH/TU', 'PLAN'],
    ])
    expect(
      (draft.bundle.tasks ?? []).map((t) => ({
        directive: t.directive,
        reference: t.reference,
        title: t.title,
        lead: t.lead,
        coordinators: t.coordinators ?? [],
        deadline: t.deadline ?? null,
      })),
    ).toEqual(
      rows.map((t) => ({
        directive: t.directive,
        reference: t.reference,
        title: t.title,
        lead: codeOf(t.lead),
        coordinators: t.coordinators.map(codeOf),
        deadline: t.deadlineText,
      })),
    )
    // Two tasks numbered II.1, one per document: no duplicate.
    expect(draft.doubts.filter((d) => d.code === 'DUPLICATE_REFERENCE')).toEqual([])
    expect(draft.doubts.filter((d) => d.code === 'DOCUMENT_NOT_READ')).toEqual([])
    expect(draft.proposedOrganizations).toEqual([])
    // Nothing in an organisation's workbook says the documents' day, issuer or summary.
    expect(
      draft.doubts.filter((d) => d.code === 'HEADER_NOT_FOUND').map((d) => d.path.join('.')),
    ).toEqual(
      [0, 1].flatMap((i) => ['issuedOn', 'issuer', 'title'].map((f) => `directives.${i}.${f}`)),
    )
  })
})
