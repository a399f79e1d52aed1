import { describe, expect, it } from 'vitest'
import { renderReportDocx } from '../src/index.js'
import { fixtureReport, INPUT } from './report-fixture.js'
import { unpack } from './unpack-docx.js'

describe('renderReportDocx, a task whose deadline was extended (gia hạn)', async () => {
  // t2 was due 30/9/2022 and extended to 31/12/2022; the report judges it by the latter.
  const report = fixtureReport({
    ...INPUT,
    tasks: INPUT.tasks.map((t) => (t.id === 't2' ? { ...t, originalDue: '2022-09-30' } : t)),
  })
  const doc = unpack(
    await renderReportDocx(report, {
      layout: 'party',
      issuer: 'Tỉnh ủy Minh Họa',
      place: 'Minh Họa',
      recipients: ['Lưu Văn phòng Tỉnh ủy'],
      signature: { position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' },
    }),
  )

  it('prints the deadline in force and the one it replaced in the task list', () => {
    expect(doc.paragraphs).toContain('31/12/2022 (gia hạn từ 30/9/2022)')
  })

  it('says so where the overdue task is named, and leaves a task never extended as it was', () => {
    const said = doc.paragraphs.filter((p) => p.includes('gia hạn từ'))
    expect(said).toHaveLength(2)
    expect(said[0]).toContain('(hạn ngày 31/12/2022, đã gia hạn từ ngày 30/9/2022)')
    expect(doc.paragraphs).toContain('30/6/2021')
  })
})
