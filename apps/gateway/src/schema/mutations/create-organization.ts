import { createOrganization } from '@chidao/app'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import {
  OrganizationKindEnum,
  OrganizationLevelEnum,
  OrganizationNode,
} from '../types/organization.js'

writeMutation('createOrganization', {
  description:
    'Creates an organisation. Fails with ValidationError (a field is wrong), NotFoundError ' +
    '(PARENT_NOT_FOUND) or ConflictError (ORGANIZATION_CODE_TAKEN).',
  action: 'organization.manage',
  input: {
    fields: (t) => ({
      code: t.string({ description: 'Natural key within the tenant; stored in upper case.' }),
      name: t.string({ description: 'Full name, as the body writes it.' }),
      shortName: t.string({ required: false, description: 'Short name, e.g. "Sở KH&CN".' }),
      kind: t.field({ type: OrganizationKindEnum, description: 'What kind of body it is.' }),
      level: t.field({
        type: OrganizationLevelEnum,
        description: 'Its level; DISTRICT only for bodies before 2025-07-01.',
      }),
      parentCode: t.string({ required: false, description: 'Code of the body above it.' }),
      foundedOn: t.field({ type: 'Date', required: false, description: 'The day it was founded.' }),
      partyTerm: t.int({ required: false, description: 'Party term (khóa) as a number.' }),
    }),
  },
  run: (input, context) => createOrganization(useCaseContext(context), input),
  payload: {
    description: 'The organisation as created.',
    fields: (t) => ({ organization: t.expose('organization', { type: OrganizationNode }) }),
  },
})
