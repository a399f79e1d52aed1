import { describe, expect, it } from 'vitest'
import { scorecard } from '../../src/assessment/scorecard.js'
import { assembleReport, type Report } from '../../src/report/assemble-report.js'
import { renderReportHtml } from '../../src/report/render-report-html.js'
import { escapeMarkdown, renderReportMarkdown } from '../../src/report/render-report-markdown.js'
import {
  completionByLeadSvg,
  escapeHtml,
  formatPercent,
  timelinessStackedSvg,
} from '../../src/report/report-charts.js'
import { ratingSentence, reportOutline, shortDate } from '../../src/report/report-text.js'
import { TIMELINESS_LABELS } from '../../src/task/timeliness.js'
import { INPUT, TASKS } from './report-fixture.js'

function build(input = INPUT): Report {
  const r = assembleReport(input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const card = (() => {
  const r = scorecard(TASKS, { asOf: '2024-03-31' })
  if (!r.ok) throw new Error('scorecard failed')
  return r.value
})()

// Data that tries to break out of the markup: a script in the title, a lead named like an HTML
// tag, a task id that would close a comment; and no assessment, so no findings or indicators.
const HOSTILE = build({
  ...INPUT,
  title: '# <script>alert(1)</script>',
  organizations: [{ id: INPUT.organizations[0]!.id, code: 'X', name: '<img src=x>' }],
  assessments: [],
  tasks: [{ ...TASKS[0]!, id: 'x --> <b>' }],
})

const HEADINGS = [
  'I. KẾT QUẢ ĐẠT ĐƯỢC',
  'II. HẠN CHẾ',
  'III. NGUYÊN NHÂN',
  'IV. BÀI HỌC KINH NGHIỆM',
  'V. PHƯƠNG HƯỚNG, NHIỆM VỤ',
  'VI. ĐỀ XUẤT, KIẾN NGHỊ',
  'PHỤ LỤC',
]

describe('text helpers', () => {
  it('escape, format percents and dates', () => {
    expect(escapeHtml(`<b>"A&B"</b>'`)).toBe('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;')
    expect(escapeMarkdown('a*b* <i> | c\n d')).toBe('a\\*b\\* &lt;i&gt; \\| c d')
    expect(formatPercent(61.538)).toBe('61,5 %')
    expect(formatPercent(100)).toBe('100,0 %')
    expect(formatPercent(null)).toBe('—')
    expect(shortDate('2020-11-20')).toBe('20/11/2020')
    expect(shortDate(null)).toBe('—')
  })

  it('numbers the outline, the causes in two', () => {
    const outline = reportOutline(build())
    expect(outline.map((e) => `${e.number}. ${e.title}`)).toHaveLength(6)
    expect(outline[2]?.parts.map((p) => [p.number, p.section.part])).toEqual([
      ['1', 'causesObjective'],
      ['2', 'causesSubjective'],
    ])
    expect(outline[0]?.parts[0]?.number).toBeNull()
  })

  it('writes the rating, naming the regulation in words, or nothing', () => {
    expect(ratingSentence(build())).toBe(
      'Xếp loại: Hoàn thành tốt nhiệm vụ (78 điểm; theo Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị).',
    )
    expect(ratingSentence(build({ ...INPUT, assessments: [] }))).toBeNull()
    const bare = build()
    expect(
      ratingSentence({
        ...bare,
        rating: { ...bare.rating!, score: null, rulesId: null, rulesBasis: null },
      }),
    ).toBe('Xếp loại: Hoàn thành tốt nhiệm vụ.')
  })

  it('never prints an internal rule-set id, in any rendering', () => {
    const report = build()
    expect(report.rating?.rulesId).toBe('vn-366-qd-tw-2025')
    for (const text of [renderReportMarkdown(report), renderReportHtml(report)]) {
      expect(text).not.toContain('vn-366')
      expect(text).toContain('Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị')
    }
    const unknown = {
      ...report,
      rating: { ...report.rating!, rulesId: 'tinh-rules-1', rulesBasis: null },
    }
    expect(ratingSentence(unknown)).toBe('Xếp loại: Hoàn thành tốt nhiệm vụ (78 điểm).')
  })
})

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(build())

  it('has the Vietnamese headings in order and the annexes', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '))
    expect(headings.map((h) => h.slice(3))).toEqual(HEADINGS)
    expect(md).toContain('# SƠ KẾT THỰC HIỆN 06-CTR/TU')
    expect(md).toContain('### 1. Nguyên nhân khách quan')
    expect(md).toContain('### 2. Nguyên nhân chủ quan')
    expect(md).toContain('Kỳ báo cáo: từ ngày 15/3/2021 đến ngày 31/3/2024')
    expect(md).toContain('Đơn vị: Tỉnh ủy Minh Họa')
  })

  it('states the scorecard numbers on both denominators', () => {
    const r = card.rates
    expect(md).toContain(`| ${TIMELINESS_LABELS.OVERDUE.vi} | ${card.counts.OVERDUE} |`)
    expect(md).toContain(`| Tổng số (không kể nhiệm vụ đã hủy) | ${card.counts.total} |`)
    expect(md).toContain(
      `| Tỷ lệ hoàn thành | ${r.completedDueByDate.numerator}/${r.completedDueByDate.denominator} (75,0 %) | ` +
        `${r.completedAllAssigned.numerator}/${r.completedAllAssigned.denominator} (50,0 %) |`,
    )
    expect(md).toContain('| Tỷ lệ hoàn thành đúng hạn | 2/4 (50,0 %) | 2/6 (33,3 %) |')
    expect(md).toContain('| Số hội thành viên | hội | 1/1/2023–31/12/2023 | 21 | 20 | Không đạt |')
    expect(md).toContain('| — | 9 | — |')
  })

  it('escapes the data and traces every paragraph', () => {
    expect(md).toContain('Đã tổ chức &lt;hội nghị&gt; & phát hành tài liệu')
    expect(md).toContain('<!-- TASK:t1 PROGRESS_REPORT:r1b -->')
    expect(md).toContain('<!-- ASSESSMENT:a-interim -->')
  })
})

