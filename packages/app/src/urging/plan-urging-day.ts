import {
  addDays,
  canSee,
  compareIsoDate,
  DEFAULT_URGING_PREFERENCES,
  domainError,
  type IsoDate,
  isIsoDate,
  isoDateParts,
  type OrganizationId,
  planReminders,
  type Reminder,
  reminderMessages,
  type UrgingPreferences,
} from '@chidao/domain'
import type { ReminderPlanLog, UrgingChannelStore } from '../ports/reminder-log.js'
import type { UrgedDutyReader } from '../ports/urged-duty-reader.js'
import type { UrgingReader } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase } from '../use-case/use-case.js'

/** The day to plan through (the tenant's today). */
export interface PlanUrgingDayInput {
  readonly today: IsoDate
}

/** What a planning run added: the new reminders, and the ids of the new deliveries. */
export interface PlanUrgingDayOutput {
  readonly reminders: readonly Reminder[]
  readonly deliveryIds: readonly string[]
}

/**
 * The ports {@link planUrgingDay} calls: the tenant's at the highest clearance (a system use
 * case sees every duty; each row it writes keeps its own secrecy).
 */
export interface PlanUrgingDayPorts {
  readonly urging: Pick<UrgingReader, 'rules' | 'preferences' | 'publicHolidays'>
  readonly urgedDuties: UrgedDutyReader
  readonly reminders: Pick<ReminderPlanLog, 'lastPlannedDay' | 'recordPlan'> &
    Pick<UrgingChannelStore, 'channels'>
}

/**
 * How far back a catch-up plans: a process down longer than this starts again from here.
 *
 * @example
 * ```ts
 * URGING_CATCH_UP_DAYS // 31
 * ```
 */
export const URGING_CATCH_UP_DAYS = 31

// A report period due this long ago and still missing is no longer urged: the calendar of a
// year is what an office follows up.
const REPORT_LOOKBACK_DAYS = 366
// A due-soon reminder of an organisation quiet on rest days moves to the working day before:
// at most the longest run of rest days (Tết: nine) earlier.
const QUIET_DAYS_SLACK = 14

/**
 * Plans a tenant's reminders (đôn đốc) through `today`, once. A system use case: the runtime
 * calls it each day (and after a restart) with the tenant's ports at the highest clearance.
 * It plans the days after the last one planned (at most {@link URGING_CATCH_UP_DAYS} back;
 * the first run plans `today` only) with the domain's `planReminders` and `reminderMessages`,
 * from the tenant's rules, public holidays, preferences and duties; gives each message a
 * delivery on every active channel of its recipient cleared for its secrecy (a message above
 * a channel's clearance stays in the inbox only); and writes them all in one transaction,
 * keyed, so that a second run — or two at once — adds nothing. Answers what was added.
 * Fails with `VALIDATION` when `today` is no ISO date.
 *
 * @example
 * ```ts
 * const result = await planUrgingDay(systemContext, { today: '2026-12-07' })
 * if (result.ok) result.value.deliveryIds // hand each to deliverReminderMessage
 * ```
 */
export const planUrgingDay = defineUseCase({
  name: 'planUrgingDay',
  errors: ['VALIDATION'],
  async run(
    context: UseCaseContext<PlanUrgingDayPorts>,
    input: PlanUrgingDayInput,
  ): Promise<PlanUrgingDayOutput> {
    const { today } = input
    if (typeof today !== 'string' || !isIsoDate(today))
      abort(
        domainError(
          'VALIDATION',
          {
            en: 'today must be an ISO date (YYYY-MM-DD)',
            vi: 'today phải là ngày dạng YYYY-MM-DD',
          },
          ['today'],
          today,
        ),
      )
    const { urging, urgedDuties, reminders: log } = context.ports
    const from = firstDayToPlan(await log.lastPlannedDay(), today)
    if (compareIsoDate(from, today) > 0) return { reminders: [], deliveryIds: [] }
    const { rules } = await urging.rules()
    const lookahead = addDays(today, Math.max(0, ...rules.dueSoonDays) + QUIET_DAYS_SLACK)
    const duties = await urgedDuties.urgedDuties({
      from: addDays(from, -REPORT_LOOKBACK_DAYS),
      to: lookahead,
      asOf: today,
    })
    const organizations = [
      ...new Set(duties.flatMap((d) => [d.ownerId, d.ownerParentId, d.monitorId])),
    ].filter((id): id is OrganizationId => id !== null)
    const stored = await urging.preferences(organizations)
    const preferences = new Map(stored.map((p) => [p.organizationId, p.preferences]))
    const preferencesOf = (id: OrganizationId): UrgingPreferences =>
      preferences.get(id) ?? DEFAULT_URGING_PREFERENCES
    const planned = planReminders(duties, {
      from,
      to: today,
      rules,
      preferencesOf,
      holidays: await holidaysBetween(urging, from, lookahead),
    })
    const messages = reminderMessages(planned, preferencesOf)
    const recipients = [...new Set(messages.map((m) => m.recipientId))]
    const channels = recipients.length ? await log.channels(recipients) : []
    const deliveries = messages.flatMap((m) =>
      channels
        .filter((c) => c.organizationId === m.recipientId && canSee(c.clearance, m.secrecy))
        .map((c) => ({ messageKey: m.key, channelId: c.id })),
    )
    const recorded = await log.recordPlan({ plannedThrough: today, messages, deliveries })
    const added = new Set(recorded.reminderKeys)
    return {
      reminders: planned.filter((r) => added.has(r.key)),
      deliveryIds: recorded.deliveryIds,
    }
  },
})

/** What {@link planUrgingDay} may fail with. */
export const PLAN_URGING_DAY_ERRORS = planUrgingDay.errors

/** A code {@link planUrgingDay} may fail with. */
export type PlanUrgingDayError = UseCaseErrorOf<typeof planUrgingDay>

/** The day after the last one planned, but no more than the catch-up back; today at first. */
function firstDayToPlan(last: IsoDate | null, today: IsoDate): IsoDate {
  if (last === null) return today
  const earliest = addDays(today, -URGING_CATCH_UP_DAYS)
  const next = addDays(last, 1)
  return compareIsoDate(next, earliest) < 0 ? earliest : next
}

async function holidaysBetween(
  urging: Pick<UrgingReader, 'publicHolidays'>,
  from: IsoDate,
  to: IsoDate,
): Promise<ReadonlySet<IsoDate>> {
  const days = new Set<IsoDate>()
  // A quiet organisation's reminder may move a few days either way across a new year.
  for (let year = isoDateParts(from).year - 1; year <= isoDateParts(to).year; year++) {
    for (const holiday of (await urging.publicHolidays(year)).holidays) days.add(holiday.date)
  }
  return days
}
