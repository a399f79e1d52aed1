import {
  addUrgingChannel,
  markRemindersRead,
  removeUrgingChannel,
  resendReminderDelivery,
} from '@chidao/app'
import { localIdOf, lookUpIdOf, NO_RECORD } from '../support/global-id.js'
import { recordPayload } from '../support/record-payload.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { SecrecyEnum } from '../types/directive.js'
import {
  ReminderDeliveryRef,
  ReminderRef,
  UrgingChannelKindEnum,
  UrgingChannelRef,
} from '../types/reminder.js'

writeMutation('addUrgingChannel', {
  description:
    'Subscribes an organisation to a channel (EDITOR of a subtree holding it, ADMIN any): a ' +
    'webhook (chidao generates its `whsec_` signing secret, shown in the answer) or an e-mail ' +
    'address, cleared at most to the caller’s own clearance. Fails with ValidationError ' +
    '(INVALID_CHANNEL_ADDRESS, VALIDATION), NotFoundError (ORGANIZATION_NOT_FOUND), ' +
    'ForbiddenError or UnauthenticatedError.',
  action: 'urging.channels',
  input: {
    fields: (t) => ({
      organizationId: t.id({ required: false, description: 'The organisation, by global ID.' }),
      organizationCode: t.string({
        required: false,
        description: 'The same organisation by its code; not with organizationId.',
      }),
      kind: t.field({ type: UrgingChannelKindEnum, description: 'WEBHOOK or EMAIL.' }),
      address: t.string({ description: 'The http(s) URL, or the e-mail address.' }),
      clearance: t.field({
        type: SecrecyEnum,
        required: false,
        description: 'The most secret message it may carry (default PUBLIC).',
      }),
    }),
  },
  run: (input, context) =>
    addUrgingChannel(useCaseContext(context), {
      organizationId: lookUpIdOf(input.organizationId, 'Organization'),
      organizationCode: input.organizationCode ?? null,
      kind: input.kind,
      address: input.address,
      clearance: input.clearance ?? null,
    }),
  payload: recordPayload(
    'The channel as added, with its secret.',
    'urgingChannel',
    UrgingChannelRef,
  ),
})

writeMutation('removeUrgingChannel', {
  description:
    'Unsubscribes a channel (EDITOR of a subtree holding its organisation, ADMIN any); its past ' +
    'deliveries stay in the log. Fails with NotFoundError (URGING_CHANNEL_NOT_FOUND), ' +
    'ConflictError (CONFLICT), ForbiddenError or UnauthenticatedError.',
  action: 'urging.channels',
  input: {
    fields: (t) => ({
      id: t.id({ description: 'The channel, by global ID.' }),
      version: t.int({ description: 'The version read; a stale one fails with CONFLICT.' }),
    }),
  },
  run: (input, context) =>
    removeUrgingChannel(useCaseContext(context), {
      id: localIdOf(String(input.id), 'UrgingChannel') ?? NO_RECORD,
      version: input.version,
    }),
  payload: recordPayload('The channel as removed.', 'urgingChannel', UrgingChannelRef),
})

writeMutation('markRemindersRead', {
  description:
    'Marks reminders of the caller’s inbox read, all or none. A key the caller may not see is ' +
    'answered as one that does not exist: NotFoundError (REMINDER_NOT_FOUND, at `keys.<i>`). ' +
    'Also ValidationError (VALIDATION: 1 to 500 keys) and UnauthenticatedError.',
  action: 'reminder.read',
  input: {
    fields: (t) => ({
      keys: t.stringList({ description: 'The `key` of each reminder read.' }),
    }),
  },
  run: (input, context) => markRemindersRead(useCaseContext(context), { keys: input.keys }),
  payload: recordPayload('The reminders as they now stand.', 'reminders', [ReminderRef]),
})

writeMutation('resendReminderDelivery', {
  description:
    'Sends a FAILED or DEAD delivery again (EDITOR of a subtree holding the recipient, ADMIN ' +
    'any): PENDING again, due now, its attempts counted afresh. Fails with NotFoundError ' +
    '(REMINDER_DELIVERY_NOT_FOUND), ValidationError (DELIVERY_NOT_RESENDABLE), ForbiddenError ' +
    'or UnauthenticatedError.',
  action: 'urging.deliveries',
  input: {
    fields: (t) => ({
      id: t.id({ description: 'The delivery, by global ID.' }),
    }),
  },
  run: (input, context) =>
    resendReminderDelivery(useCaseContext(context), {
      id: localIdOf(String(input.id), 'ReminderDelivery') ?? NO_RECORD,
    }),
  payload: recordPayload('The delivery, pending again.', 'reminderDelivery', ReminderDeliveryRef),
})
