import type { OutgoingReminder, OutgoingReminderMessage } from '@chidao/app'

const STP = { id: 'org-stp', code: 'STP', name: 'Sở Tư pháp' }

/** An overdue task of the example programme. */
export const OVERDUE_TASK: OutgoingReminder = {
  key: 'OVERDUE|task:t-1|org-stp|2026-11-30|2026-12-07',
  kind: 'OVERDUE',
  dueOn: '2026-11-30',
  daysFromDue: 7,
  owner: STP,
  subject: {
    kind: 'TASK',
    taskId: 't-1',
    taskReference: 'III.2',
    taskTitle: 'Kiện toàn tổ chức Liên hiệp hội',
    directiveId: 'd-1',
    directiveSymbol: '06-CTr/TU',
    period: null,
  },
}

/** A quarterly report not received, under a task's reporting duty. */
export const MISSING_REPORT: OutgoingReminder = {
  key: 'MISSING_REPORT|report:d-2:t-2:org-stp:2026-Q3|org-stp|2026-10-15|2026-10-16',
  kind: 'MISSING_REPORT',
  dueOn: '2026-10-15',
  daysFromDue: 53,
  owner: STP,
  subject: {
    kind: 'REPORT',
    taskId: 't-2',
    taskReference: '2',
    taskTitle: 'Tuyên truyền Kết luận 93-KL/TW',
    directiveId: 'd-2',
    directiveSymbol: '93-KL/TW',
    period: '2026-Q3',
  },
}

/** A task due in three days. */
export const DUE_SOON: OutgoingReminder = {
  ...OVERDUE_TASK,
  key: 'DUE_SOON|task:t-3|org-stp|2026-12-10|2026-12-07',
  kind: 'DUE_SOON',
  dueOn: '2026-12-10',
  daysFromDue: -3,
  subject: {
    ...OVERDUE_TASK.subject,
    taskId: 't-3',
    taskReference: 'I.1',
    taskTitle: 'Ban hành kế hoạch',
  },
}

/** A message of the given reminders for the Sở Tư pháp on 7 December 2026. */
export function reminderMessage(
  reminders: readonly OutgoingReminder[],
  overrides: Partial<OutgoingReminderMessage> = {},
): OutgoingReminderMessage {
  return {
    id: 'msg_digest-org-stp-2026-12-07',
    tenantId: 'demo',
    recipient: STP,
    deliverOn: '2026-12-07',
    digest: reminders.length > 1,
    secrecy: 'PUBLIC',
    reminders,
    ...overrides,
  }
}
