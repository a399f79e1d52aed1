import type { IsoDate, ReminderKind, Secrecy } from '@chidao/domain'

/** Where a message goes: a channel an organisation subscribed to. */
export interface ReminderChannelAddress {
  readonly id: string
  readonly kind: 'WEBHOOK' | 'EMAIL'
  /** The webhook URL or the e-mail address. */
  readonly address: string
  /** The webhook signing secret (`whsec_…`); null for e-mail. */
  readonly secret: string | null
}

/** One reminder as a person reads it. */
export interface OutgoingReminder {
  readonly key: string
  readonly kind: ReminderKind
  readonly dueOn: IsoDate
  readonly daysFromDue: number
  readonly owner: { readonly id: string; readonly code: string; readonly name: string }
  /** What it is about: a task (reference and title) or a report (directive symbol and period). */
  readonly subject: {
    readonly kind: 'TASK' | 'REPORT'
    readonly taskId: string | null
    readonly taskReference: string | null
    readonly taskTitle: string | null
    readonly directiveId: string
    readonly directiveSymbol: string
    readonly period: string | null
  }
}

/** What is sent at once: one reminder, or an organisation's digest of the day. */
export interface OutgoingReminderMessage {
  /** Stable across retries and processes: the webhook-id, and the e-mail's Message-ID. */
  readonly id: string
  readonly tenantId: string
  readonly recipient: { readonly id: string; readonly code: string; readonly name: string }
  readonly deliverOn: IsoDate
  readonly digest: boolean
  readonly secrecy: Secrecy
  readonly reminders: readonly OutgoingReminder[]
}

/** How one attempt went. */
export type SendOutcome =
  | { readonly delivered: true }
  | { readonly delivered: false; readonly permanent: boolean; readonly reason: string }

/** Sends a message on one channel (webhook, e-mail). Never throws: failures are outcomes. */
export interface ReminderSender {
  send(channel: ReminderChannelAddress, message: OutgoingReminderMessage): Promise<SendOutcome>
}
