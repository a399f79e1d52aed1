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
