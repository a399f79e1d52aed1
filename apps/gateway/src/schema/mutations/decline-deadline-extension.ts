import { declineDeadlineExtension } from '@chidao/app'
import { taskTermsMutation } from './task-terms-mutation.js'

taskTermsMutation('declineDeadlineExtension', {
  description:
    'Declines the pending request for an extension of a task (không đồng ý gia hạn), in the ' +
    "name of the caller's organisation: the deadline in force stays, the history records the " +
    'answer (EXTENSION_DECLINED) with its reason. Whoever may extend the deadline may decline. ' +
    'Refused: no request pending (NO_EXTENSION_REQUESTED), a completed or cancelled task, a ' +
    'stale version (CONFLICT).',
  fields: (t) => ({
    reason: t.string({ description: 'Why the request is declined; recorded.' }),
  }),
  on: 'The day of the answer',
  run: (context, terms, input) =>
    declineDeadlineExtension(context, { ...terms, reason: input.reason }),
})
