import type { IsoDate } from '../calendar/iso-date.js'
import { highestSecrecy, type Secrecy } from '../directive/secrecy.js'
import type { OrganizationId } from '../ids.js'
import type { Reminder } from './reminder.js'
import type { UrgingPreferences } from './urging-rules.js'

/**
 * What is sent to one organisation at once: a single reminder, or the day's digest (bản tổng
 * hợp) of every reminder for an organisation that prefers one. Its key names the recipient and
 * the day for a digest, the reminder for a single one; its secrecy is the highest of its
 * reminders'.
 *
 * @example
 * ```ts
 * const m: ReminderMessage = { recipientId, deliverOn: '2026-12-07', digest: true, reminders, secrecy: 'PUBLIC', key: 'digest|…|2026-12-07' }
 * ```
 */
export interface ReminderMessage {
  readonly recipientId: OrganizationId
  readonly deliverOn: IsoDate
  readonly digest: boolean
  readonly reminders: readonly Reminder[]
  readonly secrecy: Secrecy
  readonly key: string
}

/**
 * Puts planned reminders into messages: one per reminder, or one digest per recipient and day
 * where the recipient prefers a digest. The order of the reminders is kept.
 *
 * @example
 * ```ts
 * reminderMessages(planReminders(duties, options), options.preferencesOf)
 * ```
 */
export function reminderMessages(
  reminders: readonly Reminder[],
  preferencesOf: (organizationId: OrganizationId) => UrgingPreferences,
): ReminderMessage[] {
  const messages: ReminderMessage[] = []
  const digests = new Map<string, Reminder[]>()
  for (const r of reminders) {
    if (!preferencesOf(r.recipientId).digest) {
      messages.push(message(r.recipientId, r.deliverOn, false, [r], r.key))
      continue
    }
    const key = `digest|${r.recipientId}|${r.deliverOn}`
    const list = digests.get(key)
    if (list) list.push(r)
    else {
      const first = [r]
      digests.set(key, first)
      messages.push(message(r.recipientId, r.deliverOn, true, first, key))
    }
  }
  return messages.map((m) => (m.digest ? Object.freeze({ ...m, secrecy: highestOf(m) }) : m))
}

function message(
  recipientId: OrganizationId,
  deliverOn: IsoDate,
  digest: boolean,
  reminders: Reminder[],
  key: string,
): ReminderMessage {
  return Object.freeze({
    recipientId,
    deliverOn,
    digest,
    reminders,
    secrecy: highestOf({ reminders }),
    key,
  })
}

function highestOf(m: { readonly reminders: readonly Reminder[] }): Secrecy {
  return highestSecrecy(m.reminders.map((r) => r.secrecy))
}
