import type { IsoDate } from '../calendar/iso-date.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { OrganizationId } from '../ids.js'
import type { ReminderKind } from './reminder-kind.js'
import type { UrgedSubject } from './urged-duty.js'

/**
 * One reminder for one organisation: what it is about and why, the due day it counts from,
 * the day its rule fires, the day it is delivered (later or earlier when the organisation is
 * quiet on rest days), and its key. The key names the recipient, the rule, the subject and the
 * due day: a reminder with a key already delivered is never delivered again, whatever process
 * plans it and however often.
 *
 * @example
 * ```ts
 * reminder.key // 'OVERDUE|task:8c0f…|<recipient>|2026-11-30|2026-12-01'
 * reminder.daysFromDue // 1
 * ```
 */
export interface Reminder {
  readonly kind: ReminderKind
  readonly subject: UrgedSubject
  readonly recipientId: OrganizationId
  /** The organisation that owes the task or report (the recipient too, unless escalated). */
  readonly ownerId: OrganizationId
  readonly dueOn: IsoDate
  readonly firesOn: IsoDate
  readonly deliverOn: IsoDate
  /** Days from the due day to the day the rule fires: negative before it, positive after. */
  readonly daysFromDue: number
  readonly secrecy: Secrecy
  readonly key: string
}
