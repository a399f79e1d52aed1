import type { DomainError } from '@chidao/domain'
import { builder } from '../../builder.js'
import { ERROR_CODES, errorCodeDescription, errorTypeOf } from './error-codes.js'

/**
 * A failure a client is meant to handle, carrying the domain's error. Mutations declare which
 * of its subclasses they may return; the errors plugin turns a thrown one into a member of the
 * mutation's result union.
 */
export class ClientFailure extends Error {
  readonly code: string
  readonly messageVi: string
  readonly path: readonly string[]
  /** The domain error's `value`: the details some codes carry (INVALID_BUNDLE: its problems). */
  readonly value: unknown

  constructor(error: DomainError, pathPrefix: readonly string[] = ['input']) {
    super(error.message)
    this.code = error.code
    this.messageVi = error.messageVi
    this.path = [...pathPrefix, ...error.path.map(String)]
    this.value = error.value
  }
}

/** The input broke a rule: a malformed value, a missing field, a forbidden combination. */
export class ValidationFailure extends ClientFailure {}
/** Something the input names does not exist (or the caller may not see it). */
export class NotFoundFailure extends ClientFailure {}
/** The change collides with the current state: a taken key, a stale version. */
export class ConflictFailure extends ClientFailure {}
/** The caller has no valid token and the operation needs one (code UNAUTHENTICATED). */
export class UnauthenticatedFailure extends ClientFailure {}
/** The caller's token does not allow this (code FORBIDDEN): a role, an ownership, a clearance. */
export class ForbiddenFailure extends ClientFailure {}

/**
 * Turns a domain error into the client failure of the right kind, a member of the mutation's
 * result union, its path given from the argument (`pathPrefix`, by default `["input"]`). A
 * refusal by the policy that names no field keeps an empty path.
 */
export function failureFor(
  error: DomainError,
  pathPrefix: readonly string[] = ['input'],
): ClientFailure {
  const refusalPrefix = error.path.length ? pathPrefix : []
  switch (errorTypeOf(error.code)) {
    case 'UnauthenticatedError':
      return new UnauthenticatedFailure(error, refusalPrefix)
    case 'ForbiddenError':
      return new ForbiddenFailure(error, refusalPrefix)
    case 'ConflictError':
      return new ConflictFailure(error, pathPrefix)
    case 'NotFoundError':
      return new NotFoundFailure(error, pathPrefix)
    case 'ValidationError':
      return new ValidationFailure(error, pathPrefix)
  }
}

/**
 * Every code a failure may carry, as an enum a typed client checks (`code: ErrorCode!`),
 * each value described in English and Vietnamese with the error type it comes as. GraphQL
 * lets an object's field narrow its interface's only to a subtype, and an enum is no subtype
 * of another: the interface `Error` and each error type share this one enum.
 */
export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description:
    'Stable machine-readable code of a failure, one per meaning; each value says the error ' +
    'type it comes as. Codes never change once released; messages may.',
  values: Object.fromEntries(
    ERROR_CODES.map((code) => [code, { value: code, description: errorCodeDescription(code) }]),
  ),
})

export const ErrorInterface = builder.interfaceRef<ClientFailure>('Error').implement({
  description:
    'A failure the client is meant to handle. `code` is stable (e.g. ORGANIZATION_CODE_TAKEN); ' +
    '`message` is English and `messageVi` Vietnamese; `path` names the offending input field.',
  fields: (t) => ({
    code: t.field({
      type: ErrorCodeEnum,
      description: 'Stable machine-readable code (an `ErrorCode`).',
      resolve: (failure) => failure.code,
    }),
    message: t.exposeString('message', { description: 'What went wrong, in English.' }),
    messageVi: t.exposeString('messageVi', { description: 'What went wrong, in Vietnamese.' }),
    path: t.exposeStringList('path', {
      description: 'Path of the offending field, from the argument (e.g. ["input", "code"]).',
    }),
  }),
})

/** Each kind of failure as the object type a result union holds, in the schema's order. */
const ERROR_TYPES: readonly (readonly [typeof ClientFailure, string, string])[] = [
  [
    ValidationFailure,
    'ValidationError',
    'The input broke a rule. `code` says which (e.g. VALIDATION, INVALID_DATE).',
  ],
  [
    NotFoundFailure,
    'NotFoundError',
    'Something the input refers to does not exist, or is not visible to the caller.',
  ],
  [
    ConflictFailure,
    'ConflictError',
    'The change collides with the current data: a taken key or a stale version.',
  ],
  [
    UnauthenticatedFailure,
    'UnauthenticatedError',
    'The operation needs a signed-in caller: send a bearer token (code UNAUTHENTICATED).',
  ],
  [
    ForbiddenFailure,
    'ForbiddenError',
    "The caller's roles, organisation or clearance do not allow this (code FORBIDDEN).",
  ],
]

for (const [failure, name, description] of ERROR_TYPES) {
  builder.objectType(failure, {
    name,
    description,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof failure,
  })
}
