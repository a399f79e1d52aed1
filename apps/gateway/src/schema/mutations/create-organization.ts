import { createOrganization } from '@chidao/app'
import type { Organization } from '@chidao/domain'
import { builder } from '../../builder.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import {
  OrganizationKindEnum,
  OrganizationLevelEnum,
  OrganizationNode,
} from '../types/organization.js'

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
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
})

const CreateOrganizationPayload = builder
  .objectRef<{ organization: Organization }>('CreateOrganizationPayload')
  .implement({
    description: 'The organisation as created.',
    fields: (t) => ({ organization: t.expose('organization', { type: OrganizationNode }) }),
  })

writeMutation('createOrganization', {
  description:
    'Creates an organisation. Fails with ValidationError (a field is wrong), NotFoundError ' +
    '(PARENT_NOT_FOUND) or ConflictError (ORGANIZATION_CODE_TAKEN).',
  action: 'organization.manage',
  input: CreateOrganizationInput,
  payload: CreateOrganizationPayload,
  run: (input, context) => createOrganization(useCaseContext(context), input),
})
