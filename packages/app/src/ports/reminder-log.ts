import type {
  DomainError,
  IsoDate,
  OrganizationId,
  Page,
  PageRequest,
  Reminder,
  ReminderKind,
  ReminderMessage,
  Result,
  Secrecy,
} from '@chidao/domain'
import type { ChangeContext } from './change-context.js'
import type { OutgoingReminderMessage, ReminderChannelAddress } from './reminder-sender.js'

/**
 * How a channel carries messages: a webhook (an http(s) URL, signed with the channel's
 * `whsec_` secret) or e-mail.
 *
 * @example
 * ```ts
 * URGING_CHANNEL_KINDS // ['WEBHOOK', 'EMAIL']
 * ```
 */
export const URGING_CHANNEL_KINDS = Object.freeze(['WEBHOOK', 'EMAIL'] as const)

/**
 * One of {@link URGING_CHANNEL_KINDS}.
 *
 * @example
 * ```ts
 * const kind: UrgingChannelKind = 'EMAIL'
 * ```
 */
export type UrgingChannelKind = (typeof URGING_CHANNEL_KINDS)[number]

/**
 * A channel an organisation subscribed to (kênh nhận nhắc việc): where its reminders go besides
 * its inbox, and the most secret message it may carry (`clearance`).
 *
 * @example
 * ```ts
 * channel.secret // 'whsec_…' for a webhook, null for e-mail
 * ```
 */
export interface UrgingChannel extends ReminderChannelAddress {
  readonly organizationId: OrganizationId
  readonly clearance: Secrecy
  readonly active: boolean
  readonly version: number
  readonly createdAt: Date
}

/**
 * A channel to subscribe: the store generates its id and, for a webhook, its secret.
 *
 * @example
 * ```ts
 * const c: NewUrgingChannel = { organizationId, kind: 'EMAIL', address: 'vp@skhcn.gov.vn', clearance: 'PUBLIC' }
 * ```
 */
export interface NewUrgingChannel {
  readonly organizationId: OrganizationId
  readonly kind: UrgingChannelKind
  readonly address: string
  readonly clearance: Secrecy
}

/**
 * The states of a delivery (one message on one channel), drawn:
 * ```
 * PENDING ─claim→ SENDING ─sent→ SENT
 *                   │ ├─failed, attempts left→ FAILED ─due again→ SENDING
 *                   │ └─permanent, or no attempts left→ DEAD
 *                   └─lease expired→ SENDING (claimed again)
 * FAILED, DEAD ─resend→ PENDING
 * ```
 *
 * @example
 * ```ts
 * REMINDER_DELIVERY_STATES.includes('DEAD') // true
 * ```
 */
export const REMINDER_DELIVERY_STATES = Object.freeze([
  'PENDING',
  'SENDING',
  'SENT',
  'FAILED',
  'DEAD',
] as const)

/**
 * One of {@link REMINDER_DELIVERY_STATES}.
 *
 * @example
 * ```ts
 * const state: ReminderDeliveryState = 'FAILED'
 * ```
 */
export type ReminderDeliveryState = (typeof REMINDER_DELIVERY_STATES)[number]

/**
 * A reminder as kept in its recipient's inbox: the domain's reminder, the message it went in,
 * when it was planned and when it was read (`null`: unread).
 *
 * @example
 * ```ts
 * stored.readAt === null // unread
 * ```
 */
export interface StoredReminder extends Reminder {
  readonly messageKey: string
  readonly createdAt: Date
  readonly readAt: Date | null
}

/**
 * One message on one channel, as the delivery log shows it.
 *
 * @example
 * ```ts
 * delivery.state === 'DEAD' && delivery.lastError // why it was given up
 * ```
 */
