import type { TaskWorkbook } from '@chidao/domain'

/** The counts of a lead with one task, in progress. */
const ONE_IN_PROGRESS = {
  total: 1,
  completedOnTime: 0,
  completedLate: 0,
  inProgress: 1,
  overdue: 0,
  cancelled: 0,
}

/** A document's tables: two tasks (one secret-free, one with no figure), two leads, one report owed. */
export const WORKBOOK: TaskWorkbook = {
  subject: 'Chương trình số 06-CTr/TU: Thực hiện Nghị quyết Đại hội',
  key: '06-CTr/TU',
  asOf: '2026-06-30',
  secrecy: 'PUBLIC',
  calendarFrom: '2026-01-01',
  calendarTo: '2026-12-31',
  tasks: [
    {
      directive: '06-CTr/TU',
      reference: 'II.1.a',
      title: 'Xây dựng đề án chuyển đổi số',
      lead: 'Sở Thông tin và Truyền thông',
      coordinators: ['Sở Tài chính', 'Sở Nội vụ'],
      deadlineText: 'quý II/2026',
      due: '2026-06-30',
      status: 'IN_PROGRESS',
      timeliness: 'IN_PROGRESS',
      percent: 62.5,
      reportedOn: '2026-06-15',
    },
    {
      directive: '06-CTr/TU',
      reference: null,
      title: 'Tổ chức hội nghị sơ kết',
      lead: 'Sở Nội vụ',
      coordinators: [],
      deadlineText: null,
      due: null,
      status: 'NOT_STARTED',
      timeliness: 'IN_PROGRESS',
      percent: null,
      reportedOn: null,
    },
  ],
  byLead: [
    { lead: 'Sở Nội vụ', ...ONE_IN_PROGRESS, onTimePercent: null, progressPercent: null },
    {
      lead: 'Sở Thông tin và Truyền thông',
      ...ONE_IN_PROGRESS,
      onTimePercent: 50,
      progressPercent: 62.5,
    },
  ],
  calendar: [
    {
      organization: 'Sở Nội vụ',
      directive: '06-CTr/TU',
      task: null,
      cadence: 'HALF_YEARLY',
      period: '6 tháng đầu năm 2026',
      due: '2026-06-15',
      recipient: 'Ban Thường vụ Tỉnh ủy',
      status: 'MISSING',
      reportedOn: null,
    },
  ],
}
