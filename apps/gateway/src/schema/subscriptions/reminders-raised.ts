import { builder } from '../../builder.js'
import { remindersForSubscriber } from '../loaders/live-loaders.js'
import { lookUpIdOf } from '../support/global-id.js'
import { ReminderRef } from '../types/reminder.js'
import { liveStream } from './live-stream.js'

builder.subscriptionField('remindersRaised', (t) =>
  t.field({
    type: [ReminderRef],
    description:
      'The reminders (đôn đốc) each planning run adds to the caller’s inbox — for their ' +
      'organisation and every body below it (ADMIN: the whole tenant), up to their clearance — ' +
      'as the inbox (`reminders`) shows them. A run that raises none the caller may see is ' +
      'never told. Served over Server-Sent Events (`Accept: text/event-stream`).',
    args: {
      organizationId: t.arg.id({
        required: false,
        description:
          'Only reminders for this organisation, as the inbox’s filter. An id naming nothing ' +
          'matches nothing.',
      }),
    },
    subscribe: (_root, args, context) => {
      const organizationId = lookUpIdOf(args.organizationId, 'Organization')
      return liveStream(context, 'reminders-raised', (event) =>
        remindersForSubscriber(context, event, organizationId),
      )
    },
    resolve: (raised) => raised,
  }),
)
