import { updateOrganization } from '@chidao/app'
import { domainError, type OrganizationId } from '@chidao/domain'
import { NotFoundFailure } from '../support/error.js'
import { localIdOf } from '../support/global-id.js'
import { versionedRecordFields } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import {
  OrganizationKindEnum,
  OrganizationLevelEnum,
  OrganizationNode,
} from '../types/organization.js'

/** The organisation an input's global `id` names, or the NOT_FOUND failure saying so. */
export function organizationIdOf(globalId: string | number): OrganizationId {
  const id = localIdOf(String(globalId), 'Organization')
  if (id === null) {
    throw new NotFoundFailure(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        {
          en: `No organisation with id ${globalId}`,
          vi: `Không tìm thấy tổ chức có mã định danh ${globalId}`,
        },
        ['id'],
      ),
    )
  }
  return id as OrganizationId
}

writeMutation('updateOrganization', {
  description:
    'Changes an organisation, or moves it under another parent (ADMIN). Fails with ' +
    'ConflictError (CONFLICT: changed since it was read — reload and retry), ValidationError ' +
    '(CYCLE_IN_HIERARCHY, INVALID_PARENT_LEVEL, REQUIRED…), NotFoundError ' +
    '(ORGANIZATION_NOT_FOUND, PARENT_NOT_FOUND), ForbiddenError or UnauthenticatedError.',
  action: 'organization.manage',
  input: {
    description:
      'The organisation, the version it was read at, and the fields to change: an omitted field ' +
      'stays as it is; null clears shortName, parentCode (making it a root), foundedOn, partyTerm.',
    fields: (t) => ({
      ...versionedRecordFields(t),
      name: t.string({ required: false, description: 'The new full name.' }),
      shortName: t.string({ required: false, description: 'The new short name; null clears it.' }),
      kind: t.field({ type: OrganizationKindEnum, required: false, description: 'The new kind.' }),
      level: t.field({
        type: OrganizationLevelEnum,
        required: false,
        description: 'The new level.',
      }),
      parentCode: t.string({
        required: false,
        description: 'Code of the new parent: moves the body (never under itself or below).',
      }),
      foundedOn: t.field({
        type: 'Date',
        required: false,
        description: 'The day it was founded; null clears it.',
      }),
      partyTerm: t.int({ required: false, description: 'Party term (khóa) as a number.' }),
    }),
  },
  run: (input, context) =>
    updateOrganization(useCaseContext(context), { ...input, id: organizationIdOf(input.id) }),
  payload: {
    description: 'The organisation as changed, at its new version.',
    fields: (t) => ({ organization: t.expose('organization', { type: OrganizationNode }) }),
  },
})
