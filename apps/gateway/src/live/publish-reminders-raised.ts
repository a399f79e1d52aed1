import type { TenantId } from '@chidao/domain'
import type { LiveEvents } from './live-events.js'

/**
 * Tells subscribers that the urging runtime raised reminders (đôn đốc): call it once the
 * reminders are stored (their transaction committed), with the keys they are stored under.
 * Nothing is published for an empty list. Subscribers read each reminder again as their own
 * caller, so the event carries the keys only.
 *
 * @example
 * ```ts
 * publishRemindersRaised(live, 'demo', ['OVERDUE:task-17:2026-12-07'])
 * ```
 */
export function publishRemindersRaised(
  events: Pick<LiveEvents, 'publish'>,
  tenantId: TenantId,
  reminderKeys: readonly string[],
): void {
  if (reminderKeys.length === 0) return
  events.publish('reminders-raised', { tenantId, reminderKeys: [...reminderKeys] })
}
