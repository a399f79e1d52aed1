import {
  assembleReport,
  type DirectiveId,
  type OrganizationId,
  type ProgressReportId,
  type Report,
  type ReportInput,
  type TaskId,
} from '@chidao/domain'
import type { ReportDocxOptions } from '../src/index.js'

const TINH_UY = 'org-tu' as OrganizationId
const LHH = 'org-lhh' as OrganizationId

/** A sơ kết of a programme: four tasks of two organisations, one overdue, one cancelled. */
export const INPUT: ReportInput = {
  kind: 'INTERIM_REVIEW',
  directive: {
    id: 'dir-06' as DirectiveId,
    symbolText: '06-CTr/TU',
    title: 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
    secrecy: 'PUBLIC',
  },
  scope: { id: TINH_UY, code: 'BTV-TU', name: 'Ban Thường vụ Tỉnh ủy' },
  period: { from: '2021-03-15', to: '2024-03-31' },
  tasks: [
    {
      id: 't1' as TaskId,
      parentId: null,
      leadId: TINH_UY,
      status: 'COMPLETED',
      due: '2021-06-30',
      completedOn: '2021-06-20',
      percent: 100,
      reference: 'II.1',
      title: 'Tổ chức hội nghị quán triệt',
      reports: [
        {
          id: 'r1' as ProgressReportId,
          taskId: 't1' as TaskId,
          reportedOn: '2021-06-25',
          organizationId: TINH_UY,
          percent: 100,
          narrative: 'Đã tổ chức hội nghị cho 300 cán bộ chủ chốt.',
          evidence: [],
        },
      ],
    },
    {
      id: 't2' as TaskId,
      parentId: null,
      leadId: LHH,
      status: 'IN_PROGRESS',
      due: '2022-12-31',
      completedOn: null,
      percent: 40,
      reference: 'II.3',
      title: 'Ban hành quy định đặt hàng tư vấn & phản biện <dự thảo>',
      reports: [],
    },
    {
      id: 't3' as TaskId,
      parentId: null,
      leadId: LHH,
      status: 'IN_PROGRESS',
      due: '2027-09-30',
      completedOn: null,
      percent: null,
      reference: 'II.6',
      title: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
      reports: [],
    },
    {
      id: 't4' as TaskId,
      parentId: null,
      leadId: LHH,
      status: 'CANCELLED',
      due: '2022-06-30',
      completedOn: null,
      percent: null,
      reference: 'II.7',
      title: 'Nhiệm vụ đã hủy',
      reports: [],
    },
  ],
  organizations: [
    { id: TINH_UY, code: 'BTV-TU', name: 'Ban Thường vụ Tỉnh ủy' },
    { id: LHH, code: 'LHH', name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Minh Họa' },
  ],
  assessments: [],
}

/** The fixture's report, assembled. */
export function fixtureReport(input: ReportInput = INPUT): Report {
  const r = assembleReport(input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

/** The sơ kết as Tỉnh ủy Minh Họa signs it: Party layout, report 35, signed by a deputy secretary. */
export const PARTY_OPTIONS: ReportDocxOptions = {
  layout: 'party',
  issuer: 'Tỉnh ủy Minh Họa',
  number: 35,
  place: 'Minh Họa',
  recipients: ['Ban Bí thư Trung ương Đảng (để báo cáo)', 'Lưu Văn phòng Tỉnh ủy'],
  signature: { position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' },
}
