import type { IsoDate } from '../calendar/iso-date.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { DirectiveId, OrganizationId, TaskId } from '../ids.js'

/**
 * What is urged: a task to carry out by its deadline, or a report an organisation owes for a
 * period (under a task's reporting duty, or under its directive's rule when `taskId` is `null`).
 *
 * @example
 * ```ts
 * const s: UrgedSubject = { kind: 'REPORT', directiveId, taskId: null, period: '2026-H1' }
 * ```
 */
export type UrgedSubject =
  | { readonly kind: 'TASK'; readonly taskId: TaskId }
  | {
      readonly kind: 'REPORT'
      readonly directiveId: DirectiveId
      readonly taskId: TaskId | null
      readonly period: string
    }

/**
 * One thing an organisation must do by a day, as the urging rules see it: who owes it, who is
 * above the owner, which body follows it (cơ quan theo dõi, đôn đốc; for a report, who receives
 * it), the due day in force, the day it was done (`null` while it is not) and how secret it is
 * (a reminder is as secret as what it is about).
 *
 * @example
 * ```ts
 * const d: UrgedDuty = {
 *   subject: { kind: 'TASK', taskId }, ownerId, ownerParentId, monitorId,
 *   dueOn: '2026-12-31', settledOn: null, secrecy: 'PUBLIC',
 * }
 * ```
 */
export interface UrgedDuty {
  readonly subject: UrgedSubject
  readonly ownerId: OrganizationId
  readonly ownerParentId: OrganizationId | null
  readonly monitorId: OrganizationId | null
  readonly dueOn: IsoDate
  readonly settledOn: IsoDate | null
  readonly secrecy: Secrecy
}

/**
 * A stable text naming what a duty is about, the same on every run: `task:<id>`, or
 * `report:<directive>:<task or ->:<owner>:<period>`.
 *
 * @example
 * ```ts
 * urgedSubjectKey(duty) // 'task:8c0f…'
 * ```
 */
export function urgedSubjectKey(duty: Pick<UrgedDuty, 'subject' | 'ownerId'>): string {
  const s = duty.subject
  return s.kind === 'TASK'
    ? `task:${s.taskId}`
    : `report:${s.directiveId}:${s.taskId ?? '-'}:${duty.ownerId}:${s.period}`
}
