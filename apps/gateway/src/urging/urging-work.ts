import type { IsoDate, TenantId } from '@chidao/domain'

/** How one attempt at a delivery ended, as `deliverReminderMessage` answers it. */
export interface DeliveryAttempt {
  readonly state: 'SENT' | 'FAILED' | 'DEAD' | 'SKIPPED'
  /** When a FAILED delivery is to be tried again; null otherwise. */
  readonly nextAttemptAt: Date | null
}

/** What planning one tenant's days raised: only what this run inserted. */
export interface PlannedUrging {
  /** The keys of the reminders raised, for the live-update publisher. */
  readonly reminderKeys: readonly string[]
  /** The deliveries created, each to be attempted once now. */
  readonly deliveryIds: readonly string[]
}

/** When a tenant's daily planning is due: its digest time in its own time zone. */
export interface UrgingSchedule {
  /** An IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
  readonly timeZone: string
  /** `HH:MM`, local to {@link UrgingSchedule.timeZone}. */
  readonly digestTime: string
}

/**
 * The work the urging runtime schedules, as functions: the use cases of the application layer
 * (`planUrgingDay`, `deliverReminderMessage`, `dueReminderDeliveries`) called in a tenant's
 * system context. The runtime decides only *when*; every rule of *what* lives in them, so that
 * the job queue and the embedded runner execute exactly the same work.
 */
export interface UrgingWork {
  /** The tenants to urge. */
  tenants(): Promise<readonly TenantId[]>
  /** When the tenant's planning is due each day. */
  schedule(tenantId: TenantId): Promise<UrgingSchedule>
  /**
   * Plans the tenant's reminders through `today` (the days missed since its last planned day
   * too; the use case bounds how far back). Idempotent: a second call inserts nothing.
   */
  planDay(tenantId: TenantId, today: IsoDate): Promise<PlannedUrging>
  /** One attempt at a delivery; `SKIPPED` when another process holds it or it is done. */
  deliver(tenantId: TenantId, deliveryId: string): Promise<DeliveryAttempt>
  /** Deliveries to attempt now (due, or whose lease expired), oldest first. */
  dueDeliveries(tenantId: TenantId, limit: number): Promise<readonly string[]>
  /** Told after planning which reminders were raised (live updates); must not throw. */
  onRemindersRaised(tenantId: TenantId, reminderKeys: readonly string[]): void
}
