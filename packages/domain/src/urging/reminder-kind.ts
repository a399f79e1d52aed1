import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const REMINDER_KIND = vocabulary([
  ['DUE_SOON', { vi: 'Sắp đến hạn', en: 'Due soon' }],
  ['OVERDUE', { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' }],
  ['MISSING_REPORT', { vi: 'Chưa báo cáo', en: 'Report missing' }],
  ['ESCALATION', { vi: 'Báo cáo cấp trên: quá hạn kéo dài', en: 'Escalated: long overdue' }],
])

/**
 * What a reminder is about, in the order an office reads them: a due day coming, a task past
 * its deadline, a report not received after its period's due day, and a long delay told to the
 * monitoring body and the level above.
 *
 * @example
 * ```ts
 * REMINDER_KINDS // ['DUE_SOON', 'OVERDUE', 'MISSING_REPORT', 'ESCALATION']
 * ```
 */
export const REMINDER_KINDS = REMINDER_KIND.codes

/**
 * One of {@link REMINDER_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ReminderKind = 'MISSING_REPORT'
 * ```
 */
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * Labels for every {@link ReminderKind}.
 *
 * @example
 * ```ts
 * REMINDER_KIND_LABELS.DUE_SOON.vi // 'Sắp đến hạn'
 * ```
 */
export const REMINDER_KIND_LABELS: Labels<ReminderKind> = REMINDER_KIND.labels

/**
 * Tells whether a value is a {@link ReminderKind}.
 *
 * @example
 * ```ts
 * isReminderKind('OVERDUE') // true
 * ```
 */
export const isReminderKind = REMINDER_KIND.is

/**
 * Compares two {@link ReminderKind}s in the order of {@link REMINDER_KINDS}, for sorting.
 *
 * @example
 * ```ts
 * compareReminderKinds('ESCALATION', 'DUE_SOON') // positive
 * ```
 */
export const compareReminderKinds = REMINDER_KIND.compare
