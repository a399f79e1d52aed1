import type { OrganizationId, OrganizationKind, OrganizationLevel } from '@chidao/domain'
import type { OrganizationPatch } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import {
  type ChangedOrganization,
  defineOrganizationChange,
  type OrganizationChangePorts,
} from './define-organization-change.js'
import { ORGANIZATION_BODY_ERRORS } from './organization-errors.js'

/**
 * An organisation, the version it was read at, and the fields to change. An omitted field
 * stays as it is; `null` clears `shortName`, `parentCode` (the body becomes a root),
 * `foundedOn` and `partyTerm`, and leaves `name`, `kind` and `level`, which cannot be empty,
 * as they are.
 */
export interface UpdateOrganizationInput {
  readonly id: OrganizationId
  /** The version read; a stale one fails with `CONFLICT`. */
  readonly version: number
  readonly name?: string | null
  readonly shortName?: string | null
  readonly kind?: OrganizationKind | null
  readonly level?: OrganizationLevel | null
  /** Code of the new parent: moves the body (never under itself or below it). */
  readonly parentCode?: string | null
  readonly foundedOn?: string | null
  readonly partyTerm?: number | null
}

/** The organisation as changed, at its new version. */
export type UpdateOrganizationOutput = ChangedOrganization

/** The ports {@link updateOrganization} calls. */
export type UpdateOrganizationPorts = OrganizationChangePorts<'update'>

/**
 * Changes an organisation, or moves it under another parent (ADMIN: `organization.manage`).
 * The body as it would be is validated as a new one; a move never puts it under itself or a
 * body below it (`CYCLE_IN_HIERARCHY`), nor under a body of a lower level. Someone who changed
 * it since it was read wins: the change fails with `CONFLICT` and nothing is written.
 *
 * @example
 * ```ts
 * const result = await updateOrganization(context, { id, version: 3, parentCode: 'TU' })
 * if (!result.ok && result.error.code === 'CONFLICT') reload()
 * ```
 */
export const updateOrganization = defineOrganizationChange({
  name: 'updateOrganization',
  errors: [
    ...ORGANIZATION_BODY_ERRORS,
    'ORGANIZATION_NOT_FOUND',
    'CONFLICT',
    'DISSOLVED_BEFORE_FOUNDED',
    /** The database refused the change by one of its checks. */
    'VALIDATION',
  ],
  write: (
    context: UseCaseContext<UpdateOrganizationPorts>,
    input: UpdateOrganizationInput,
    change,
  ) =>
    context.ports.organizations.update(input.id, organizationPatchOf(input), input.version, change),
})

/** What {@link updateOrganization} may fail with. */
export const UPDATE_ORGANIZATION_ERRORS = updateOrganization.errors

/** A code {@link updateOrganization} may fail with. */
export type UpdateOrganizationError = UseCaseErrorOf<typeof updateOrganization>

/** The patch an input asks for: what it gives, less the fields that cannot be cleared. */
function organizationPatchOf(input: UpdateOrganizationInput): OrganizationPatch {
  const { id: _id, version: _version, name, kind, level, ...clearable } = input
  return {
    ...(name != null ? { name } : {}),
    ...(kind != null ? { kind } : {}),
    ...(level != null ? { level } : {}),
    ...Object.fromEntries(Object.entries(clearable).filter(([, value]) => value !== undefined)),
  }
}
