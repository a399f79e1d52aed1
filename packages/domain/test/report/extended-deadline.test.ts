import { describe, expect, it } from 'vitest'
import { assembleReport } from '../../src/report/assemble-report.js'
import { renderReportMarkdown } from '../../src/report/render-report-markdown.js'
import { annexTable, deadlineText } from '../../src/report/report-text.js'
import { INPUT, TASKS } from './report-fixture.js'

// t2 was first due 30/9/2022, extended (gia hạn) to 31/12/2022, and completed on 15/2/2023:
// late against the deadline in force as well.
const extended = {
  ...INPUT,
  tasks: TASKS.map((t) => (t.id === 't2' ? { ...t, originalDue: '2022-09-30' } : t)),
}

function assembled(input: typeof INPUT) {
  const r = assembleReport(input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('a task whose deadline was extended, in the drafted report', () => {
  it('prints the deadline in force with the one it replaced, in the annex', () => {
    const report = assembled(extended)
    const line = report.annex.find((l) => l.taskId === 't2')!
    expect(line).toMatchObject({ due: '2022-12-31', originalDue: '2022-09-30' })
    expect(annexTable(report).rows.map((row) => row[4])).toContain(
      '31/12/2022 (gia hạn từ 30/9/2022)',
    )
    expect(renderReportMarkdown(report)).toContain('31/12/2022 (gia hạn từ 30/9/2022)')
  })

  it('says so where a limitation names the deadline', () => {
    const limitations = assembled(extended).sections.find((s) => s.part === 'limitations')!
    const text = limitations.paragraphs.map((p) => p.text).join('\n')
    expect(text).toContain('hạn ngày 31/12/2022, đã gia hạn từ ngày 30/9/2022')
  })

  it('prints a deadline never extended, or extended to the same day, as before', () => {
    const report = assembled({
      ...INPUT,
      tasks: TASKS.map((t) => (t.id === 't1' ? { ...t, originalDue: t.due } : t)),
    })
    expect(report.annex.every((l) => l.originalDue === null)).toBe(true)
    expect(deadlineText({ due: '2022-06-30', originalDue: null })).toBe('30/6/2022')
  })
})
