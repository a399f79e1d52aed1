import type { Labels } from '../label.js'
import { vocabulary } from '../vocabulary.js'

const TASK_STATUS = vocabulary([
  ['NOT_STARTED', { vi: 'Chưa triển khai', en: 'Not started' }],
  ['IN_PROGRESS', { vi: 'Đang thực hiện', en: 'In progress' }],
  ['COMPLETED', { vi: 'Đã hoàn thành', en: 'Completed' }],
  ['PAUSED', { vi: 'Tạm dừng', en: 'Paused' }],
  ['CANCELLED', { vi: 'Đã hủy bỏ', en: 'Cancelled' }],
])

/**
 * The lifecycle states of a task (trạng thái nhiệm vụ).
 *
 * @example
 * ```ts
 * TASK_STATUSES.length // 5
 * ```
 */
export const TASK_STATUSES = TASK_STATUS.codes

/**
 * A lifecycle state of a task.
 *
 * @example
 * ```ts
 * const status: TaskStatus = 'PAUSED'
 * ```
 */
export type TaskStatus = (typeof TASK_STATUSES)[number]

/**
 * Labels for every {@link TaskStatus}.
 *
 * @example
 * ```ts
 * TASK_STATUS_LABELS.IN_PROGRESS.vi // 'Đang thực hiện'
 * ```
 */
export const TASK_STATUS_LABELS: Labels<TaskStatus> = TASK_STATUS.labels

/**
 * Tells whether a value is a {@link TaskStatus}.
 *
 * @example
 * ```ts
 * isTaskStatus('PAUSED') // true
 * ```
 */
export const isTaskStatus: (value: unknown) => value is TaskStatus = TASK_STATUS.is
