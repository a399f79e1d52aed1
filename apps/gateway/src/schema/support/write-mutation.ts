import type { Action, UseCaseResult } from '@chidao/app'
import type { InputObjectRef, ObjectRef } from '@pothos/core'
import { scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder, type GatewayTypes } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import {
  ConflictFailure,
  ForbiddenFailure,
  NotFoundFailure,
  UnauthenticatedFailure,
  ValidationFailure,
} from './error.js'
import { resultOf } from './use-case-call.js'

/** The errors every write may return: bad input, a missing record, a stale version, a refusal. */
export const WRITE_ERRORS = [
  ValidationFailure,
  NotFoundFailure,
  ConflictFailure,
  ForbiddenFailure,
  UnauthenticatedFailure,
] as const

/** What a write mutation says of its own; {@link writeMutation} derives the rest. */
export interface WriteMutation<Input, Payload> {
  readonly description: string
  /** The action of the policy whose least role the field asks for (`scopeFor`). */
  readonly action: Action
  /** The type of its one `input` argument. */
  readonly input: InputObjectRef<GatewayTypes, Input>
  /** The type of its success, the first member of its result union. */
  readonly payload: ObjectRef<GatewayTypes, Payload>
  /** Calls the use case with the input as given: its ids still global, its omissions undefined. */
  readonly run: (input: Input, context: GatewayContext) => Promise<UseCaseResult<Payload, string>>
}

/**
 * Defines a mutation that calls one use case, as every write of the gateway does: it takes one
 * `input`, asks the least role the policy names for its action, and answers the union
 * `<Name>Result` of its payload and the typed errors of {@link WRITE_ERRORS}. A refusal by
 * role comes back in that union (`typedRefusal`), and so does every failure the use case
 * returns (`resultOf`).
 *
 * @example
 * ```ts
 * writeMutation('createOrganization', {
 *   description: 'Creates an organisation.',
 *   action: 'organization.manage',
 *   input: CreateOrganizationInput,
 *   payload: CreateOrganizationPayload,
 *   run: (input, context) => createOrganization(useCaseContext(context), input),
 * })
 * // mutation { createOrganization(input: {…}) { ... on CreateOrganizationPayload { … }
 * //   ... on Error { code message } } }
 * ```
 */
export function writeMutation<Input extends object, Payload extends object>(
  name: string,
  mutation: WriteMutation<Input, Payload>,
): void {
  // Pothos's types resolve for a concrete shape only, not for a type parameter: the refs are
  // seen as of objects, and the argument read as the input it is.
  const input: InputObjectRef<GatewayTypes, object> = mutation.input
  const payload: ObjectRef<GatewayTypes, object> = mutation.payload
  builder.mutationField(name, (t) =>
    t.field({
      description: mutation.description,
      type: payload,
      authScopes: scopeFor(mutation.action),
      unauthorizedResolver: typedRefusal,
      errors: {
        types: [...WRITE_ERRORS],
        directResult: true,
        union: { name: `${name[0]!.toUpperCase()}${name.slice(1)}Result` },
      },
      args: { input: t.arg({ type: input, required: true }) },
      resolve: async (_root, args, context) =>
        resultOf(await mutation.run(args.input as Input, context)),
    }),
  )
}
