import {
  REMINDER_DELIVERY_STATES,
  type ReminderDelivery,
  type ReminderDeliveryState,
  reminderDeliveries,
  reminders,
  type StoredReminder,
  type URGING_CHANNEL_KINDS,
  type UrgingChannel,
  urgingChannels,
} from '@chidao/app'
import {
  type OrganizationId,
  REMINDER_KIND_LABELS,
  REMINDER_KINDS,
  type ReminderKind,
} from '@chidao/domain'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { listConnection } from '../support/connection.js'
import { lookUpIdOf } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { queryResultOf } from '../support/query-result.js'
import { versionField } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveNode, SecrecyEnum } from './directive.js'
import { OrganizationNode } from './organization.js'
import { TaskNode } from './task.js'

export const ReminderKindEnum = builder.enumType('ReminderKind', {
  description: 'What a reminder (nhắc việc) is about.',
  values: labelledValues(REMINDER_KINDS, REMINDER_KIND_LABELS),
})

export const UrgingChannelKindEnum = builder.enumType('UrgingChannelKind', {
  description: 'How a channel carries reminders.',
  values: {
    WEBHOOK: {
      description:
        'An http(s) URL, called with a signed POST (Standard Webhooks: `webhook-id`, ' +
        '`webhook-timestamp`, `webhook-signature` with the channel’s `whsec_` secret).',
    },
    EMAIL: { description: 'An e-mail address.' },
  } satisfies Record<(typeof URGING_CHANNEL_KINDS)[number], { description: string }>,
})

const STATE_WORDS: Record<ReminderDeliveryState, string> = {
  PENDING: 'Waiting for its first attempt (or sent again on request).',
  SENDING: 'Claimed by a sender, until its lease ends.',
  SENT: 'The receiver took it.',
  FAILED: 'The last attempt failed; tried again at `nextAttemptAt`.',
  DEAD: 'Given up: a permanent failure, or every attempt failed. `resendReminderDelivery` tries again.',
}

export const ReminderDeliveryStateEnum = builder.enumType('ReminderDeliveryState', {
  description: 'Where a delivery of a reminder message stands.',
  values: Object.fromEntries(
    REMINDER_DELIVERY_STATES.map((s) => [s, { description: STATE_WORDS[s] }]),
  ) as Record<ReminderDeliveryState, { description: string }>,
})

/** A channel an organisation subscribed to. */
export const UrgingChannelRef = builder.objectRef<UrgingChannel>('UrgingChannel').implement({
  description:
    'Where an organisation’s reminders go besides its inbox: a webhook or an e-mail address, ' +
    'cleared up to a secrecy level (a message above it stays in the inbox).',
  fields: (t) => ({
    id: t.id({
      description: 'Its global ID.',
      resolve: (c) => encodeGlobalID('UrgingChannel', c.id),
    }),
    organization: t.field({
      type: OrganizationNode,
      description: 'The organisation that subscribed.',
      resolve: (c) => c.organizationId,
    }),
    kind: t.field({ type: UrgingChannelKindEnum, resolve: (c) => c.kind }),
    address: t.exposeString('address', { description: 'The webhook URL or the e-mail address.' }),
    secret: t.string({
      nullable: true,
      description:
        'The webhook’s signing secret (`whsec_…`), to whoever may manage the channel; null ' +
        'for e-mail and for other readers.',
      resolve: (c) => c.secret,
    }),
    clearance: t.field({
      type: SecrecyEnum,
      description: 'The most secret message it may carry.',
      resolve: (c) => c.clearance,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    version: versionField(t),
  }),
})

/** A reminder of an inbox. */
export const ReminderRef = builder.objectRef<StoredReminder>('Reminder').implement({
  description:
    'A reminder (nhắc việc) in its recipient’s inbox: as secret as the task or report it is ' +
    'about, and absent for a reader not cleared for it.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Its stable key: give it to `markRemindersRead`.',
    }),
    kind: t.field({ type: ReminderKindEnum, resolve: (r) => r.kind }),
    kindLabel: labelField(
      t,
      (r) => REMINDER_KIND_LABELS[r.kind as ReminderKind],
      'The kind in Vietnamese and English.',
    ),
    subjectKind: t.string({
      description: 'TASK (a task to carry out) or REPORT (a report owed for a period).',
      resolve: (r) => r.subject.kind,
    }),
    task: t.field({
      type: TaskNode,
      nullable: true,
      description: 'The task, when it is about one (a report under a directive’s rule: null).',
      resolve: (r) => r.subject.taskId,
    }),
    directive: t.field({
      type: DirectiveNode,
      nullable: true,
      description: 'For a report: the document it is owed under; for a task: see `task`.',
      resolve: (r) => (r.subject.kind === 'REPORT' ? r.subject.directiveId : null),
    }),
    period: t.string({
      nullable: true,
      description: 'For a report: the period owed (2026-Q4, 2026-H2, 2026-11, 2026).',
      resolve: (r) => (r.subject.kind === 'REPORT' ? r.subject.period : null),
    }),
    recipient: t.field({
      type: OrganizationNode,
      description: 'Whose inbox it is in.',
      resolve: (r) => r.recipientId,
    }),
    owner: t.field({
      type: OrganizationNode,
      description: 'Who owes the task or report (the recipient too, unless escalated).',
      resolve: (r) => r.ownerId,
    }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'The due day it counts from.' }),
    deliverOn: t.expose('deliverOn', { type: 'Date', description: 'The day it is delivered.' }),
    daysFromDue: t.exposeInt('daysFromDue', {
      description: 'Days from the due day: negative before it, positive after.',
    }),
    secrecy: t.field({ type: SecrecyEnum, resolve: (r) => r.secrecy }),
    read: t.boolean({
      description: 'Whether it was marked read.',
      resolve: (r) => r.readAt !== null,
    }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When.' }),
  }),
})

