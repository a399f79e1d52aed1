import { describe, expect, it } from 'vitest'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import type { ProgressReportId, TaskId } from '../../src/ids.js'
import { assembleReport, type ReportTaskInput } from '../../src/report/assemble-report.js'
import { annexTable } from '../../src/report/report-text.js'
import { INPUT, ORG_A } from './report-fixture.js'

function deadline(text: string) {
  const r = parseDeadline(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const base = { parentId: null, completedOn: null, percent: null, due: null, leadId: ORG_A } as const

const yearly: ReportTaskInput = {
  ...base,
  id: 'y',
  status: 'IN_PROGRESS',
  reference: 'III.6',
  title: 'Báo cáo kết quả thực hiện Chương trình',
  deadline: deadline('Trước 30/6 hằng năm từ năm 2021'),
  reports: [
    {
      id: 'ry' as ProgressReportId,
      taskId: 'y' as TaskId,
      reportedOn: '2022-06-15',
      organizationId: ORG_A,
      percent: null,
      narrative: 'Báo cáo năm 2022.',
      evidence: [],
    },
  ],
}
const conditional: ReportTaskInput = {
  ...base,
  id: 'c',
  status: 'NOT_STARTED',
  reference: 'III.7',
  title: 'Xây dựng cơ chế đặt hàng',
  deadline: deadline('Sau khi có hướng dẫn của Trung ương'),
  reports: [],
}

describe('a drafted report with recurring and conditional deadlines', () => {
  it('names the missing period of a recurring task, and writes deadlines without a day as written', () => {
    const r = assembleReport({ ...INPUT, tasks: [yearly, conditional] })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const report = r.value
    // Latest due period by 31/3/2024 is the year 2023 (due 30/6/2023): no report → overdue.
    expect(report.timeliness.counts.OVERDUE.taskIds).toEqual(['y'])
    expect(report.timeliness.counts.IN_PROGRESS.taskIds).toEqual(['c'])
    const limitations = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    expect(
      limitations.some((t) => t.includes('chưa báo cáo kết quả năm 2023 (hạn ngày 30/6/2023)')),
    ).toBe(true)
    const line = report.annex.find((l) => l.taskId === 'y')
    expect(line).toMatchObject({
      deadline: 'Trước 30/6 hằng năm từ năm 2021',
      period: { key: '2023', due: '2023-06-30', status: 'MISSING' },
    })
    const cells = annexTable(report).rows.map((row) => row[4])
    expect(cells).toContain(
      'Trước 30/6 hằng năm từ năm 2021 (Năm 2023: hạn 30/6/2023, chưa báo cáo (quá hạn))',
    )
    expect(cells).toContain('Sau khi có hướng dẫn của Trung ương')
  })
})
