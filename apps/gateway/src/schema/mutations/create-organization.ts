import { createOrganization } from '@chidao/app'
import type { Organization } from '@chidao/domain'
import { scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { resultOf, useCaseContext } from '../support/use-case-call.js'
import {
  OrganizationKindEnum,
  OrganizationLevelEnum,
  OrganizationNode,
} from '../types/organization.js'
import { WRITE_ERRORS } from './mutation-support.js'

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

builder.mutationFields((t) => ({
  createOrganization: t.field({
    description:
      'Creates an organisation. Fails with ValidationError (a field is wrong), NotFoundError ' +
      '(PARENT_NOT_FOUND) or ConflictError (ORGANIZATION_CODE_TAKEN).',
    type: CreateOrganizationPayload,
    authScopes: scopeFor('organization.manage'),
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'CreateOrganizationResult' },
    },
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      resultOf(await createOrganization(useCaseContext(context), input)),
  }),
}))
