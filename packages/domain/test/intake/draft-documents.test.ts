import { describe, expect, it } from 'vitest'
import { draftBundleFromDocument, draftReviewComments } from '../../src/index.js'
import { readDocumentCell } from '../../src/intake/draft-documents.js'
import { AN_PHU_ORGANIZATIONS } from './corpus/organizations.js'
import { textDocument } from './text-document.js'

const tenant = { id: 'an-phu', name: 'Tỉnh An Phú' }
const place = { block: 2, sheet: 'Nhiệm vụ', row: 5, column: 2 }

describe('readDocumentCell', () => {
  it('reads a bare symbol, with the kind its type code denotes', () => {
    const read = readDocumentCell('45-KH/TU', place)
    expect(read?.symbol).toEqual({ value: '45-KH/TU', place, confidence: 0.95 })
    expect(read?.kind?.value).toBe('PLAN')
    expect([read?.issuedOn, read?.issuer, read?.title]).toEqual([null, null, null])
  })

  it('reads a symbol written with "Số:" and in another case, less surely', () => {
    const read = readDocumentCell('Số: 12-Ctr/TU', place)
    expect(read?.symbol?.value).toBe('12-CTr/TU')
    expect(read?.symbol?.confidence).toBeLessThan(0.95)
    expect(read?.kind?.value).toBe('PROGRAM')
  })

  it('reads a cell naming the document as a workbook title does: day, issuer and summary', () => {
    const read = readDocumentCell(
      'Chương trình số 12-CTr/TU ngày 15/3/2026 của Ban Thường vụ Tỉnh ủy: Chương trình hành động về chuyển đổi số',
      place,
    )
    expect({
      symbol: read?.symbol?.value,
      kind: read?.kind?.value,
      issuedOn: read?.issuedOn?.value,
      issuer: read?.issuer?.value,
      title: read?.title?.value,
    }).toEqual({
      symbol: '12-CTr/TU',
      kind: 'PROGRAM',
      issuedOn: '2026-03-15',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'Chương trình hành động về chuyển đổi số',
    })
  })

  it('reads a citation in words without "số"', () => {
    const read = readDocumentCell(
      'Kế hoạch 45-KH/TU, ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy',
      place,
    )
    expect(read?.symbol?.value).toBe('45-KH/TU')
    expect(read?.kind?.value).toBe('PLAN')
    expect(read?.issuedOn?.value).toBe('2026-04-02')
  })

  it('is null for a cell that names no document', () => {
    expect(readDocumentCell('Văn bản chưa có số', place)).toBeNull()
    expect(readDocumentCell('x', place)).toBeNull()
  })
})

// An office's list of the tasks one department leads, under two documents of the province.
const departmentList = `
## DANH MỤC NHIỆM VỤ DO SỞ NỘI VỤ CHỦ TRÌ
| STT | Số, ký hiệu văn bản | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn |
| 1 | 07-KH/TU | Rà soát vị trí việc làm trong các cơ quan hành chính | Sở Nội vụ | Quý II/2026 |
| 2 | Chương trình số 12-CTr/TU ngày 15/3/2026 của Ban Thường vụ Tỉnh ủy: Chương trình hành động về chuyển đổi số | Số hóa hồ sơ cán bộ, công chức | Sở Nội vụ | 31/12/2026 |
| 3 | 07-KH/TU | Sắp xếp các đơn vị sự nghiệp công lập | Sở Nội vụ | Quý IV/2026 |
| 4 | Số: 12-Ctr/TU | Đào tạo kỹ năng số cho công chức | Sở Nội vụ | Năm 2026 |
`

