import { describe, expect, it } from 'vitest'
import { scorecard } from '../../src/assessment/scorecard.js'
import { assembleReport, type Report } from '../../src/report/assemble-report.js'
import { isReportKind, REPORT_KIND_LABELS, REPORT_KINDS } from '../../src/report/report-kind.js'
import { TIMELINESS_VALUES } from '../../src/task/timeliness.js'
import { ASSESSMENTS, INPUT, ORG_B, TASKS } from './report-fixture.js'

function build(input = INPUT): Report {
  const r = assembleReport(input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('report kinds', () => {
  it('are the three reports drafted, with labels', () => {
    expect(REPORT_KINDS.map((k) => REPORT_KIND_LABELS[k].vi)).toEqual([
      'Báo cáo định kỳ',
      'Sơ kết',
      'Tổng kết',
    ])
    expect(isReportKind('FINAL_REVIEW')).toBe(true)
    expect(isReportKind('SOCIAL_CRITIQUE')).toBe(false)
    expect(isReportKind(3)).toBe(false)
  })
})

describe('assembleReport', () => {
  it('fills the skeleton in order from the findings of the assessments in the period', () => {
    const report = build()
    expect(report.sections.map((s) => s.label.vi)).toEqual([
      'Kết quả đạt được',
      'Hạn chế',
      'Nguyên nhân khách quan',
      'Nguyên nhân chủ quan',
      'Bài học kinh nghiệm',
      'Phương hướng, nhiệm vụ',
      'Đề xuất, kiến nghị',
    ])
    expect(report.assessmentIds).toEqual(['a-self', 'a-interim'])
    const results = report.sections[0]?.paragraphs ?? []
    expect(results.map((p) => p.text.slice(0, 20))).toEqual([
      'Tự đánh giá: hoàn th',
      'Nhận thức có chuyển ',
      '06-CTr/TU T1 — Nhiệm',
      '06-CTr/TU T4 — Nhiệm',
    ])
    expect(results[0]?.sources).toEqual([{ kind: 'ASSESSMENT', id: 'a-self' }])
    expect(results[2]?.text).toContain('Đã tổ chức <hội nghị> & phát hành tài liệu')
    expect(results[2]?.sources).toEqual([
      { kind: 'TASK', id: 't1' },
      { kind: 'PROGRESS_REPORT', id: 'r1b' },
    ])
    expect(report.sections[6]?.paragraphs[0]?.text).toBe('Đề nghị UBND tỉnh chỉ đạo.')
    expect(JSON.stringify(report)).not.toContain('Ngoài kỳ')
    expect(JSON.stringify(report)).not.toContain('Sau kỳ báo cáo')
  })

  it('names the overdue and late tasks among the limitations, with their narratives', () => {
    const limitations = build().sections[1]?.paragraphs ?? []
    expect(limitations).toHaveLength(3)
    expect(limitations[1]?.text).toBe(
      'Nhiệm vụ 06-CTr/TU T2 — Nhiệm vụ t2 (Sở Tài chính chủ trì) hoàn thành quá hạn (hạn ngày 31/12/2022, hoàn thành ngày 15/2/2023). Hoàn thành chậm hai tháng',
    )
    expect(limitations[2]?.text).toContain('chưa hoàn thành, đã quá hạn (hạn ngày 31/12/2023)')
    expect(limitations[2]?.text).toContain('Đang xây dựng dự thảo quy định')
    expect(limitations[2]?.sources).toEqual([
      { kind: 'TASK', id: 't3' },
      { kind: 'PROGRESS_REPORT', id: 'r3' },
    ])
  })

  it('counts as the scorecard does, on both denominators, with the ids it counts', () => {
    const report = build()
    const card = scorecard(TASKS, { asOf: '2024-03-31' })
    if (!card.ok) throw new Error('scorecard failed')
    const f = report.timeliness
    for (const t of TIMELINESS_VALUES) {
      expect(f.counts[t].value).toBe(card.value.counts[t])
      expect(f.counts[t].taskIds).toHaveLength(f.counts[t].value)
    }
    expect(f.total.value).toBe(card.value.counts.total)
    expect(f.cancelled.taskIds).toEqual(['t6'])
    expect(f.counts.OVERDUE.taskIds).toEqual(['t3'])
    for (const key of [
      'completedDueByDate',
      'completedAllAssigned',
      'onTimeDueByDate',
      'onTimeAllAssigned',
    ] as const) {
      const rate = f.rates[key]
      expect(rate).toMatchObject(card.value.rates[key])
      expect(rate.numeratorTaskIds).toHaveLength(rate.numerator)
      expect(rate.denominatorTaskIds).toHaveLength(rate.denominator)
    }
    expect(f.rates.completedDueByDate).toMatchObject({ numerator: 3, denominator: 4 })
    expect(f.rates.onTimeAllAssigned).toMatchObject({ numerator: 2, denominator: 6 })
    expect(f.rates.completedDueByDate.denominatorTaskIds).toEqual(['t1', 't2', 't3', 't3a'])
    expect(f.progressPercent).toBe(card.value.progress.percent)
  })

  it('gives one line per lead, by level then name, each equal to the scorecard of its tasks', () => {
    const report = build()
    expect(report.byLead.map((l) => l.organization.code)).toEqual(['LHH', 'STC'])
    // A lower level comes after, whatever its name: the order of groupByLead.
    const [orgA, orgB] = INPUT.organizations
    const levelled = build({
      ...INPUT,
      organizations: [
        { ...orgA!, level: 'COMMUNE' },
        { ...orgB!, level: 'PROVINCE' },
      ],
    })
    expect(levelled.byLead.map((l) => l.organization.code)).toEqual(['STC', 'LHH'])
    for (const line of report.byLead) {
      const own = TASKS.filter((t) => t.leadId === line.organization.id)
      const card = scorecard(own, { asOf: '2024-03-31' })
      if (!card.ok) throw new Error('scorecard failed')
      expect(line.timeliness.total.value).toBe(card.value.counts.total)
      expect(line.timeliness.rates.completedAllAssigned).toMatchObject(
        card.value.rates.completedAllAssigned,
      )
    }
    const stc = report.byLead.find((l) => l.organization.id === ORG_B)
    expect(stc?.timeliness.cancelled.taskIds).toEqual(['t6'])
  })

  it('keeps the indicator periods overlapping the period, against their targets', () => {
    const report = build()
    expect(report.indicators.map((i) => [i.name, i.from, i.target, i.actual, i.achieved])).toEqual([
      ['Số hội thành viên', '2021-01-01', 19, 19, true],
      ['Số hội thành viên', '2023-01-01', 21, 20, false],
      ['Số đề án được phản biện', '2022-01-01', null, 9, null],
    ])
    expect(report.indicators[0]).toMatchObject({ assessmentId: 'a-interim', baseline: 18 })
    expect(report.indicators[2]?.baseline).toBeNull()
  })

  it('takes the rating of an assessment of its own kind first, else the latest rated', () => {
    expect(build().rating).toMatchObject({
      assessmentId: 'a-interim',
      rating: 'GOOD',
      score: 78,
      rulesId: 'vn-366-qd-tw-2025',
    })
    expect(build({ ...INPUT, kind: 'FINAL_REVIEW' }).rating?.assessmentId).toBe('a-interim')
    const onlySelf = build({ ...INPUT, assessments: [ASSESSMENTS[1]!] })
    expect(onlySelf.rating?.rating).toBe('EXCELLENT')
    const none = build({ ...INPUT, assessments: [ASSESSMENTS[2]!] })
    expect(none.rating).toBeNull()
  })

  it('lists every task in the annex with its latest report in the period', () => {
    const report = build()
    expect(report.annex.map((l) => [l.taskId, l.timeliness])).toEqual([
      ['t1', 'COMPLETED_ON_TIME'],
      ['t2', 'COMPLETED_LATE'],
      ['t3', 'OVERDUE'],
      ['t4', 'IN_PROGRESS'],
      ['t5', 'IN_PROGRESS'],
      ['t6', null],
      ['t3a', 'COMPLETED_ON_TIME'],
    ])
    expect(report.annex[2]?.latestReport?.id).toBe('r3')
    expect(report.annex[4]?.latestReport).toBeNull()
    expect(report.annex[6]?.directiveSymbol).toBe('128/KH-UBND')
    const early = build({ ...INPUT, asOf: '2022-06-25' })
    expect(early.annex[1]).toMatchObject({ taskId: 't2', completedOn: null })
    expect(early.annex[0]?.completedOn).toBe('2022-06-20')
    const mixed = build({
      ...INPUT,
      tasks: [
        { ...TASKS[6]!, id: 'p2', directiveSymbol: '45-KH/HU', reference: '10' },
        { ...TASKS[6]!, id: 'p1', directiveSymbol: '45-KH/HU', reference: '2' },
        { ...TASKS[6]!, id: 'u', directiveSymbol: '128/KH-UBND' },
        { ...TASKS[0]!, id: 'own', directiveSymbol: null, reference: null },
      ],
    })
    expect(mixed.annex.map((l) => l.taskId)).toEqual(['own', 'u', 'p1', 'p2'])
  })

  it('quotes the correction of a superseded report, never the mistaken one', () => {
    const t3 = TASKS[2]!
    const mistaken = t3.reports[0]!
    const correction = {
      ...mistaken,
      id: 'r3-fix' as typeof mistaken.id,
      reportedOn: '2023-06-15', // the mistaken one's date was wrong too
      narrative: 'Đã trình dự thảo quy định',
      correctsId: mistaken.id,
      reason: 'Nhầm nội dung',
    }
    const report = build({
      ...INPUT,
      tasks: TASKS.map((t) => (t === t3 ? { ...t3, reports: [...t3.reports, correction] } : t)),
    })
    expect(report.annex[2]?.latestReport?.id).toBe('r3-fix')
    const texts = report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(texts).toContain('Đã trình dự thảo quy định')
    expect(texts).not.toContain(mistaken.narrative)
  })

  it('defaults the date to the end of the period and titles by kind', () => {
    const { asOf: _asOf, ...rest } = INPUT
    const report = build({ ...rest, scope: null, kind: 'PERIODIC_REPORT' })
    expect(report.asOf).toBe('2024-03-31')
    expect(report.title).toBe('Báo cáo định kỳ thực hiện 06-CTr/TU')
    expect(report.scope).toBeNull()
    expect(build({ ...INPUT, title: 'Báo cáo riêng' }).title).toBe('Báo cáo riêng')
  })

  it('shows a lead missing from the organisations by its id', () => {
    const report = build({ ...INPUT, organizations: [] })
    expect(report.byLead.map((l) => l.organization.name).sort()).toEqual(['org-a', 'org-b'])
  })

  it('refuses a bad period or date, and passes on scorecard errors', () => {
    const backwards = assembleReport({ ...INPUT, period: { from: '2024-01-01', to: '2023-01-01' } })
    expect(backwards.ok || backwards.error.code).toBe('INVALID_REPORT_PERIOD')
    if (!backwards.ok) expect(backwards.error.messageVi).toContain('Kỳ báo cáo')
    const badDay = assembleReport({ ...INPUT, period: { from: '2024-02-30', to: '2024-03-01' } })
    expect(badDay.ok || badDay.error.code).toBe('INVALID_REPORT_PERIOD')
    const badAsOf = assembleReport({ ...INPUT, asOf: '31/3/2024' })
    expect(badAsOf.ok || badAsOf.error.code).toBe('INVALID_REPORT_AS_OF')
    const cycle = assembleReport({
      ...INPUT,
      tasks: [
        { ...TASKS[0]!, id: 'x', parentId: 'y' },
        { ...TASKS[0]!, id: 'y', parentId: 'x' },
      ],
    })
    expect(cycle.ok).toBe(false)
  })
})
