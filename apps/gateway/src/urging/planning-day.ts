import { dateInZone } from '@chidao/app'
import type { IsoDate } from '@chidao/domain'
import type { UrgingSchedule } from './urging-work.js'

/**
 * The last day a tenant's planning should have covered at an instant: today once its local
 * time has reached the digest time, yesterday before. Planning through it catches up the days
 * missed while no process ran (the use case plans from the day after the last one planned).
 *
 * @example
 * ```ts
 * // 07:00 in Hà Nội is before the 07:30 digest: yesterday.
 * planningDay(new Date('2026-12-07T00:00:00Z'), { timeZone: 'Asia/Ho_Chi_Minh', digestTime: '07:30' })
 * // '2026-12-06'
 * ```
 */
export function planningDay(at: Date, schedule: UrgingSchedule): IsoDate {
  const today = dateInZone(at, schedule.timeZone)
  return localTime(at, schedule.timeZone) >= schedule.digestTime ? today : dayBefore(today)
}

/** `HH:MM` of an instant in a time zone. */
function localTime(at: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
  return time
}

function dayBefore(day: IsoDate): IsoDate {
  const at = new Date(`${day}T00:00:00Z`)
  at.setUTCDate(at.getUTCDate() - 1)
  return at.toISOString().slice(0, 10)
}
