import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * How a tenant's monitoring office urges (đôn đốc), as data: reminders some days before a due
 * day, a reminder the day after it and again every few days while the task or report stays
 * late, the level above told after some days late, and the local time of the daily digest.
 *
 * @example
 * ```ts
 * const rules: UrgingRules = { ...DEFAULT_URGING_RULES, escalateAfterDays: 10 }
 * ```
 */
export interface UrgingRules {
  /** Days before a due day on which the lead is reminded, e.g. `[7, 1]`. */
  readonly dueSoonDays: readonly number[]
  /** After the first reminder on the day after the due day, the days between repeats. */
  readonly overdueRepeatDays: number
  /** Days late after which the monitoring body and the lead's parent are told too. */
  readonly escalateAfterDays: number
  /** Local time of the daily digest, `HH:MM`. */
  readonly digestTime: string
  /** The IANA time zone the tenant's days and times are read in. */
  readonly timeZone: string
}

/**
 * The rules a tenant starts with: 7 and 1 days before, the day after then every 7 days, the
 * level above after 14 days late, the digest at 07:30 in Asia/Ho_Chi_Minh.
 *
 * @example
 * ```ts
 * DEFAULT_URGING_RULES.dueSoonDays // [7, 1]
 * ```
 */
export const DEFAULT_URGING_RULES: UrgingRules = Object.freeze({
  dueSoonDays: Object.freeze([7, 1]),
  overdueRepeatDays: 7,
  escalateAfterDays: 14,
  digestTime: '07:30',
  timeZone: 'Asia/Ho_Chi_Minh',
})

/**
 * How an organisation wants its reminders: one digest a day instead of one message per
 * reminder, and none on weekends and public holidays (they wait for the next working day;
 * a reminder before a due day comes on the working day before instead).
 *
 * @example
 * ```ts
 * const p: UrgingPreferences = { digest: true, quietOnRestDays: true }
 * ```
 */
export interface UrgingPreferences {
  readonly digest: boolean
  readonly quietOnRestDays: boolean
}

/**
 * What an organisation that has said nothing gets: a message per reminder, every day.
 *
 * @example
 * ```ts
 * DEFAULT_URGING_PREFERENCES.digest // false
 * ```
 */
export const DEFAULT_URGING_PREFERENCES: UrgingPreferences = Object.freeze({
  digest: false,
  quietOnRestDays: false,
})

const MAX_DAYS = 366

/**
 * Checks urging rules given as data: each count of days a whole number from 1 to 366, the
 * days before a due day listed once each, a digest time `HH:MM` and a time zone the runtime
 * knows. Every error has the code `INVALID_URGING_RULES` and the path of the offending field.
 * Returns the rules frozen, the days before sorted from the earliest reminder.
 *
 * @example
 * ```ts
 * validateUrgingRules({ ...DEFAULT_URGING_RULES, overdueRepeatDays: 0 }).ok // false
 * ```
 */
export function validateUrgingRules(rules: UrgingRules): Result<UrgingRules, DomainError> {
  if (rules === null || typeof rules !== 'object')
    return bad('Rules are required', 'Thiếu quy tắc đôn đốc', [])
  if (!Array.isArray(rules.dueSoonDays))
    return bad('dueSoonDays must be a list of days', 'Số ngày nhắc trước hạn phải là danh sách', [
      'dueSoonDays',
    ])
  const seen = new Set<number>()
  for (const [i, days] of rules.dueSoonDays.entries()) {
    const problem = daysProblem(days, ['dueSoonDays', i])
    if (problem) return err(problem)
    if (seen.has(days))
      return bad('A day is listed twice', 'Số ngày bị lặp', ['dueSoonDays', i], days)
    seen.add(days)
  }
  for (const field of ['overdueRepeatDays', 'escalateAfterDays'] as const) {
    const problem = daysProblem(rules[field], [field])
    if (problem) return err(problem)
  }
  if (typeof rules.digestTime !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(rules.digestTime))
    return bad(
      'digestTime must be a time HH:MM, e.g. 07:30',
      'Giờ gửi bản tổng hợp phải có dạng HH:MM, ví dụ 07:30',
      ['digestTime'],
      rules.digestTime,
    )
  if (!isTimeZone(rules.timeZone))
    return bad(
      'timeZone is not a known time zone, e.g. Asia/Ho_Chi_Minh',
      'Múi giờ không hợp lệ, ví dụ Asia/Ho_Chi_Minh',
      ['timeZone'],
      rules.timeZone,
    )
  return ok(
    Object.freeze({
      dueSoonDays: Object.freeze([...rules.dueSoonDays].sort((a, b) => b - a)),
      overdueRepeatDays: rules.overdueRepeatDays,
      escalateAfterDays: rules.escalateAfterDays,
      digestTime: rules.digestTime,
      timeZone: rules.timeZone,
    }),
  )
}

function daysProblem(days: unknown, path: ErrorPath): DomainError | null {
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_DAYS)
    return null
  return domainError(
    'INVALID_URGING_RULES',
    {
      en: `A number of days must be a whole number from 1 to ${MAX_DAYS}`,
      vi: `Số ngày phải là số nguyên từ 1 đến ${MAX_DAYS}`,
    },
    path,
    days,
  )
}

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

function bad(
  en: string,
  vi: string,
  path: ErrorPath,
  value?: unknown,
): Result<UrgingRules, DomainError> {
  return err(domainError('INVALID_URGING_RULES', { en, vi }, path, value))
}
