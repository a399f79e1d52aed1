import { extendTaskDeadline } from '@chidao/app'
import { requireLocalId } from '../support/input-id.js'
import { withInputNames } from '../support/input-names.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'

/** Where the use case names a field otherwise than this mutation's input. */
const INPUT_NAMES = { id: 'taskId', version: 'expectedVersion' }

writeMutation('extendTaskDeadline', {
  description:
    'Extends the deadline of a task (gia hạn) on the authority of a document: the new deadline ' +
    'is the one in force and timeliness is judged against it; the task history records the ' +
    'extension with the deadline it replaced. Whoever may update the task may extend it. ' +
    'Refused: a deadline not later than the one in force (DEADLINE_NOT_LATER), a task with no ' +
    'due day (NO_DEADLINE_TO_EXTEND), a completed or cancelled task, a document that is no ' +
    'symbol (INVALID_DOCUMENT_SYMBOL), a stale version (CONFLICT).',
  action: 'task.manage',
  input: {
    fields: (t) => ({
      taskId: t.id({ description: 'The task, by its global ID.' }),
      deadline: t.string({
        description: 'The new deadline, as written ("31/12/2026", "Quý IV/2026").',
      }),
      document: t.string({
        description: 'The approving document\'s symbol, e.g. "125/QĐ-UBND" or "45-CV/TU".',
      }),
      reason: t.string({ description: 'Why the deadline is extended; recorded.' }),
      on: t.field({
        type: 'Date',
        required: false,
        description: 'The day the extension takes effect; default today.',
      }),
      expectedVersion: t.int({
        description: 'The version read; a stale one fails with CONFLICT and changes nothing.',
      }),
    }),
  },
  run: async (input, context) =>
    withInputNames(
      await extendTaskDeadline(useCaseContext(context), {
        id: requireLocalId(input.taskId, 'Task', ['input', 'taskId']),
        version: input.expectedVersion,
        deadline: input.deadline,
        document: input.document,
        reason: input.reason,
        on: input.on ?? null,
      }),
      INPUT_NAMES,
    ),
  payload: TaskPayload,
})