export interface ReminderDelivery {
  readonly id: string
  readonly messageKey: string
  /** The message id the receiver sees (`webhook-id`, `Message-ID`). */
  readonly messageId: string
  readonly recipientId: OrganizationId
  readonly deliverOn: IsoDate
  readonly secrecy: Secrecy
  readonly channel: {
    readonly id: string
    readonly organizationId: OrganizationId
    readonly kind: UrgingChannelKind
    readonly address: string
  }
  readonly state: ReminderDeliveryState
  readonly attempts: number
  readonly nextAttemptAt: Date | null
  readonly lastError: string | null
  readonly sentAt: Date | null
  readonly version: number
}

/**
 * Which reminders of an inbox to list: those within `scope` (an organisation and every body
 * below it; `null`: the whole tenant), narrowed by the filter, newest first.
 *
 * @example
 * ```ts
 * const request: ReminderListRequest = { scope: provinceId, filter: { unread: true }, first: 20 }
 * ```
 */
export interface ReminderListRequest extends PageRequest {
  readonly scope: OrganizationId | null
  readonly filter: {
    readonly unread?: boolean | null
    readonly kinds?: readonly ReminderKind[] | null
    /** Reminders for this organisation only. */
    readonly recipientId?: OrganizationId | null
    /** These reminders only. */
    readonly keys?: readonly string[] | null
  } | null
}

/**
 * Which deliveries to list: those of messages to organisations within `scope` (`null`: the
 * whole tenant), narrowed by state and recipient, newest first.
 *
 * @example
 * ```ts
 * const request: ReminderDeliveryListRequest = { scope: null, filter: { states: ['DEAD'] }, first: 20 }
 * ```
 */
export interface ReminderDeliveryListRequest extends PageRequest {
  readonly scope: OrganizationId | null
  readonly filter: {
    readonly states?: readonly ReminderDeliveryState[] | null
    readonly recipientId?: OrganizationId | null
  } | null
}

/**
 * What one planning run writes: the messages of the days planned (each with its reminders),
 * the deliveries of each on the channels that may carry it, and the last day planned.
 *
 * @example
 * ```ts
 * await log.recordPlan({ plannedThrough: '2026-12-07', messages, deliveries: [{ messageKey, channelId }] })
 * ```
 */
export interface ReminderPlanRecord {
  readonly plannedThrough: IsoDate
  readonly messages: readonly ReminderMessage[]
  readonly deliveries: readonly { readonly messageKey: string; readonly channelId: string }[]
}

/**
 * A delivery claimed for one attempt: the attempt's number, the channel and the message as sent.
 *
 * @example
 * ```ts
 * const outcome = await sender.send(claimed.channel, claimed.message)
 * ```
 */
export interface ClaimedReminderDelivery {
  readonly id: string
  readonly attempts: number
  readonly channel: ReminderChannelAddress
  readonly message: OutgoingReminderMessage
}

/**
 * How an attempt ends in the log.
 *
 * @example
 * ```ts
 * const s: DeliverySettlement = { state: 'FAILED', nextAttemptAt, error: 'HTTP 503' }
 * ```
 */
export type DeliverySettlement =
  | { readonly state: 'SENT' }
  | { readonly state: 'FAILED'; readonly nextAttemptAt: Date; readonly error: string }
  | { readonly state: 'DEAD'; readonly error: string }

/**
 * Plans reminders into the log, once each (the planner's side).
 *
 * @example
 * ```ts
 * const planner: ReminderPlanLog = tenant.reminders
 * ```
 */
export interface ReminderPlanLog {
  /** The last day the tenant's reminders were planned through; `null` before the first run. */
  lastPlannedDay(): Promise<IsoDate | null>
  /**
   * Writes a plan in one transaction: every reminder, message and delivery not already there
   * (by its key; another run's rows are kept as they are), and the last day planned (never
   * moved back). Answers the keys of the reminders and the ids of the deliveries it added.
   */
  recordPlan(
    plan: ReminderPlanRecord,
  ): Promise<{ readonly reminderKeys: readonly string[]; readonly deliveryIds: readonly string[] }>
}

