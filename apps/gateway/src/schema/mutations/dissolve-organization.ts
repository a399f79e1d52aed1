import { dissolveOrganization } from '@chidao/app'
import { versionedRecordFields } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { OrganizationNode } from '../types/organization.js'
import { changedOrganizationsField } from './changed-records.js'
import { organizationIdOf } from './update-organization.js'

writeMutation('dissolveOrganization', {
  description:
    'Records that an organisation was dissolved or merged away, naming its successor, or its ' +
    'successors when its work is split among several (ADMIN). Its open tasks keep their lead: ' +
    'with several successors they await reassignment, task by task. ' +
    'Fails with ValidationError (ORGANIZATION_ALREADY_DISSOLVED, DISSOLVED_BEFORE_FOUNDED, ' +
    'SUCCESSOR_IS_SELF, SUCCESSOR_NOT_ACTIVE, DUPLICATE_SUCCESSOR, SUCCESSOR_GIVEN_TWICE), ' +
    'NotFoundError (ORGANIZATION_NOT_FOUND, ' +
    'SUCCESSOR_NOT_FOUND), ConflictError (CONFLICT), ForbiddenError or UnauthenticatedError.',
  action: 'organization.manage',
  input: {
    fields: (t) => ({
      ...versionedRecordFields(t),
      on: t.field({
        type: 'Date',
        description: 'The first day the body no longer exists (giải thể, sáp nhập).',
      }),
      successorCode: t.string({
        required: false,
        description: 'Code of the body that takes over its work; it must exist on that day.',
      }),
      successorCodes: t.stringList({
        required: false,
        description:
          "Codes of the bodies its work is split among (a district's among communes), the " +
          'principal first; each must exist on that day. Instead of successorCode. The open ' +
          'tasks of the dissolved body stay with it, awaiting reassignment to one of them.',
      }),
    }),
  },
  run: (input, context) =>
    dissolveOrganization(useCaseContext(context), {
      id: organizationIdOf(input.id),
      version: input.version,
      on: input.on,
      successorCode: input.successorCode ?? null,
      successorCodes: input.successorCodes ?? null,
    }),
  payload: {
    description: 'The organisation as dissolved, with its successor.',
    fields: (t) => ({
      organization: t.expose('organization', { type: OrganizationNode }),
      successors: changedOrganizationsField(
        t,
        (p) => (p.organization.successorId ? [p.organization.successorId] : []),
        'The bodies that take over its work (empty when none was named), for a client cache ' +
          'to see their part in the change without a second query.',
      ),
    }),
  },
})
