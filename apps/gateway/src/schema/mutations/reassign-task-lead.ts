import { reassignTaskLead } from '@chidao/app'
import { requireLocalId } from '../support/input-id.js'
import { withInputNames } from '../support/input-names.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'

/** Where the use case names a field otherwise than this mutation's input. */
const INPUT_NAMES = { id: 'taskId', version: 'expectedVersion', leadId: 'leadOrganizationId' }

writeMutation('reassignTaskLead', {
  description:
    'Hands a task to another lead organisation (giao lại đơn vị chủ trì); the task history ' +
    'records the previous and the new lead. The caller must be allowed to update the task both ' +
    'as it is and with its new lead. Refused: the current lead (LEAD_UNCHANGED), an ' +
    'organisation dissolved on that day (LEAD_NOT_ACTIVE), a coordinator of the task ' +
    '(LEAD_ALSO_COORDINATOR), a completed or cancelled task, a stale version (CONFLICT); an ' +
    'organisation the caller cannot see is ORGANIZATION_NOT_FOUND.',
  action: 'task.manage',
  input: {
    fields: (t) => ({
      taskId: t.id({ description: 'The task, by its global ID.' }),
      leadOrganizationId: t.id({ description: 'The organisation that leads the task from `on`.' }),
      reason: t.string({ description: 'Why the lead changes; recorded.' }),
      document: t.string({
        required: false,
        description: 'The deciding document\'s symbol, if any (e.g. "45-QĐ/TU").',
      }),
      on: t.field({
        type: 'Date',
        required: false,
        description: 'The day the new lead takes over; default today.',
      }),
      expectedVersion: t.int({
        description: 'The version read; a stale one fails with CONFLICT and changes nothing.',
      }),
    }),
  },
  run: async (input, context) =>
    withInputNames(
      await reassignTaskLead(useCaseContext(context), {
        id: requireLocalId(input.taskId, 'Task', ['input', 'taskId']),
        version: input.expectedVersion,
        leadId: requireLocalId(input.leadOrganizationId, 'Organization', [
          'input',
          'leadOrganizationId',
        ]),
        reason: input.reason,
        document: input.document ?? null,
        on: input.on ?? null,
      }),
      INPUT_NAMES,
    ),
  payload: TaskPayload,
})
