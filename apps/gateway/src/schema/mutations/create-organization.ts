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
      name: t.string(),
      shortName: t.string({ required: false }),
      kind: t.field({ type: OrganizationKindEnum }),
      level: t.field({ type: OrganizationLevelEnum }),
      parentCode: t.string({ required: false, description: 'Code of the body above it.' }),
      foundedOn: t.field({ type: 'Date', required: false }),
      partyTerm: t.int({ required: false, description: 'Party term (khóa) as a number.' }),
    }),
  },
  run: (input, context) => createOrganization(useCaseContext(context), input),
  payload: {
    description: 'The organisation as created.',
    fields: (t) => ({ organization: t.expose('organization', { type: OrganizationNode }) }),
  },
})
