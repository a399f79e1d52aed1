import { expect } from 'vitest'

/**
 * Checks a failure inside a mutation's result union (a typed error: `ValidationError`,
 * `NotFoundError`, `ConflictError`, `ForbiddenError`, `UnauthenticatedError`): its type, its
 * code and, when given, the path of the offending input field.
 *
 * @example
 * ```ts
 * expectTypedError(r.data!.createOrganization, 'ConflictError', 'ORGANIZATION_CODE_TAKEN', [
 *   'input',
 *   'code',
 * ])
 * ```
 */
export function expectTypedError(
  result: unknown,
  typename: string,
  code: string,
  path?: readonly string[],
): void {
  expect(result).toMatchObject({ __typename: typename, code, ...(path ? { path } : {}) })
}
