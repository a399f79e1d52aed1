import { extendTaskDeadline } from '@chidao/app'
import { taskTermsMutation } from './task-terms-mutation.js'

taskTermsMutation('extendTaskDeadline', {
  description:
    'Extends the deadline of a task (gia hạn) on the authority of a document: the new deadline ' +
    'is the one in force and timeliness is judged against it; the task history records the ' +
    'extension with the deadline it replaced. Whoever may update the task may extend it. ' +
    'Refused: a deadline not later than the one in force (DEADLINE_NOT_LATER), a task with no ' +
    'due day (NO_DEADLINE_TO_EXTEND), a completed or cancelled task, a document that is no ' +
    'symbol (INVALID_DOCUMENT_SYMBOL), a stale version (CONFLICT).',
  fields: (t) => ({
    deadline: t.string({
      description: 'The new deadline, as written ("31/12/2026", "Quý IV/2026").',
    }),
    document: t.string({
      description: 'The approving document\'s symbol, e.g. "125/QĐ-UBND" or "45-CV/TU".',
    }),
    reason: t.string({ description: 'Why the deadline is extended; recorded.' }),
  }),
  on: 'The day the extension takes effect',
  run: (context, terms, input) =>
    extendTaskDeadline(context, {
      ...terms,
      deadline: input.deadline,
      document: input.document,
      reason: input.reason,
    }),
})