describe('a report with hostile and empty data', () => {
  it.each([
    [
      'Markdown',
      renderReportMarkdown,
      ['x -->'],
      ['*(Chưa có nội dung trong dữ liệu.)*', '*(Không có chỉ tiêu trong kỳ.)*'],
    ],
    [
      'HTML',
      renderReportHtml,
      [],
      ['&lt;img src=x&gt;', '(Không có chỉ tiêu trong kỳ.)', '(Chưa có nội dung trong dữ liệu.)'],
    ],
  ] as const)(
    'is written in %s as inert text, saying what is empty',
    (_, render, absent, present) => {
      const hostile = render(HOSTILE)
      for (const text of ['<script>', '<img', ...absent]) expect(hostile).not.toContain(text)
      for (const text of present) expect(hostile).toContain(text)
    },
  )
})

describe('renderReportHtml', () => {
  const html = renderReportHtml(build())

  it('is one self-contained page with the Vietnamese headings', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|@import|url\(/)
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])
    expect(headings).toEqual(HEADINGS)
    expect(html).toContain('<h3>2. Nguyên nhân chủ quan</h3>')
  })

  it('draws the charts as inline SVG from the same numbers', () => {
    expect(html.match(/<svg /g)).toHaveLength(2)
    for (const [t, n] of [
      ['COMPLETED_ON_TIME', card.counts.COMPLETED_ON_TIME],
      ['COMPLETED_LATE', card.counts.COMPLETED_LATE],
      ['IN_PROGRESS', card.counts.IN_PROGRESS],
      ['OVERDUE', card.counts.OVERDUE],
    ] as const) {
      expect(html).toContain(`data-timeliness="${t}" data-count="${n}"`)
    }
    expect(html).toContain('Nhiệm vụ theo tình hình thực hiện (tổng số 6)')
    expect(html).toContain('<title>Liên hiệp hội tỉnh: 2/4</title>')
    expect(html).toContain('<title>Sở Tài chính: 1/2</title>')
  })

  it('puts the numbers in the annex tables, escaped and traced', () => {
    expect(html).toContain(
      `<tr><td>${TIMELINESS_LABELS.OVERDUE.vi}</td><td class="n">${card.counts.OVERDUE}</td></tr>`,
    )
    expect(html).toContain('<td>3/4 (75,0 %)</td><td>3/6 (50,0 %)</td>')
    expect(html).toContain('Đã tổ chức &lt;hội nghị&gt; &amp; phát hành tài liệu')
    expect(html).toContain('data-sources="TASK:t3 PROGRESS_REPORT:r3"')
    expect(html).toContain('data-sources="ASSESSMENT:a-interim">Xếp loại')
  })

  it('draws empty charts without dividing by zero', () => {
    const empty = build({ ...INPUT, tasks: [] })
    expect(timelinessStackedSvg(empty)).toContain('tổng số 0')
    expect(timelinessStackedSvg(empty)).not.toContain('NaN')
    expect(completionByLeadSvg(empty)).not.toContain('NaN')
    const cancelledOnly = build({ ...INPUT, tasks: [TASKS[5]!] })
    expect(completionByLeadSvg(cancelledOnly)).toContain('0/0 (—)')
  })
})
