import { describe, expect, it } from 'vitest'
import { type IntakeTable, tableTasks, taskColumns } from '../../src/index.js'

describe('taskColumns', () => {
  it('recognises the usual header words, accents, case and spaces aside', () => {
    expect(
      taskColumns([
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời gian hoàn thành',
        'Sản phẩm',
      ]),
    ).toEqual({
      number: 0,
      task: 1,
      lead: 2,
      coordinators: 3,
      deadline: 4,
      product: 5,
    })
    expect(taskColumns(['TT', 'NHIEM VU', 'Chủ  trì', 'Phối hợp', 'Tiến độ'])).toMatchObject({
      number: 0,
      task: 1,
      lead: 2,
      coordinators: 3,
      deadline: 4,
    })
    expect(
      taskColumns(['tt', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn', 'Hình thức văn bản']),
    ).toMatchObject({ task: 1, lead: 2, deadline: 3, product: 4 })
  })

  it('refuses a table without a task column, or with neither lead nor deadline', () => {
    expect(taskColumns(['Chỉ tiêu', 'Năm 2025', 'Năm 2030'])).toBeNull()
    expect(taskColumns(['STT', 'Nhiệm vụ', 'Ghi chú'])).toBeNull()
  })

  it('refuses a scorecard by lead: "Tổng số nhiệm vụ" counts tasks, it holds none', () => {
    expect(
      taskColumns([
        'STT',
        'Cơ quan chủ trì',
        'Tổng số nhiệm vụ',
        'Đang thực hiện',
        'Tiến độ chung',
      ]),
    ).toBeNull()
  })

  it("finds the table's own reference and document columns", () => {
    expect(
      taskColumns(['STT', 'Văn bản', 'Mục', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn']),
    ).toEqual({ number: 0, document: 1, reference: 2, task: 3, lead: 4, deadline: 5 })
    for (const words of [
      'Số, ký hiệu văn bản',
      'Số và ký hiệu văn bản',
      'Tên văn bản',
      'Văn bản chỉ đạo',
    ]) {
      expect(taskColumns(['TT', words, 'Nhiệm vụ', 'Đơn vị chủ trì'])).toEqual({
        number: 0,
        document: 1,
        task: 2,
        lead: 3,
      })
    }
    expect(taskColumns(['Mã nhiệm vụ', 'Nhiệm vụ', 'Chủ trì'])).toEqual({
      reference: 0,
      task: 1,
      lead: 2,
    })
  })
})

describe('tableTasks', () => {
  const table: IntakeTable = {
    kind: 'table',
    place: { block: 7, page: 3 },
    rows: [
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
      ['I', 'NHÓM THỂ CHẾ', '', '', ''],
      ['1', 'Rà soát quy định', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý III/2026'],
      ['', 'Dòng không có nội dung', '', '', ''],
      ['II', 'NHÓM HẠ TẦNG', '', '', ''],
      ['1', 'Xây dựng trung tâm dữ liệu', 'Công an tỉnh', '', 'Năm 2027'],
    ],
  }

  it('gives a task a row, grouped under the Roman rows, each value with its cell', () => {
    const tasks = tableTasks(table, 'PL')!
    expect(tasks.map((t) => t.reference)).toEqual(['PL.I.1', 'PL.I.2', 'PL.II.1'])
    expect(tasks[0]).toMatchObject({
      title: 'Rà soát quy định',
      roles: {
        lead: { text: 'Sở Tư pháp' },
        coordinators: { text: 'Sở Nội vụ' },
        deadline: { text: 'Quý III/2026' },
      },
      place: { block: 7, page: 3, row: 3 },
      places: { lead: { block: 7, page: 3, row: 3, column: 3 } },
    })
    expect(tasks[2]!.roles.coordinators).toBeNull()
  })

  it("keeps a row's own reference and document; a row without one is numbered as before", () => {
    const tasks = tableTasks(
      {
        kind: 'table',
        place: { block: 1, sheet: 'Nhiệm vụ' },
        rows: [
          ['STT', 'Văn bản', 'Số hiệu', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
          ['1', '06-CTr/TU', 'III.2.b', 'Rà soát quy định', 'Sở Tư pháp', 'Quý III/2026'],
          ['2', '', '', 'Tổ chức sơ kết', 'Sở Nội vụ', 'Thường xuyên'],
        ],
      },
      'PL',
    )!
    expect(tasks.map((t) => [t.reference, t.document])).toEqual([
      ['III.2.b', '06-CTr/TU'],
      ['PL.2', undefined],
    ])
  })

  it('is null for a table that holds no tasks', () => {
    expect(
      tableTasks(
        {
          kind: 'table',
          place: { block: 1 },
          rows: [
            ['Chỉ tiêu', 'Năm 2030'],
            ['GRDP', '8%'],
          ],
        },
        'PL',
      ),
    ).toBeNull()
  })
})
