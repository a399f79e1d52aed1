import type {
  OutgoingReminder,
  ReminderDelivery,
  ReminderDeliveryState,
  StoredReminder,
  UrgingChannel,
  UrgingChannelKind,
} from '@chidao/app'
import {
  asId,
  type DirectiveId,
  type OrganizationId,
  type ReminderKind,
  type Secrecy,
  type TaskId,
  type UrgedSubject,
} from '@chidao/domain'
import type { Selectable } from 'kysely'
import type { ReminderTable, UrgingChannelTable } from '../schema.js'

/** A `urging_channel` row as the store reads it. */
export type ChannelRow = Pick<
  Selectable<UrgingChannelTable>,
  | 'id'
  | 'organization_id'
  | 'kind'
  | 'address'
  | 'secret'
  | 'clearance'
  | 'active'
  | 'version'
  | 'created_at'
>

/** The columns of {@link ChannelRow}. */
export const CHANNEL_COLUMNS = [
  'id',
  'organization_id',
  'kind',
  'address',
  'secret',
  'clearance',
  'active',
  'version',
  'created_at',
] as const

/** A channel from its row. */
export function toUrgingChannel(row: ChannelRow): UrgingChannel {
  return Object.freeze({
    id: row.id,
    organizationId: asId<OrganizationId>(row.organization_id),
    kind: row.kind as UrgingChannelKind,
    address: row.address,
    secret: row.secret,
    clearance: row.clearance as Secrecy,
    active: row.active,
    version: row.version,
    createdAt: row.created_at,
  })
}

/** A `reminder` row as the inbox reads it. */
export type ReminderRow = Omit<Selectable<ReminderTable>, 'tenant_id' | 'subject_kind'> & {
  readonly subject_kind: string
}

/** What a reminder is about, from its row. */
export function subjectOf(
  row: Pick<ReminderRow, 'subject_kind' | 'task_id' | 'directive_id' | 'period'>,
): UrgedSubject {
  return row.subject_kind === 'TASK'
    ? Object.freeze({ kind: 'TASK', taskId: asId<TaskId>(row.task_id ?? '') })
    : Object.freeze({
        kind: 'REPORT',
        directiveId: asId<DirectiveId>(row.directive_id ?? ''),
        taskId: row.task_id ? asId<TaskId>(row.task_id) : null,
        period: row.period ?? '',
      })
}

/** A stored reminder from its row. */
export function toStoredReminder(row: ReminderRow): StoredReminder {
  return Object.freeze({
    key: row.key,
    kind: row.kind as ReminderKind,
    subject: subjectOf(row),
    recipientId: asId<OrganizationId>(row.recipient_id),
    ownerId: asId<OrganizationId>(row.owner_id),
    dueOn: row.due_on,
    firesOn: row.fires_on,
    deliverOn: row.deliver_on,
    daysFromDue: row.days_from_due,
    secrecy: row.secrecy as Secrecy,
    messageKey: row.message_key,
    createdAt: row.created_at,
    readAt: row.read_at,
  })
}

/** A delivery joined with its message and channel, as the log reads it. */
export interface DeliveryRow {
  readonly id: string
  readonly message_key: string
  readonly message_id: string
  readonly recipient_id: string
  readonly deliver_on: string
  readonly secrecy: string
  readonly channel_id: string
  readonly channel_organization_id: string
  readonly channel_kind: string
  readonly channel_address: string
  readonly state: string
  readonly attempts: number
  readonly next_attempt_at: Date | null
  readonly last_error: string | null
  readonly sent_at: Date | null
  readonly version: number
}

/** A delivery of the log from its row. */
export function toReminderDelivery(row: DeliveryRow): ReminderDelivery {
  return Object.freeze({
    id: row.id,
    messageKey: row.message_key,
    messageId: row.message_id,
    recipientId: asId<OrganizationId>(row.recipient_id),
    deliverOn: row.deliver_on,
    secrecy: row.secrecy as Secrecy,
    channel: Object.freeze({
      id: row.channel_id,
      organizationId: asId<OrganizationId>(row.channel_organization_id),
      kind: row.channel_kind as UrgingChannelKind,
      address: row.channel_address,
    }),
    state: row.state as ReminderDeliveryState,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    sentAt: row.sent_at,
    version: row.version,
  })
}

/** A reminder of a message joined with its owner, task and document, as it is sent. */
export interface OutgoingReminderRow {
  readonly key: string
  readonly kind: string
  readonly subject_kind: string
  readonly due_on: string
  readonly days_from_due: number
  readonly period: string | null
  readonly owner_id: string
  readonly owner_code: string
  readonly owner_name: string
  readonly task_id: string | null
  readonly task_reference: string | null
  readonly task_title: string | null
  readonly directive_id: string
  readonly directive_symbol: string
}

/** A reminder as a person reads it in a message, from its row. */
export function toOutgoingReminder(row: OutgoingReminderRow): OutgoingReminder {
  return Object.freeze({
    key: row.key,
    kind: row.kind as ReminderKind,
    dueOn: row.due_on,
    daysFromDue: row.days_from_due,
    owner: Object.freeze({ id: row.owner_id, code: row.owner_code, name: row.owner_name }),
    subject: Object.freeze({
      kind: row.subject_kind as 'TASK' | 'REPORT',
      taskId: row.task_id,
      taskReference: row.task_reference,
      taskTitle: row.task_title,
      directiveId: row.directive_id,
      directiveSymbol: row.directive_symbol,
      period: row.period,
    }),
  })
}
