import type { IsoDate, OrganizationId } from '@chidao/domain'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import {
  type ChangedOrganization,
  defineOrganizationChange,
  type OrganizationChangePorts,
} from './define-organization-change.js'

/** An organisation, the version it was read at, the day it ends, and who takes over. */
export interface DissolveOrganizationInput {
  readonly id: OrganizationId
  /** The version read; a stale one fails with `CONFLICT`. */
  readonly version: number
  /** The first day the body no longer exists (giải thể, sáp nhập). */
  readonly on: IsoDate
  /** Code of the body that takes over its work; it must exist on that day. */
  readonly successorCode?: string | null
  /**
   * Codes of the bodies its work is split among (a district's among communes), the principal
   * first; each must exist on that day. Instead of `successorCode`. The body's open tasks stay
   * with it, awaiting reassignment to one of them, task by task.
   */
  readonly successorCodes?: readonly string[] | null
}

/** The organisation as dissolved, with its successor. */
export type DissolveOrganizationOutput = ChangedOrganization

/** The ports {@link dissolveOrganization} calls. */
export type DissolveOrganizationPorts = OrganizationChangePorts<'dissolve'>

/**
 * Records that an organisation was dissolved or merged away (giải thể, sáp nhập), naming the
 * body that takes over its work (ADMIN: `organization.manage`), by the domain's rules of
 * succession: not twice, not before it was founded, not to itself, not to a body that does not
 * exist on that day.
 *
 * @example
 * ```ts
 * const result = await dissolveOrganization(context, {
 *   id: banTuyenGiao, version: 2, on: '2025-03-01', successorCode: 'BTGDV-TU',
 * })
 * ```
 */
export const dissolveOrganization = defineOrganizationChange({
  name: 'dissolveOrganization',
  errors: [
    'ORGANIZATION_NOT_FOUND',
    'CONFLICT',
    'SUCCESSOR_NOT_FOUND',
    'INVALID_DATE',
    'ORGANIZATION_ALREADY_DISSOLVED',
    'DISSOLVED_BEFORE_FOUNDED',
    'SUCCESSOR_IS_SELF',
    'SUCCESSOR_OTHER_TENANT',
    'SUCCESSOR_NOT_ACTIVE',
    'DUPLICATE_SUCCESSOR',
    'SUCCESSOR_GIVEN_TWICE',
  ],
  write: (
    context: UseCaseContext<DissolveOrganizationPorts>,
    input: DissolveOrganizationInput,
    change,
  ) =>
    context.ports.organizations.dissolve(
      input.id,
      {
        on: input.on,
        successorCode: input.successorCode ?? null,
        successorCodes: input.successorCodes ?? null,
      },
      input.version,
      change,
    ),
})

/** What {@link dissolveOrganization} may fail with. */
export const DISSOLVE_ORGANIZATION_ERRORS = dissolveOrganization.errors

/** A code {@link dissolveOrganization} may fail with. */
export type DissolveOrganizationError = UseCaseErrorOf<typeof dissolveOrganization>
