import type { Action, UseCaseResult } from '@chidao/app'
import {
  type InputFieldMap,
  type InputObjectRef,
  type InputShapeFromFields,
  ObjectRef,
} from '@pothos/core'
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

/** The fields of a payload of its own, the object type `<Name>Payload`. */
export type PayloadOptions<Payload> = Omit<
  PothosSchemaTypes.ObjectTypeOptions<GatewayTypes, Payload>,
  'name'
>

/** What a write mutation says of its own; {@link writeMutation} derives the rest. */
export interface WriteMutation<Fields extends InputFieldMap, Payload extends object> {
  readonly description: string
  /** The action of the policy whose least role the field asks for (`scopeFor`). */
  readonly action: Action
  /** Its one argument `input`, the input object `<Name>Input`. */
  readonly input: PothosSchemaTypes.InputObjectTypeOptions<GatewayTypes, Fields>
  /** Calls the use case with the input as given: its ids still global, its omissions undefined. */
  readonly run: (
    input: InputShapeFromFields<Fields>,
    context: GatewayContext,
  ) => Promise<UseCaseResult<Payload, string>>
  /**
   * Its success, the first member of its result union: its own `<Name>Payload` with these
   * fields, or a payload type other mutations answer too.
   */
  readonly payload: PayloadOptions<Payload> | ObjectRef<GatewayTypes, Payload>
}

/** `createTask` → `CreateTask`, the stem of the names of its types. */
function typeStem(field: string): string {
  return `${field[0]!.toUpperCase()}${field.slice(1)}`
}

/**
 * Defines a mutation that calls one use case, as every write of the gateway does: it takes one
 * `input` of type `<Name>Input`, asks the least role the policy names for its action, and
 * answers the union `<Name>Result` of its payload and the typed errors of {@link WRITE_ERRORS}.
 * A refusal by role comes back in that union (`typedRefusal`), and so does every failure the
 * use case returns (`resultOf`).
 *
 * @example
 * ```ts
 * writeMutation('createOrganization', {
 *   description: 'Creates an organisation.',
 *   action: 'organization.manage',
 *   input: { fields: (t) => ({ code: t.string(), name: t.string(), … }) },
 *   run: (input, context) => createOrganization(useCaseContext(context), input),
 *   payload: {
 *     fields: (t) => ({ organization: t.expose('organization', { type: OrganizationNode }) }),
 *   },
 * })
 * // mutation { createOrganization(input: { code: "TU", … }) {
 * //   ... on CreateOrganizationPayload { organization { id } } ... on Error { code message } } }
 * ```
 */
export function writeMutation<Fields extends InputFieldMap, Payload extends object>(
  name: string,
  mutation: WriteMutation<Fields, Payload>,
): void {
  const stem = typeStem(name)
  // Pothos's types resolve for a concrete shape only, not for a type parameter: the input and
  // the payload are seen as objects, and the argument read as the input it is.
  const input: InputObjectRef<GatewayTypes, object> = builder.inputType(
    `${stem}Input`,
    mutation.input,
  )
  const payload: ObjectRef<GatewayTypes, object> =
    mutation.payload instanceof ObjectRef
      ? mutation.payload
      : builder.objectRef<Payload>(`${stem}Payload`).implement(mutation.payload)
  builder.mutationField(name, (t) =>
    t.field({
      description: mutation.description,
      type: payload,
      authScopes: scopeFor(mutation.action),
      unauthorizedResolver: typedRefusal,
      errors: { types: [...WRITE_ERRORS], directResult: true, union: { name: `${stem}Result` } },
      args: {
        input: t.arg({
          type: input,
          required: true,
          description: `The change to make: see \`${stem}Input\`.`,
        }),
      },
      resolve: async (_root, args, context) =>
        resultOf(await mutation.run(args.input as InputShapeFromFields<Fields>, context)),
    }),
  )
}
