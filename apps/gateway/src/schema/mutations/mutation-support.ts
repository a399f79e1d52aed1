import type { ChangeContext } from '@chidao/app'
import type { GatewayContext } from '../../context.js'
import {
  ConflictFailure,
  ForbiddenFailure,
  NotFoundFailure,
  UnauthenticatedFailure,
  ValidationFailure,
} from '../support/error.js'

/** The errors every write may return: bad input, a missing record, a stale version, a refusal. */
export const WRITE_ERRORS = [
  ValidationFailure,
  NotFoundFailure,
  ConflictFailure,
  ForbiddenFailure,
  UnauthenticatedFailure,
] as const

/** Who makes a change, for the audit event written with it. */
export function changeContext(context: GatewayContext): ChangeContext {
  return {
    actor: context.viewer.actor,
    actorOrganization: context.viewer.organizationCode,
    requestId: context.requestId,
  }
}