/**
 * Claims, settles and finds deliveries due (the sender's side).
 *
 * @example
 * ```ts
 * const claimed = await log.claimDelivery(id, { now, leaseUntil })
 * ```
 */
export interface ReminderDeliveryLog {
  /**
   * Claims a delivery for an attempt, in its own committed transaction: PENDING, or FAILED due
   * by `now`, or SENDING whose lease ended by `now`, becomes SENDING until `leaseUntil`, one
   * attempt more. `null` when it is none of those (another process has it, or it is done).
   */
  claimDelivery(
    id: string,
    at: { readonly now: Date; readonly leaseUntil: Date },
  ): Promise<ClaimedReminderDelivery | null>
  /**
   * Records how the claimed attempt `attempts` ended; `false` (nothing written) when the
   * delivery is no longer in that attempt (its lease ended and another process claimed it).
   */
  settleDelivery(
    id: string,
    attempts: number,
    settlement: DeliverySettlement,
    now: Date,
  ): Promise<boolean>
  /** The ids of deliveries to attempt by `now` (claimable), the longest waiting first. */
  dueDeliveries(now: Date, limit: number): Promise<string[]>
}

/**
 * An organisation's channels, read and changed (audited).
 *
 * @example
 * ```ts
 * const channels = await tenant.reminders.channels([organizationId])
 * ```
 */
export interface UrgingChannelStore {
  /** The active channels of these organisations (`null`: of every organisation), oldest first. */
  channels(organizationIds: readonly OrganizationId[] | null): Promise<UrgingChannel[]>
  /** An active channel, or `null`. */
  channel(id: string): Promise<UrgingChannel | null>
  /** Subscribes a channel; a webhook gets a new `whsec_` secret. `ORGANIZATION_NOT_FOUND`. */
  addChannel(
    channel: NewUrgingChannel,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>>
  /**
   * Unsubscribes a channel at the version read (its past deliveries stay in the log):
   * `URGING_CHANNEL_NOT_FOUND`, `CONFLICT`.
   */
  removeChannel(
    id: string,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>>
}

/**
 * Reminders as their recipients read them, and the delivery log (people's side).
 *
 * @example
 * ```ts
 * const page = await tenant.reminders.reminders({ scope: provinceId, filter: { unread: true }, first: 20 })
 * ```
 */
export interface ReminderInbox {
  reminders(request: ReminderListRequest): Promise<Page<StoredReminder>>
  /**
   * Marks these reminders read at `at` (one already read keeps its day) where they lie within
   * `scope`; answers the keys found (the others are absent for this reader).
   */
  markRemindersRead(
    keys: readonly string[],
    scope: OrganizationId | null,
    at: Date,
  ): Promise<string[]>
  deliveries(request: ReminderDeliveryListRequest): Promise<Page<ReminderDelivery>>
  /** A delivery, or `null` (none, or above the reader's clearance). */
  delivery(id: string): Promise<ReminderDelivery | null>
  /**
   * Puts a FAILED or DEAD delivery back to PENDING, due at `now`, with its attempts counted
   * afresh (audited): `REMINDER_DELIVERY_NOT_FOUND`, `DELIVERY_NOT_RESENDABLE` (any other
   * state, read in the same statement that changes it).
   */
  resendDelivery(
    id: string,
    now: Date,
    context: ChangeContext,
  ): Promise<Result<ReminderDelivery, DomainError>>
}

/**
 * The reminder log of a tenant (sổ nhắc việc): what was planned for whom, on which channels,
 * how each delivery went, and what each recipient has read. Every row is as secret as the
 * reminder it carries, and is absent above the reader's clearance.
 *
 * @example
 * ```ts
 * const log: ReminderLog = database.forTenant('demo', { clearance: 'TUYET_MAT' }).reminders
 * ```
 */
export interface ReminderLog
  extends ReminderPlanLog,
    ReminderDeliveryLog,
    UrgingChannelStore,
    ReminderInbox {}
