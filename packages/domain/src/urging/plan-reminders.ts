import { addDays, compareIsoDate, type IsoDate } from '../calendar/iso-date.js'
import type { OrganizationId } from '../ids.js'
import type { Reminder } from './reminder.js'
import { compareReminderKinds, type ReminderKind } from './reminder-kind.js'
import { workingDayOnOrAfter, workingDayOnOrBefore } from './rest-days.js'
import { type UrgedDuty, urgedSubjectKey } from './urged-duty.js'
import type { UrgingPreferences, UrgingRules } from './urging-rules.js'

/**
 * What {@link planReminders} needs besides the duties: the delivery days to plan (from `from`
 * to `to`, both included; `to` is today, the day duties are judged on), the tenant's rules, each
 * organisation's preferences and the tenant's public holidays.
 *
 * @example
 * ```ts
 * const o: ReminderPlanOptions = {
 *   from: '2026-12-07', to: '2026-12-07', rules: DEFAULT_URGING_RULES,
 *   preferencesOf: () => DEFAULT_URGING_PREFERENCES, holidays: new Set(),
 * }
 * ```
 */
export interface ReminderPlanOptions {
  readonly from: IsoDate
  readonly to: IsoDate
  readonly rules: UrgingRules
  readonly preferencesOf: (organizationId: OrganizationId) => UrgingPreferences
  readonly holidays: ReadonlySet<IsoDate>
}

/**
 * The reminders to deliver from `from` to `to`, for duties not done by `to`:
 * - **due soon**: each of `rules.dueSoonDays` before the due day, to the owner, while the due
 *   day has not passed (one a day: the nearer the due day when two fall on one day);
 * - **overdue** (a task) or **missing report** (a report): the day after the due day, then
 *   every `rules.overdueRepeatDays`, to the owner; when several repeats fall in the days planned
 *   (a process that was down catches up), only the latest is delivered;
 * - **escalation**: `rules.escalateAfterDays` after the due day, to the monitoring body and the
 *   owner's parent (each once, never the owner).
 *
 * An organisation quiet on rest days gets a reminder that falls on a weekend or holiday on the
 * next working day, or, for a due-soon reminder, on the working day before. Planning is pure
 * and repeatable: planning the same days twice gives the same reminders with the same keys, so
 * a delivery log keyed by {@link Reminder.key} delivers each exactly once. Sorted by delivery
 * day, recipient, kind and due day.
 *
 * @example
 * ```ts
 * planReminders([duty], { ...options, from: '2026-12-01', to: '2026-12-01' })
 * // duty due 2026-11-30, not done: [{ kind: 'OVERDUE', daysFromDue: 1, deliverOn: '2026-12-01', … }]
 * ```
 */
export function planReminders(
  duties: readonly UrgedDuty[],
  options: ReminderPlanOptions,
): Reminder[] {
  const reminders: Reminder[] = []
  for (const duty of duties) {
    if (duty.settledOn !== null && compareIsoDate(duty.settledOn, options.to) <= 0) continue
    reminders.push(...dueSoonReminders(duty, options))
    const late = latestLateReminder(duty, options)
    if (late) reminders.push(late)
    reminders.push(...escalationReminders(duty, options))
  }
  return reminders.sort(byDeliveryOrder)
}

// When two of them fall on one delivery day (a quiet organisation before Tết), only the one
// nearer the due day is delivered.
function dueSoonReminders(duty: UrgedDuty, options: ReminderPlanOptions): Reminder[] {
  if (compareIsoDate(options.to, duty.dueOn) > 0) return []
  const quiet = options.preferencesOf(duty.ownerId).quietOnRestDays
  const byDay = new Map<IsoDate, Reminder>()
  for (const days of options.rules.dueSoonDays) {
    const firesOn = addDays(duty.dueOn, -days)
    const deliverOn = quiet ? workingDayOnOrBefore(firesOn, options.holidays) : firesOn
    const kept = byDay.get(deliverOn)
    if (!inRange(deliverOn, options) || (kept && kept.daysFromDue > -days)) continue
    byDay.set(deliverOn, reminder(duty, 'DUE_SOON', duty.ownerId, -days, deliverOn))
  }
  return [...byDay.values()]
}

// The day after the due day, then every `overdueRepeatDays`: the last such day delivered in the
// range, so a catch-up after days down sends one reminder, not one per missed repeat.
function latestLateReminder(duty: UrgedDuty, options: ReminderPlanOptions): Reminder | null {
  const kind: ReminderKind = duty.subject.kind === 'TASK' ? 'OVERDUE' : 'MISSING_REPORT'
  const quiet = options.preferencesOf(duty.ownerId).quietOnRestDays
  const repeat = options.rules.overdueRepeatDays
  let latest: Reminder | null = null
  for (let late = 1; ; late += repeat) {
    const firesOn = addDays(duty.dueOn, late)
    if (compareIsoDate(firesOn, options.to) > 0) break
    const deliverOn = quiet ? workingDayOnOrAfter(firesOn, options.holidays) : firesOn
    if (inRange(deliverOn, options)) latest = reminder(duty, kind, duty.ownerId, late, deliverOn)
  }
  return latest
}

function escalationReminders(duty: UrgedDuty, options: ReminderPlanOptions): Reminder[] {
  const late = options.rules.escalateAfterDays
  const firesOn = addDays(duty.dueOn, late)
  if (compareIsoDate(firesOn, options.to) > 0) return []
  const recipients = new Set(
    [duty.monitorId, duty.ownerParentId].filter(
      (id): id is OrganizationId => id !== null && id !== duty.ownerId,
    ),
  )
  return [...recipients].flatMap((recipientId) => {
    const quiet = options.preferencesOf(recipientId).quietOnRestDays
    const deliverOn = quiet ? workingDayOnOrAfter(firesOn, options.holidays) : firesOn
    return inRange(deliverOn, options)
      ? [reminder(duty, 'ESCALATION', recipientId, late, deliverOn)]
      : []
  })
}

function reminder(
  duty: UrgedDuty,
  kind: ReminderKind,
  recipientId: OrganizationId,
  daysFromDue: number,
  deliverOn: IsoDate,
): Reminder {
  const firesOn = addDays(duty.dueOn, daysFromDue)
  return Object.freeze({
    kind,
    subject: duty.subject,
    recipientId,
    ownerId: duty.ownerId,
    dueOn: duty.dueOn,
    firesOn,
    deliverOn,
    daysFromDue,
    secrecy: duty.secrecy,
    key: [kind, urgedSubjectKey(duty), recipientId, duty.dueOn, firesOn].join('|'),
  })
}

function inRange(day: IsoDate, options: ReminderPlanOptions): boolean {
  return compareIsoDate(day, options.from) >= 0 && compareIsoDate(day, options.to) <= 0
}

function byDeliveryOrder(a: Reminder, b: Reminder): number {
  return (
    compareIsoDate(a.deliverOn, b.deliverOn) ||
    (a.recipientId < b.recipientId ? -1 : a.recipientId > b.recipientId ? 1 : 0) ||
    compareReminderKinds(a.kind, b.kind) ||
    compareIsoDate(a.dueOn, b.dueOn) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}
