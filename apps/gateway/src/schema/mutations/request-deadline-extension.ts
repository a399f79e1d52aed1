import { requestDeadlineExtension } from '@chidao/app'
import { taskTermsMutation } from './task-terms-mutation.js'

taskTermsMutation('requestDeadlineExtension', {
  description:
    'Asks for an extension of the deadline of a task (xin gia hạn), in the name of its lead ' +
    'organisation: the request is recorded in the history (EXTENSION_REQUESTED) and shows as ' +
    'Task.pendingExtensionRequest until whoever manages the task answers it with ' +
    'extendTaskDeadline (possibly to another day) or declineDeadlineExtension. Nothing else ' +
    'changes. The lead asks: its REPORTER, an EDITOR above it or managing the task, ADMIN. ' +
    'Refused: a request already pending (EXTENSION_ALREADY_REQUESTED), a deadline not later ' +
    'than the one in force (DEADLINE_NOT_LATER), a task with no due day ' +
    '(NO_DEADLINE_TO_EXTEND), a completed or cancelled task, a stale version (CONFLICT).',
  action: 'task.extension.request',
  fields: (t) => ({
    deadline: t.string({
      description: 'The deadline asked for, as written ("31/12/2026", "Quý IV/2026").',
    }),
    reason: t.string({ description: 'Why more time is needed; recorded.' }),
  }),
  on: 'The day of the request',
  run: (context, terms, input) =>
    requestDeadlineExtension(context, {
      ...terms,
      deadline: input.deadline,
      reason: input.reason,
    }),
})