/** A delivery of the log. */
export const ReminderDeliveryRef = builder
  .objectRef<ReminderDelivery>('ReminderDelivery')
  .implement({
    description:
      'One reminder message on one channel, and how its attempts went. As secret as its message.',
    fields: (t) => ({
      id: t.id({
        description: 'Its global ID.',
        resolve: (d) => encodeGlobalID('ReminderDelivery', d.id),
      }),
      messageId: t.exposeString('messageId', {
        description:
          'The message id the receiver sees (`webhook-id`, `Message-ID`): the same on every ' +
          'attempt, so that a receiver drops a repeat.',
      }),
      recipient: t.field({
        type: OrganizationNode,
        description: 'The organisation the message is for.',
        resolve: (d) => d.recipientId,
      }),
      deliverOn: t.expose('deliverOn', { type: 'Date', description: 'The day it is for.' }),
      channel: t.field({
        type: UrgingChannelRef,
        description: 'The channel (its secret is not shown here).',
        resolve: (d) =>
          ({
            ...d.channel,
            secret: null,
            clearance: 'PUBLIC',
            active: true,
            version: 0,
            createdAt: new Date(0),
          }) as UrgingChannel,
      }),
      state: t.field({ type: ReminderDeliveryStateEnum, resolve: (d) => d.state }),
      attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
      nextAttemptAt: t.expose('nextAttemptAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When a FAILED delivery is tried again.',
      }),
      lastError: t.exposeString('lastError', {
        nullable: true,
        description: 'Why the last attempt failed, as the receiver or the sender said.',
      }),
      sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When sent.' }),
      version: versionField(t),
    }),
  })

const ReminderConnection = builder.connectionObject({
  type: ReminderRef,
  name: 'ReminderConnection',
})
const ReminderDeliveryConnection = builder.connectionObject({
  type: ReminderDeliveryRef,
  name: 'ReminderDeliveryConnection',
})

const ReminderFilterInput = builder.inputType('ReminderFilter', {
  description: 'Every given field must match.',
  fields: (t) => ({
    unread: t.boolean({ required: false, description: 'Unread (true) or read (false) only.' }),
    kinds: t.field({ type: [ReminderKindEnum], required: false, description: 'Of these kinds.' }),
    organizationId: t.id({ required: false, description: 'For this organisation only.' }),
  }),
})

const ReminderDeliveryFilterInput = builder.inputType('ReminderDeliveryFilter', {
  description: 'Every given field must match.',
  fields: (t) => ({
    states: t.field({
      type: [ReminderDeliveryStateEnum],
      required: false,
      description: 'In these states (DEAD: given up).',
    }),
    organizationId: t.id({ required: false, description: 'To this organisation only.' }),
  }),
})

builder.queryFields((t) => ({
  reminders: t.connection(
    {
      type: ReminderRef,
      description:
        'The reminder inbox: reminders for the caller’s organisation and every body below it ' +
        '(ADMIN: the whole tenant), up to the caller’s clearance, newest delivery day first.',
      args: {
        filter: t.arg({ type: ReminderFilterInput, required: false, description: 'Which.' }),
      },
      resolve: (_root, args, context: GatewayContext) =>
        listConnection(reminders, context, args, {
          filter: args.filter && {
            unread: args.filter.unread ?? null,
            kinds: args.filter.kinds ?? null,
            organizationId: lookUpIdOf(args.filter.organizationId, 'Organization'),
          },
        }),
    },
    ReminderConnection,
  ),
  reminderDeliveries: t.connection(
    {
      type: ReminderDeliveryRef,
      description:
        'The delivery log: each reminder message on each channel, for the organisations of ' +
        'the caller’s subtree (ADMIN: the whole tenant), up to the caller’s clearance.',
      args: {
        filter: t.arg({
          type: ReminderDeliveryFilterInput,
          required: false,
          description: 'Which.',
        }),
      },
      resolve: (_root, args, context: GatewayContext) =>
        listConnection(reminderDeliveries, context, args, {
          filter: args.filter && {
            states: args.filter.states ?? null,
            organizationId: lookUpIdOf(args.filter.organizationId, 'Organization'),
          },
        }),
    },
    ReminderDeliveryConnection,
  ),
}))

builder.objectField(OrganizationNode, 'urgingChannels', (t) =>
  t.loadableList({
    type: UrgingChannelRef,
    description:
      'The channels this organisation’s reminders go to (to readers of its subtree and ADMIN; ' +
      'others see none); secrets only to whoever may manage them.',
    load: async (ids: OrganizationId[], context: GatewayContext) =>
      queryResultOf(await urgingChannels(useCaseContext(context), { organizationIds: ids })),
    resolve: (organization) => organization.id,
  }),
)
