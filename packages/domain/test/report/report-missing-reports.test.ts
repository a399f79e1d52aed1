import { describe, expect, it } from 'vitest'
import { reportingPeriodOf } from '../../src/calendar/reporting-period.js'
import { assembleReport } from '../../src/report/assemble-report.js'
import { renderReportHtml } from '../../src/report/render-report-html.js'
import { renderReportMarkdown } from '../../src/report/render-report-markdown.js'
import { INPUT, ORG_A, ORG_B } from './report-fixture.js'

const H2 = reportingPeriodOf('HALF_YEARLY', '2023-09-01')

function build(missing: NonNullable<(typeof INPUT)['missingReports']>) {
  const r = assembleReport({ ...INPUT, missingReports: missing })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('the annex of who has not reported', () => {
  it('lists each organisation with its duty, recipient and due day, in Vietnamese', () => {
    const report = build([
      {
        organizationId: ORG_B,
        cadence: 'HALF_YEARLY',
        period: H2,
        due: H2.due,
        recipientId: ORG_A,
        taskReference: null,
      },
      {
        organizationId: ORG_A,
        cadence: 'HALF_YEARLY',
        period: H2,
        due: H2.due,
        recipientId: ORG_A,
        taskReference: 'II.2.b',
      },
    ])
    expect(report.missingReports.map((l) => [l.organization.name, l.duty.vi, l.due])).toEqual([
      [
        'Sở Tài chính',
        'Báo cáo 6 tháng cuối năm 2023 (định kỳ 6 tháng), theo chế độ báo cáo của văn bản',
        '2023-12-31',
      ],
      [
        'Liên hiệp hội tỉnh',
        'Báo cáo 6 tháng cuối năm 2023 (định kỳ 6 tháng), nhiệm vụ II.2.b',
        '2023-12-31',
      ],
    ])
    const markdown = renderReportMarkdown(report)
    expect(markdown).toContain('### Phụ lục 5. Đơn vị chưa báo cáo')
    expect(markdown).toContain(
      '| Sở Tài chính | Báo cáo 6 tháng cuối năm 2023 (định kỳ 6 tháng), theo chế độ báo cáo của văn bản | Liên hiệp hội tỉnh | 31/12/2023 |',
    )
    expect(renderReportHtml(report)).toContain('<h3>Phụ lục 5. Đơn vị chưa báo cáo</h3>')
  })

  it('says so when everyone has reported', () => {
    const report = build([])
    expect(report.missingReports).toEqual([])
    expect(renderReportMarkdown(report)).toContain('*(Không có đơn vị chưa báo cáo.)*')
  })
})
