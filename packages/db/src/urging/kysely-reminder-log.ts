import type {
  ChangeContext,
  ClaimedReminderDelivery,
  DeliverySettlement,
  NewUrgingChannel,
  ReminderDelivery,
  ReminderDeliveryListRequest,
  ReminderListRequest,
  ReminderLog,
  ReminderPlanRecord,
  StoredReminder,
  UrgingChannel,
} from '@chidao/app'
import type { DomainError, IsoDate, OrganizationId, Page, Result, Secrecy } from '@chidao/domain'
import { type TenantExecutor, tenantRunner } from '../tenant/tenant-runner.js'
import { KyselyReminderDeliveryLog } from './kysely-reminder-delivery-log.js'
import { KyselyReminderInbox } from './kysely-reminder-inbox.js'
import { KyselyReminderPlanLog } from './kysely-reminder-plan-log.js'
import { KyselyUrgingChannelStore } from './kysely-urging-channel-store.js'

/**
 * The reminder log in the tables `urging_channel`, `reminder`, `reminder_message`,
 * `reminder_delivery` and `urging_run`: row-level security fences them by tenant, and hides a
 * reminder, a message and a delivery above the reader's clearance. Each port it serves is its
 * own part (plans, deliveries, channels, inbox), all run in the same tenant and clearance.
 */
export class KyselyReminderLog implements ReminderLog {
  readonly #plans: KyselyReminderPlanLog
  readonly #deliveries: KyselyReminderDeliveryLog
  readonly #channels: KyselyUrgingChannelStore
  readonly #inbox: KyselyReminderInbox

  constructor(executor: TenantExecutor, tenantId: string, clearance: Secrecy) {
    const scope = { tenantId, runner: tenantRunner(executor, tenantId, clearance) }
    this.#plans = new KyselyReminderPlanLog(scope)
    this.#deliveries = new KyselyReminderDeliveryLog(scope)
    this.#channels = new KyselyUrgingChannelStore(scope)
    this.#inbox = new KyselyReminderInbox(scope)
  }

  lastPlannedDay(): Promise<IsoDate | null> {
    return this.#plans.lastPlannedDay()
  }

  recordPlan(plan: ReminderPlanRecord): Promise<{
    readonly reminderKeys: readonly string[]
    readonly deliveryIds: readonly string[]
  }> {
    return this.#plans.recordPlan(plan)
  }

  claimDelivery(
    id: string,
    at: { readonly now: Date; readonly leaseUntil: Date },
  ): Promise<ClaimedReminderDelivery | null> {
    return this.#deliveries.claimDelivery(id, at)
  }

  settleDelivery(
    id: string,
    attempts: number,
    settlement: DeliverySettlement,
    now: Date,
  ): Promise<boolean> {
    return this.#deliveries.settleDelivery(id, attempts, settlement, now)
  }

  dueDeliveries(now: Date, limit: number): Promise<string[]> {
    return this.#deliveries.dueDeliveries(now, limit)
  }

  channels(organizationIds: readonly OrganizationId[] | null): Promise<UrgingChannel[]> {
    return this.#channels.channels(organizationIds)
  }

  channel(id: string): Promise<UrgingChannel | null> {
    return this.#channels.channel(id)
  }

  addChannel(
    channel: NewUrgingChannel,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>> {
    return this.#channels.addChannel(channel, context)
  }

  removeChannel(
    id: string,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>> {
    return this.#channels.removeChannel(id, expectedVersion, context)
  }

  reminders(request: ReminderListRequest): Promise<Page<StoredReminder>> {
    return this.#inbox.reminders(request)
  }

  markRemindersRead(
    keys: readonly string[],
    scope: OrganizationId | null,
    at: Date,
  ): Promise<string[]> {
    return this.#inbox.markRemindersRead(keys, scope, at)
  }

  deliveries(request: ReminderDeliveryListRequest): Promise<Page<ReminderDelivery>> {
    return this.#inbox.deliveries(request)
  }

  delivery(id: string): Promise<ReminderDelivery | null> {
    return this.#inbox.delivery(id)
  }

  resendDelivery(
    id: string,
    now: Date,
    context: ChangeContext,
  ): Promise<Result<ReminderDelivery, DomainError>> {
    return this.#inbox.resendDelivery(id, now, context)
  }
}
