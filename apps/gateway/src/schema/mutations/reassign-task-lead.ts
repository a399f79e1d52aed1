import { reassignTaskLead } from '@chidao/app'
import { requireLocalId } from '../support/input-id.js'
import { taskTermsMutation } from './task-terms-mutation.js'

taskTermsMutation('reassignTaskLead', {
  description:
    'Hands a task to another lead organisation (giao lại đơn vị chủ trì); the task history ' +
    'records the previous and the new lead. The caller must be allowed to update the task both ' +
    'as it is and with its new lead. Refused: the current lead (LEAD_UNCHANGED), an ' +
    'organisation dissolved on that day (LEAD_NOT_ACTIVE), a coordinator of the task ' +
    '(LEAD_ALSO_COORDINATOR), a completed or cancelled task, a stale version (CONFLICT); an ' +
    'organisation the caller cannot see is ORGANIZATION_NOT_FOUND.',
  fields: (t) => ({
    leadOrganizationId: t.id({ description: 'The organisation that leads the task from `on`.' }),
    reason: t.string({ description: 'Why the lead changes; recorded.' }),
    document: t.string({
      required: false,
      description: 'The deciding document\'s symbol, if any (e.g. "45-QĐ/TU").',
    }),
  }),
  on: 'The day the new lead takes over',
  inputNames: { leadId: 'leadOrganizationId' },
  run: (context, terms, input) =>
    reassignTaskLead(context, {
      ...terms,
      leadId: requireLocalId(input.leadOrganizationId, 'Organization', [
        'input',
        'leadOrganizationId',
      ]),
      reason: input.reason,
      document: input.document ?? null,
    }),
})