describe('a task table listing the tasks of several documents', () => {
  const draft = draftBundleFromDocument({
    document: textDocument('so-noi-vu.xlsx', departmentList),
    tenant,
    organizations: AN_PHU_ORGANIZATIONS,
  })

  it('drafts every document it names, each with its own tasks, in the order first named', () => {
    expect(draft.bundle.directives?.map((d) => [d.symbol, d.kind])).toEqual([
      ['07-KH/TU', 'PLAN'],
      ['12-CTr/TU', 'PROGRAM'],
    ])
    expect(draft.bundle.tasks?.map((t) => [t.directive, t.reference, t.deadline])).toEqual([
      ['07-KH/TU', 'PL.1', 'Quý II/2026'],
      ['12-CTr/TU', 'PL.2', '31/12/2026'],
      ['07-KH/TU', 'PL.3', 'Quý IV/2026'],
      ['12-CTr/TU', 'PL.4', 'Năm 2026'],
    ])
    expect(draftReviewComments(draft).split('\n')[1]).toBe(
      '# 4 nhiệm vụ / tasks trong 2 văn bản / in 2 documents; 0 tổ chức đề xuất mới / proposed organisations',
    )
    expect(draft.tasks.map((t) => t.directive)).toEqual([
      '07-KH/TU',
      '12-CTr/TU',
      '07-KH/TU',
      '12-CTr/TU',
    ])
  })

  it('takes what any cell says of a document, and lists what none says with the first cell naming it', () => {
    expect(draft.bundle.directives?.[1]).toMatchObject({
      issuedOn: '2026-03-15',
      issuer: 'BTV-TU',
      title: 'Chương trình hành động về chuyển đổi số',
    })
    expect(
      draft.doubts
        .filter((d) => d.code === 'HEADER_NOT_FOUND')
        .map((d) => [d.path.join('.'), d.place]),
    ).toEqual([
      ['directives.0.issuedOn', { block: 1, row: 2, column: 2 }],
      ['directives.0.issuer', { block: 1, row: 2, column: 2 }],
      ['directives.0.title', { block: 1, row: 2, column: 2 }],
    ])
    const issuer = draft.doubts.find((d) => d.path.join('.') === 'directives.0.issuer')
    expect(issuer?.message.vi).toBe(
      'Bảng ghi văn bản 07-KH/TU không ghi cơ quan ban hành: cần điền',
    )
    // The header of the workbook names no document, and no task falls to it: no doubt about it.
    expect(draft.bundle.directives).toHaveLength(2)
  })

  it('is not valid only for what the table does not say: the day and summary of 07-KH/TU', () => {
    const errors = draft.validated.ok ? [] : draft.validated.error.map((e) => e.path.join('.'))
    // Its tasks name a directive that is not valid yet; the issuer stands in until it is set.
    expect(errors).toEqual([
      'directives.0.issuedOn',
      'directives.0.title',
      'tasks.0.directive',
      'tasks.2.directive',
    ])
    expect(draft.bundle.directives?.[0]?.issuer).toBe('CHUA-RO-CO-QUAN-BAN-HANH')
  })

  it('numbers tasks per document: the same reference in two documents is no duplicate', () => {
    const twice = draftBundleFromDocument({
      document: textDocument(
        'hai-van-ban.xlsx',
        `
| Văn bản | Mục | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn |
| 07-KH/TU | II.1 | Rà soát vị trí việc làm | Sở Nội vụ | Quý II/2026 |
| 12-CTr/TU | II.1 | Số hóa hồ sơ cán bộ | Sở Nội vụ | Quý III/2026 |
| 12-CTr/TU | II.1 | Đào tạo kỹ năng số | Sở Nội vụ | Quý IV/2026 |
`,
      ),
      tenant,
      organizations: AN_PHU_ORGANIZATIONS,
    })
    expect(twice.bundle.tasks?.map((t) => `${t.directive} ${t.reference}`)).toEqual([
      '07-KH/TU II.1',
      '12-CTr/TU II.1',
      '12-CTr/TU II.1-3',
    ])
    expect(twice.doubts.filter((d) => d.code === 'DUPLICATE_REFERENCE')).toHaveLength(1)
  })
})

describe('a programme whose annex lists its own tasks and those of a plan', () => {
  const programme = `
TỈNH ỦY AN PHÚ
Số: 12-CTr/TU
An Phú, ngày 15 tháng 3 năm 2026
CHƯƠNG TRÌNH
hành động về chuyển đổi số
T/M BAN THƯỜNG VỤ
## Phụ lục: Danh mục nhiệm vụ
| STT | Văn bản | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn |
| 1 | 12-CTr/TU | Số hóa hồ sơ cán bộ | Sở Nội vụ | Quý III/2026 |
| 2 | | Đào tạo kỹ năng số | Sở Nội vụ | Quý IV/2026 |
| 3 | Kế hoạch số 45-KH/TU ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy: Kế hoạch thực hiện Chương trình 12 | Rà soát hạ tầng số | Sở Khoa học và Công nghệ | Quý II/2026 |
| 4 | chưa ghi | Tập huấn an toàn thông tin | Công an tỉnh | Năm 2026 |
`
  const draft = draftBundleFromDocument({
    document: textDocument('12-CTr-TU.docx', programme),
    tenant,
    organizations: AN_PHU_ORGANIZATIONS,
  })

  it('drafts its own document first, then the plan, each with its tasks', () => {
    expect(draft.bundle.directives?.map((d) => [d.symbol, d.kind, d.issuedOn, d.issuer])).toEqual([
      ['12-CTr/TU', 'PROGRAM', '2026-03-15', 'BTV-TU'],
      ['45-KH/TU', 'PLAN', '2026-04-02', 'BTV-TU'],
    ])
    expect(draft.bundle.tasks?.map((t) => [t.directive, t.reference])).toEqual([
      ['12-CTr/TU', 'PL.1'],
      ['12-CTr/TU', 'PL.2'],
      ['45-KH/TU', 'PL.3'],
      ['12-CTr/TU', 'PL.4'],
    ])
    expect(draft.validated.ok ? [] : draft.validated.error).toEqual([])
  })

  it('a cell that names no document: the task stays under the programme, with a doubt at the cell', () => {
    expect(draft.doubts.filter((d) => d.code === 'DOCUMENT_NOT_READ')).toEqual([
      {
        code: 'DOCUMENT_NOT_READ',
        path: ['tasks', 3, 'directive'],
        place: { block: 7, row: 5, column: 2 },
        message: {
          en: '"chưa ghi" names no document symbol: task PL.4 is drafted under 12-CTr/TU; set its document',
          vi: '"chưa ghi" không phải số, ký hiệu văn bản: nhiệm vụ PL.4 tạm ghi thuộc 12-CTr/TU; cần xác định văn bản',
        },
      },
    ])
  })
})
