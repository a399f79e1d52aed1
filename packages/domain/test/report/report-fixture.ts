import type { Assessment } from '../../src/assessment/assessment.js'
import { EMPTY_FINDINGS } from '../../src/assessment/assessment.js'
import type {
  AssessmentId,
  DirectiveId,
  OrganizationId,
  ProgressReportId,
  TaskId,
  TenantId,
} from '../../src/ids.js'
import type { ReportInput, ReportTaskInput } from '../../src/report/assemble-report.js'
import type { ProgressReport } from '../../src/task/progress-report.js'

export const ORG_A = 'org-a' as OrganizationId
export const ORG_B = 'org-b' as OrganizationId
export const DIRECTIVE = 'dir-1' as DirectiveId

function report(
  id: string,
  taskId: string,
  reportedOn: string,
  narrative: string,
  percent: number | null = null,
): ProgressReport {
  return {
    id: id as ProgressReportId,
    taskId: taskId as TaskId,
    reportedOn,
    organizationId: ORG_A,
    percent,
    narrative,
    evidence: [],
  }
}

function task(
  id: string,
  fields: Partial<ReportTaskInput> & Pick<ReportTaskInput, 'status' | 'due'>,
): ReportTaskInput {
  return {
    id,
    parentId: null,
    completedOn: null,
    percent: null,
    leadId: ORG_A,
    reference: id.toUpperCase(),
    title: `Nhiệm vụ ${id}`,
    directiveSymbol: '06-CTr/TU',
    reports: [],
    ...fields,
  }
}

export const TASKS: readonly ReportTaskInput[] = [
  task('t1', {
    status: 'COMPLETED',
    due: '2022-06-30',
    completedOn: '2022-06-20',
    percent: 100,
    reports: [
      report('r1a', 't1', '2022-03-01', 'Đã chuẩn bị tài liệu', 50),
      report('r1b', 't1', '2022-06-20', 'Đã tổ chức <hội nghị> & phát hành tài liệu', 100),
    ],
  }),
  task('t2', {
    status: 'COMPLETED',
    due: '2022-12-31',
    completedOn: '2023-02-15',
    percent: 100,
    leadId: ORG_B,
    reports: [report('r2', 't2', '2023-02-15', 'Hoàn thành chậm hai tháng', 100)],
  }),
  task('t3', {
    status: 'IN_PROGRESS',
    due: '2023-12-31',
    percent: 40,
    leadId: ORG_B,
    reports: [
      report('r3', 't3', '2023-06-30', 'Đang xây dựng dự thảo quy định', 40),
      report('r3-late', 't3', '2024-06-30', 'Sau kỳ báo cáo: không được dùng', 60),
    ],
  }),
  task('t4', {
    status: 'IN_PROGRESS',
    due: null,
    percent: 60,
    reports: [report('r4', 't4', '2023-09-30', 'Hoạt động thường xuyên')],
  }),
  task('t5', { status: 'NOT_STARTED', due: '2025-12-31' }),
  task('t6', { status: 'CANCELLED', due: '2023-06-30', leadId: ORG_B }),
  task('t3a', {
    status: 'COMPLETED',
    due: '2023-06-30',
    completedOn: '2023-06-01',
    parentId: 't3',
    percent: 100,
    directiveSymbol: '128/KH-UBND',
    reference: '1',
  }),
]

function assessment(id: string, fields: Partial<Assessment>): Assessment {
  return {
    id: id as AssessmentId,
    tenantId: 'demo' as TenantId,
    version: 1,
    kind: 'INTERIM_REVIEW',
    subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: DIRECTIVE, organizationId: ORG_A },
    period: { from: '2021-03-15', to: '2024-03-31' },
    title: 'Sơ kết',
    assessorId: ORG_A,
    assessedOn: '2024-04-20',
    findings: EMPTY_FINDINGS,
    indicators: [],
    socialCritique: null,
    score: null,
    rating: null,
    ratingRulesId: null,
    ...fields,
  }
}

export const ASSESSMENTS: readonly Assessment[] = [
  assessment('a-interim', {
    findings: {
      ...EMPTY_FINDINGS,
      results: ['Nhận thức có chuyển biến rõ.'],
      limitations: ['Một số nhiệm vụ chậm.'],
      causesObjective: ['Ngân sách khó khăn.'],
      causesSubjective: ['Phối hợp chưa chặt chẽ.'],
      lessons: ['Cần cơ quan chủ trì rõ ràng.'],
      directions: ['Hoàn thành quy định đặt hàng.'],
      recommendations: ['Đề nghị UBND tỉnh chỉ đạo.'],
    },
    indicators: [
      {
        name: 'Số hội thành viên',
        unit: 'hội',
        baseline: { value: 18, date: '2020-12-31' },
        periods: [
          { from: '2021-01-01', to: '2021-12-31', target: 19, actual: 19 },
          { from: '2023-01-01', to: '2023-12-31', target: 21, actual: 20 },
          { from: '2025-01-01', to: '2025-12-31', target: 22, actual: null },
        ],
        evidence: [],
      },
      {
        name: 'Số đề án được phản biện',
        unit: 'đề án',
        baseline: null,
        periods: [{ from: '2022-01-01', to: '2022-12-31', target: null, actual: 9 }],
        evidence: [],
      },
    ],
    score: 78,
    rating: 'GOOD',
    ratingRulesId: 'vn-366-qd-tw-2025',
  }),
  assessment('a-self', {
    kind: 'SELF_ASSESSMENT',
    assessedOn: '2023-12-20',
    period: { from: '2023-01-01', to: '2023-12-31' },
    findings: { ...EMPTY_FINDINGS, results: ['Tự đánh giá: hoàn thành kế hoạch năm.'] },
    score: 92,
    rating: 'EXCELLENT',
    ratingRulesId: 'vn-366-qd-tw-2025',
  }),
  assessment('a-outside', {
    kind: 'PERIODIC_REPORT',
    assessedOn: '2025-12-20',
    period: { from: '2025-01-01', to: '2025-12-31' },
    findings: { ...EMPTY_FINDINGS, results: ['Ngoài kỳ: không được dùng.'] },
  }),
]

export const INPUT: ReportInput = {
  kind: 'INTERIM_REVIEW',
  directive: {
    id: DIRECTIVE,
    symbolText: '06-CTr/TU',
    title: 'Chương trình hành động',
    secrecy: 'PUBLIC',
  },
  scope: { id: ORG_A, code: 'TU', name: 'Tỉnh ủy Minh Họa' },
  period: { from: '2021-03-15', to: '2024-03-31' },
  asOf: '2024-03-31',
  tasks: TASKS,
  organizations: [
    { id: ORG_A, code: 'LHH', name: 'Liên hiệp hội tỉnh' },
    { id: ORG_B, code: 'STC', name: 'Sở Tài chính' },
  ],
  assessments: ASSESSMENTS,
}
